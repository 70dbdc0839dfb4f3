import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

struct SecurityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "security",
        abstract: "Each state's defensive capability share and entrapment on a day, under strict, treaty and chain.",
        discussion: "Formulas, weights and sources: docs/analysis.md. Without --runs every duty is honoured.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var capabilityOptions: CapabilityOptions
    @Argument(help: "States to show (default: all in the system).")
    var states: [String] = []
    @Option(name: .long, parsing: .unconditional, help: "Monte Carlo runs (0: every duty honoured).")
    var runs = 0
    @Option(name: .long, parsing: .unconditional, help: "Seed of the random draws.")
    var seed: UInt64 = 1
    @Option(
        name: .long, parsing: .unconditional,
        help: "Threads (default: the number of cores); the result does not depend on it.")
    var threads: Int?

    func validate() throws {
        guard (0...10_000).contains(runs) else { throw ValidationError("--runs must be between 0 and 10000") }
        if let threads, !(1...64).contains(threads) { throw ValidationError("--threads must be between 1 and 64") }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let world = try common.world()
            let wanted = try states.map { try world.resolver.resolve($0, on: day) }
            let (capability, capabilityAssumptions) = try capabilityOptions.vector(states: world.states, day: day)
            let showProgress = !common.json && isatty(STDERR_FILENO) != 0
            let run = try SecurityRun.compute(
                world: world, day: day, capability: capability, capabilityAssumptions: capabilityAssumptions,
                runs: runs, seed: seed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount
            ) { policy in
                if showProgress { Output.progress("security: \(policy.rawValue)…") }
            }
            if showProgress { Output.progress(nil) }
            let (byPolicy, nuclear, assumptions) = (run.byPolicy, run.nuclear, run.assumptions)
            let shown = wanted.isEmpty ? Array(world.states.alive(on: day)) : wanted
            if common.json {
                try Output.json(SecurityReportJSON(world: world, day: day, shown: shown, run: run, runs: runs))
            } else {
                func nuclearMark(_ s: StateID) -> String {
                    guard let p = nuclear.period(of: s, on: day) else { return "" }
                    return p.verified ? "yes" : "yes*"
                }
                let pct: (Double?) -> String = { $0.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
                var rows = [
                    ["state", "nuclear", "share strict", "treaty", "chain", "entrapment strict", "treaty", "chain"]
                ]
                for s in shown {
                    rows.append(
                        ["\(world.states[s].name) (\(world.states[s].ccode))", nuclearMark(s)]
                            + byPolicy.map { pct($0.1.share[Int(s.index)]) }
                            + byPolicy.map { pct($0.1.entrapment[Int(s.index)]) })
                }
                Output.text(
                    "Security on \(day)"
                        + (runs > 0 ? " (\(runs) Monte Carlo runs, seed \(seed))" : " (every duty honoured)"))
                Output.text(table(rows))
                for a in assumptions { Output.text("assumption: \(a)") }
                Output.text(
                    "nuclear: nuclear-armed on the day (Data/states/nuclear-armed.csv; * an estimate, unverified); "
                        + "shown beside the index, not part of it")
            }
        }
    }
}
