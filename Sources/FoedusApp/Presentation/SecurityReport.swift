public import FoedusAnalysis
public import FoedusCore
import FoedusData
import FoedusFormats

/// The security index of every state under the three policies, with the nuclear-armed table and the
/// assumptions to print: what `foedus security` and `GET /v1/security` compute.
public struct SecurityRun: Sendable {
    public let byPolicy: [(EscalationPolicy, SecurityIndex.Scores)]
    public let assumptions: [String]
    public let nuclear: NuclearArmed

    /// - Parameter progress: called before each policy (the CLI shows it on a terminal).
    public static func compute(
        world: World, day: Day, capability: [Double?], capabilityAssumptions: [String], runs: Int, seed: UInt64,
        threads: Int, progress: (EscalationPolicy) -> Void = { _ in }
    ) throws -> SecurityRun {
        let relevance = try History.relevance()
        let nuclear = try NuclearArmedLoader.load(
            BundledData.nuclearArmed, file: "Data/states/nuclear-armed.csv", states: world.states)
        let security = SecurityIndex(index: world.index(on: day), capability: capability, relevance: relevance)
        var byPolicy: [(EscalationPolicy, SecurityIndex.Scores)] = []
        for policy in EscalationPolicy.allCases {
            progress(policy)
            byPolicy.append((policy, try security.scores(policy: policy, runs: runs, seed: seed, threads: threads)))
        }
        var assumptions = [
            "share: defenders' share of capability when each relevant state attacks, weighted by the attacker's CINC",
            "relevance: contiguous (land or up to 400 miles of water) or a major power (COW)",
        ]
        assumptions += capabilityAssumptions
        if runs > 0 { assumptions.append("Monte Carlo: \(runs) runs, seed \(seed), default priors (docs/analysis.md)") }
        return SecurityRun(byPolicy: byPolicy, assumptions: assumptions, nuclear: nuclear)
    }
}

/// `foedus security --json` and `GET /v1/security`.
public struct SecurityReportJSON: Encodable, Hashable, Sendable {
    public struct Nuclear: Encodable, Hashable, Sendable {
        var from: String
        var to: String?
        var basis: String
        var verified: Bool
        var source: String
    }
    public struct Row: Encodable, Hashable, Sendable {
        var state: StateJSON
        var nuclearArmed: Nuclear?
        var share: [String: Double?]
        var entrapment: [String: Double]
    }
    var date: String
    var runs: Int
    var assumptions: [String]
    var states: [Row]

    public init(world: World, day: Day, shown: [StateID], run: SecurityRun, runs: Int) {
        date = day.description
        self.runs = runs
        assumptions = run.assumptions
        states = shown.map { s in
            Row(
                state: StateJSON(s, world),
                nuclearArmed: run.nuclear.period(of: s, on: day).map {
                    Nuclear(
                        from: $0.from.description, to: $0.to?.description, basis: $0.basis, verified: $0.verified,
                        source: $0.source)
                },
                share: Dictionary(uniqueKeysWithValues: run.byPolicy.map { ($0.0.rawValue, $0.1.share[Int(s.index)]) }),
                entrapment: Dictionary(
                    uniqueKeysWithValues: run.byPolicy.map { ($0.0.rawValue, $0.1.entrapment[Int(s.index)]) }))
        }
    }
}
