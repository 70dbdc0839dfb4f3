import ArgumentParser
import FoedusApp
import FoedusCore
import FoedusFormats

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check treaty, organisation, place and deployment files; every problem as file:line: field: message.",
        discussion: "Without a path, checks the bundled data. Exit status 0 when clean, 1 when not.")
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Argument(help: "Files or folders of YAML.")
    var paths: [String] = []

    func run() throws {
        try runReportingErrors(json: json) {
            let states = try WorldLoader.stateTable()
            var problems: [Diagnostic] = []
            var count = 0
            if paths.isEmpty {
                let files = WorldLoader.bundledFiles
                count = files.count
                let (dataset, diagnostics) = DatasetLoader.parse(files, states: states, bundled: true)
                problems = diagnostics + DatasetLoader.check(dataset, states: states)
            } else {
                let files = try paths.flatMap(WorldLoader.readYAML(at:))
                count = files.count
                let (user, diagnostics) = DatasetLoader.parse(files, states: states, bundled: false)
                var (merged, _) = DatasetLoader.parse(WorldLoader.bundledFiles, states: states, bundled: true)
                merged.treaties.removeAll { t in user.treaties.contains { $0.id == t.id } }
                merged.organisations.removeAll { o in user.organisations.contains { $0.id == o.id } }
                merged.treaties += user.treaties
                merged.organisations += user.organisations
                merged.places += user.places.filter { p in !merged.places.contains { $0.id == p.id } }
                merged.lines.merge(user.lines) { _, user in user }
                let userFiles = Set(files.map(\.path))
                problems =
                    diagnostics
                    + DatasetLoader.check(merged, states: states).filter {
                        userFiles.contains($0.file) || $0.file == "places"
                    }
            }
            if json {
                struct Report: Encodable {
                    var files: Int
                    var problems: [String]
                }
                try Output.json(Report(files: count, problems: problems.map(\.description)))
            } else {
                for p in problems { Output.text(p.description) }
                Output.diagnostic("\(count) file(s) checked, \(problems.count) problem(s)")
            }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
