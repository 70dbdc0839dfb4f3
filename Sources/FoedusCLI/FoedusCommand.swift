package import ArgumentParser
import FoedusApp
import FoedusCore
import FoedusData
import Foundation

/// `foedus`: the casus-foederis engine on the command line.
package struct FoedusCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "foedus",
        abstract: "Who must help whom, under which article, when a state is attacked — on any day since 1816.",
        discussion: """
            States may be named by COW number (365), COW abbreviation (ROK), ISO3 code (PRK) or English name.
            Results go to stdout, diagnostics to stderr. "Today" is UTC; FOEDUS_TODAY=YYYY-MM-DD pins it.
            Exit codes: 0 success, 1 a validation or domain error, 64 bad usage.
            """,
        version: "foedus \(FoedusVersion.code), data \(BundledData.version)",
        subcommands: [
            StatesCommand.self, TreatiesCommand.self, TreatyCommand.self, ObligationsCommand.self,
            ScenarioCommand.self, SimulateCommand.self, SecurityCommand.self, AuditCommand.self,
            ArchitectureCommand.self, ClaimsCommand.self, ExportCommand.self,
            SimilarityCommand.self,
            BacktestCommand.self, CiteCommand.self,
            ReportCommand.self,
            ValidateCommand.self,
            BenchCommand.self,
            StoreCommand.self, TokenCommand.self, ServeCommand.self,
        ]
    )
    package init() {}
}

extension FoedusCommand {
    /// Parses the process arguments and runs the command (the `foedus` executable's entry point). As
    /// ArgumentParser's `main()`, except that an error's message has its control characters escaped: usage
    /// errors quote what the user typed, which must not reach a terminal raw.
    package static func start() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                Output.diagnostic(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
