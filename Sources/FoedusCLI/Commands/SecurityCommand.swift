import ArgumentParser
import FoedusAPI
import FoedusAnalysis
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
    @Option(name: .long, help: "Monte Carlo runs (0: every duty honoured).")
    var runs = 0
    @Option(name: .long, help: "Seed of the random draws.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Threads (default: the number of cores); the result does not depend on it.")
    var threads: Int?

    func validate() throws {
        guard (0...10_000).contains(runs) else { throw ValidationError("--runs must be between 0 and 10000") }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, notes) = try WorldLoader.load(overlays: common.data)
            for n in notes { Output.diagnostic(n) }
            let wanted = try states.map { try world.resolver.resolve($0, on: day) }
            let (capability, capabilityAssumptions) = try capabilityOptions.vector(states: world.states, day: day)
            let relevance = try History.relevance()
            let nuclear = try NuclearArmedLoader.load(
                BundledData.nuclearArmed, file: "Data/states/nuclear-armed.csv", states: world.states)
            let index = world.index(on: day)
            let security = SecurityIndex(index: index, capability: capability, relevance: relevance)
            var byPolicy: [(EscalationPolicy, SecurityIndex.Scores)] = []
            for policy in EscalationPolicy.allCases {
                if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress("security: \(policy.rawValue)…") }
                byPolicy.append(
                    (
                        policy,
                        try security.scores(
                            policy: policy, runs: runs, seed: seed,
                            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
                    ))
            }
            if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress(nil) }
            let shown = wanted.isEmpty ? Array(index.alive) : wanted
            var assumptions = [
                "share: defenders' share of capability when each relevant state attacks, weighted by the attacker's CINC",
                "relevance: contiguous (land or up to 400 miles of water) or a major power (COW)",
            ]
            assumptions += capabilityAssumptions
            if runs > 0 {
                assumptions.append("Monte Carlo: \(runs) runs, seed \(seed), default priors (docs/analysis.md)")
            }
            if common.json {
                struct Nuclear: Encodable {
                    var from: String
                    var to: String?
                    var basis: String
                    var verified: Bool
                    var source: String
                }
                struct Row: Encodable {
                    var state: StateJSON
                    var nuclearArmed: Nuclear?
                    var share: [String: Double?]
                    var entrapment: [String: Double]
                }
                struct Report: Encodable {
                    var date: String
                    var runs: Int
                    var assumptions: [String]
                    var states: [Row]
                }
                let rows = shown.map { s in
                    Row(
                        state: StateJSON(s, world),
                        nuclearArmed: nuclear.period(of: s, on: day).map {
                            Nuclear(
                                from: $0.from.description, to: $0.to?.description, basis: $0.basis,
                                verified: $0.verified, source: $0.source)
                        },
                        share: Dictionary(
                            uniqueKeysWithValues: byPolicy.map { ($0.0.rawValue, $0.1.share[Int(s.index)]) }),
                        entrapment: Dictionary(
                            uniqueKeysWithValues: byPolicy.map { ($0.0.rawValue, $0.1.entrapment[Int(s.index)]) }))
                }
                try Output.json(Report(date: day.description, runs: runs, assumptions: assumptions, states: rows))
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
