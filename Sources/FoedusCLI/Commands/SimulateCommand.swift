import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusFormats
import Foundation

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract:
            "Reliability Monte Carlo: how often each state joins each side when duties are honoured as the literature finds.",
        discussion: """
            Each run draws the honouring rates from Beta priors (by era and strength), a shared shift per treaty, and \
            one decision per state and side. Same seed, same output, whatever the number of threads. \
            Priors, formulas and sources: docs/analysis.md.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var capabilityOptions: CapabilityOptions
    @OptionGroup var options: ScenarioOptions
    @Option(name: .long, parsing: .unconditional, help: "Number of runs (1 to 100000).")
    var runs = 1_000
    @Option(name: .long, parsing: .unconditional, help: "Seed of the random draws.")
    var seed: UInt64 = 1
    @Option(name: .long, help: ArgumentHelp("A priors file (YAML; see docs/analysis.md).", valueName: "file"))
    var priors: String?
    @Flag(name: .long, help: "Show how the results move when every honouring rate is set to 0.1, 0.3, 0.5, 0.7, 0.9.")
    var sweep = false
    @Option(
        name: .long, parsing: .unconditional,
        help: "Threads (default: the number of cores); the result does not depend on it.")
    var threads: Int?

    func validate() throws {
        if options.attack.isEmpty { throw ValidationError("give at least one --attack AGGRESSOR:VICTIM") }
        guard (1...100_000).contains(runs) else { throw ValidationError("--runs must be between 1 and 100000") }
        if let threads, !(1...64).contains(threads) { throw ValidationError("--threads must be between 1 and 64") }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let world = try common.world()
            let scenario = try options.request(on: dayOption.on).scenario(
                on: day, in: world, defaultPolicy: .treaty
            ).scenario
            var prior = HonourPriors.literature
            if let priors { prior = try PriorsDecoder.decode(try WorldLoader.readFile(priors).text, file: priors) }
            let (capability, capabilityAssumptions) = try capabilityOptions.vector(states: world.states, day: day)
            let index = world.index(on: day)
            let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
            let showProgress = !common.json && isatty(STDERR_FILENO) != 0 && runs >= 200
            func simulate(_ p: HonourPriors) throws -> SimulationSummary {
                let simulation = ReliabilitySimulation(
                    index: index, scenario: scenario, priors: p, capability: capability)
                let total = runs
                let report: (@Sendable (Int) -> Void)? =
                    showProgress ? { @Sendable (done: Int) in Output.progress("simulate: \(done)/\(total) runs") } : nil
                let results = try simulation.run(runs: runs, seed: seed, threads: threadCount, progress: report)
                if showProgress { Output.progress(nil) }
                return SimulationSummary(results, stateCount: world.states.count)
            }
            var assumptions = [
                "honouring rates by era and strength are mapped from the literature (an assumption; docs/analysis.md)",
                "observed fulfilment comes from cases where deterrence failed",
            ]
            assumptions += capabilityAssumptions
            let main = try simulate(prior)
            let sweepRows = sweep ? try [0.1, 0.3, 0.5, 0.7, 0.9].map { ($0, try simulate(prior.withMeans($0))) } : []
            let report = SimulationReportJSON(
                world: world, day: day, scenario: scenario, seed: seed, priors: prior, summary: main, sweep: sweepRows,
                assumptions: assumptions)
            if common.json { try Output.json(report) } else { Output.text(report.text()) }
        }
    }
}
