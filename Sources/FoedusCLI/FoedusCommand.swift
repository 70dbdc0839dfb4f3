public import ArgumentParser
import FoedusAPI
import FoedusCore
import FoedusData

/// `foedus`: the casus-foederis engine on the command line.
public struct FoedusCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
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
    public init() {}
}

extension FoedusCommand {
    /// Parses the process arguments and runs the command (the `foedus` executable's entry point).
    public static func start() async { await main() }
}
