import ArgumentParser
import FoedusAPI

struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite", abstract: "Print the references to cite for Foedus and the data it uses.")
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        if json {
            struct Reference: Encodable {
                var key: String
                var reference: String
            }
            try Output.json(Provenance.citations.map { Reference(key: $0.0, reference: $0.1) })
        } else {
            for (key, reference) in Provenance.citations { Output.text("[\(key)] \(reference)\n") }
        }
    }
}
