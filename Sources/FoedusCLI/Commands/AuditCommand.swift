import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusFormats
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Indivisible-security audit: whose security rises or falls when an arrangement changes.",
        discussion: """
            Give one change: --add FILE.yaml, --remove ID, --accede STATE:ID, --withdraw STATE:ID or --deploy SENDER:HOST. \
            Every state's defensive capability share and entrapment are compared before and after under strict, treaty \
            and chain, and the dyadic relative reading. Method: docs/analysis.md.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var capabilityOptions: CapabilityOptions
    @Option(name: .long, help: ArgumentHelp("Add a treaty (a YAML file).", valueName: "file"))
    var add: String?
    @Option(name: .long, help: ArgumentHelp("Remove a treaty.", valueName: "id"))
    var remove: String?
    @Option(name: .long, help: ArgumentHelp("A state joins a treaty on the day.", valueName: "state:id"))
    var accede: String?
    @Option(name: .long, help: ArgumentHelp("A state leaves a treaty on the day.", valueName: "state:id"))
    var withdraw: String?
    @Option(
        name: .long, help: ArgumentHelp("Forces of SENDER stationed in HOST from the day.", valueName: "sender:host"))
    var deploy: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: "Tolerance in index points (0.5 = half a percentage point of share).")
    var tolerance = 0.5
    @Option(
        name: .long, parsing: .unconditional,
        help: "Monte Carlo runs (0: every duty honoured); common random numbers before and after.")
    var runs = 0
    @Option(name: .long, parsing: .unconditional, help: "Seed of the random draws.")
    var seed: UInt64 = 1

    func validate() throws {
        let given = [add, remove, accede, withdraw, deploy].compactMap { $0 }
        guard given.count == 1 else {
            throw ValidationError("give exactly one change: --add, --remove, --accede, --withdraw or --deploy")
        }
        guard (0...2_000).contains(runs) else { throw ValidationError("--runs must be between 0 and 2000") }
        guard tolerance >= 0, tolerance <= 50 else {
            throw ValidationError("--tolerance must be between 0 and 50 points")
        }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let world = try common.world()
            let change = try parseChange(world: world, day: day)
            let after = try change.apply(to: world, on: day)
            let (capability, capabilityAssumptions) = try capabilityOptions.vector(states: world.states, day: day)
            if !common.json && isatty(STDERR_FILENO) != 0 {
                Output.progress("audit: computing every state's security…")
            }
            let audit = try IndivisibleSecurityAudit(
                before: world, after: after, day: day, capability: capability, relevance: try History.relevance(),
                tolerance: tolerance / 100, runs: runs, seed: seed,
                threads: ProcessInfo.processInfo.activeProcessorCount)
            if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress(nil) }
            let report = AuditReportJSON(
                world: world, day: day, change: change.describe(in: world), audit: audit, runs: runs,
                assumptions: capabilityAssumptions)
            if common.json { try Output.json(report) } else { Output.text(report.text()) }
        }
    }

    private func parseChange(world: World, day: Day) throws -> AuditChange {
        let parsed = try AuditChangeParser.change(
            adding: add != nil, remove: remove, accede: accede, withdraw: withdraw, deploy: deploy, world: world,
            day: day, label: { "--" + $0 })
        if let parsed { return parsed }
        let path = add ?? ""
        let file = try WorldLoader.readFile(path)
        let (dataset, problems) = DatasetLoader.parse([file], states: world.states, bundled: false)
        guard problems.isEmpty else { throw ValidationFailure(problems) }
        guard dataset.treaties.count == 1, let treaty = dataset.treaties.first else {
            throw FoedusError(.invalidValue, "--add \(path): expected one treaty in the file")
        }
        return .addTreaty(treaty)
    }
}
