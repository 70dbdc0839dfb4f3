import ArgumentParser
import FoedusApp

struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite", abstract: "Print the references to cite for Foedus and the data it uses.",
        discussion: "--bibtex prints one BibTeX entry per source, for a .bib file: foedus cite --bibtex > foedus.bib")
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Flag(name: .long, help: "Print BibTeX entries (one per source).")
    var bibtex = false

    func validate() throws {
        if json && bibtex { throw ValidationError("give --json or --bibtex, not both") }
    }

    func run() throws {
        if json {
            struct Reference: Encodable {
                var key: String
                var reference: String
                var bibtexKey: String
            }
            try Output.json(
                Provenance.references.map { Reference(key: $0.key, reference: $0.text, bibtexKey: $0.bibKey) })
        } else if bibtex {
            Output.text(Provenance.references.map(\.bibtex).joined(separator: "\n\n"))
        } else {
            for reference in Provenance.references { Output.text("[\(reference.key)] \(reference.text)\n") }
        }
    }
}
