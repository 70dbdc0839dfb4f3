public import FoedusAnalysis
public import FoedusCore
import FoedusData
import Foundation

/// The `--json` report of `foedus audit`, and its text.
public struct AuditReportJSON: Encodable, Hashable, Sendable {
    static let principle =
        "not to strengthen security \"at the expense of the security of other States\" and the right \"to choose or change security arrangements, including treaties of alliance\" (OSCE Istanbul Charter for European Security, 1999, §8; reaffirmed at Astana, 2010)"

    public struct Change: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var before: Double?
        public var after: Double?
        public var delta: Double?
        public var low: Double?
        public var high: Double?
    }
    public struct Driver: Encodable, Hashable, Sendable {
        public var aggressor: StateJSON
        public var shareBefore: Double
        public var shareAfter: Double
        public var newAttackers: [StateJSON]
        public var goneDefenders: [StateJSON]
        public var newDefenders: [StateJSON]
        public var goneAttackers: [StateJSON]

        init(_ d: IndivisibleSecurityAudit.Driver, _ world: World) {
            let states = { (ids: [StateID]) in ids.map { StateJSON($0, world) } }
            aggressor = StateJSON(d.aggressor, world)
            shareBefore = d.before
            shareAfter = d.after
            newAttackers = states(d.newAttackers)
            goneDefenders = states(d.goneDefenders)
            newDefenders = states(d.newDefenders)
            goneAttackers = states(d.goneAttackers)
        }
    }
    public struct LoserDrivers: Encodable, Hashable, Sendable {
        public var loser: StateJSON
        public var drivers: [Driver]
    }
    public struct WinnerDrivers: Encodable, Hashable, Sendable {
        public var winner: StateJSON
        public var drivers: [Driver]
    }
    public struct Reading: Encodable, Hashable, Sendable {
        public var reading: String
        public var holds: Bool
        public var winners: [Change]
        public var losers: [Change]
    }
    public struct Entrapment: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var policy: String
        public var before: Double
        public var after: Double
    }

    public var date: String
    public var change: String
    public var runs: Int
    public var tolerancePoints: Double
    public var principle: String
    public var provenance: [String: String]
    public var readings: [Reading]
    /// Per share reading: its largest losers, each with the attacks that cost it most.
    public var drivers: [String: [LoserDrivers]]
    /// Per share reading, for its largest winners: the attacks in which each gained most.
    public var gainDrivers: [String: [WinnerDrivers]]
    public var entrapment: [Entrapment]
    public var assumptions: [String]
    public var note: String

    public init(
        world: World, day: Day, change: String, audit: IndivisibleSecurityAudit, runs: Int,
        assumptions: [String] = []
    ) {
        date = day.description
        self.assumptions = assumptions
        self.change = change
        self.runs = runs
        tolerancePoints = audit.tolerance * 100
        principle = Self.principle
        provenance = ["foedus": FoedusVersion.code, "data": BundledData.version]
        func row(_ r: IndivisibleSecurityAudit.Reading, _ s: StateID) -> Change {
            let i = Int(s.index)
            return Change(
                state: StateJSON(s, world), before: r.before[i], after: r.after[i], delta: r.delta[i],
                low: r.interval[i]?.low, high: r.interval[i]?.high)
        }
        readings = audit.readings.map { r in
            Reading(
                reading: r.name, holds: r.holds,
                winners: r.winners.map { row(r, $0) }.sorted { ($0.delta ?? 0) > ($1.delta ?? 0) },
                losers: r.losers.map { row(r, $0) }.sorted { ($0.delta ?? 0) < ($1.delta ?? 0) })
        }
        drivers = audit.drivers.mapValues { losers in
            losers.map {
                LoserDrivers(loser: StateJSON($0.loser, world), drivers: $0.drivers.map { Driver($0, world) })
            }
        }
        gainDrivers = audit.gainDrivers.mapValues { winners in
            winners.map {
                WinnerDrivers(winner: StateJSON($0.winner, world), drivers: $0.drivers.map { Driver($0, world) })
            }
        }
        var trap: [Entrapment] = []
        for policy in EscalationPolicy.allCases {
            let b = audit.entrapmentBefore[policy] ?? []
            let a = audit.entrapmentAfter[policy] ?? []
            for i in b.indices where i < a.count && abs(a[i] - b[i]) > 1e-9 {
                trap.append(
                    Entrapment(state: StateJSON(StateID(i), world), policy: policy.rawValue, before: b[i], after: a[i]))
            }
        }
        entrapment = trap
        note =
            "The verdict depends on the reading: under the share readings an alliance raises its members' defence and may "
            + "lower no one's; under the dyadic reading (each state's side's share in a war with each relevant state, either "
            + "way round) every new alliance lowers its adversaries' score. Foedus reports each; it does not choose."
    }

    /// One line per reading: the verdict, winners and losers by abbreviation (architecture and claims reports).
    public static func summaryLines(_ audit: IndivisibleSecurityAudit, _ world: World) -> [String] {
        func names(_ ids: [StateID]) -> String {
            ids.isEmpty ? "none" : ids.map { world.states[$0].abbreviation }.joined(separator: " ")
        }
        return audit.readings.map { r in
            "\(r.name): the principle \(r.holds ? "holds" : "does not hold") — winners \(names(r.winners)); "
                + "losers \(names(r.losers))"
        }
    }

    public func text() -> String {
        let pts: (Double?) -> String = { $0.map { String(format: "%+.2f", $0 * 100) } ?? "—" }
        var lines = ["Indivisible-security audit on \(date): \(change)", "principle: " + principle, ""]
        lines.append(
            "tolerance \(String(format: "%.2f", tolerancePoints)) index points"
                + (runs > 0
                    ? "; \(runs) Monte Carlo runs with common random numbers (95% intervals)" : "; every duty honoured")
        )
        for r in readings {
            lines.append("")
            lines.append(
                "\(r.reading): the principle \(r.holds ? "holds" : "does not hold") — \(r.winners.count) winner(s), \(r.losers.count) loser(s)"
            )
            for c in r.losers.prefix(8) {
                lines.append("  loser  \(c.state.name) (\(c.state.ccode)): \(pts(c.delta)) points" + interval(c))
            }
            for c in r.winners.prefix(8) {
                lines.append("  winner \(c.state.name) (\(c.state.ccode)): \(pts(c.delta)) points" + interval(c))
            }
        }
        for policy in EscalationPolicy.allCases {
            guard let losers = drivers[policy.rawValue], !losers.isEmpty else { continue }
            lines.append("")
            lines.append(
                "what drives each loss (policy \(policy.rawValue); the largest losers"
                    + (losers.count > 3 ? ", 3 of \(losers.count) listed, the rest in --json" : "") + "):")
            for entry in losers.prefix(3) {
                for d in entry.drivers {
                    let joining = d.newAttackers.map(\.name).joined(separator: ", ")
                    let gone = d.goneDefenders.map(\.name).joined(separator: ", ")
                    lines.append(
                        "  \(entry.loser.abbreviation): attacked by \(d.aggressor.name), defenders' share "
                            + "\(pts(d.shareBefore).dropFirst()) → \(pts(d.shareAfter).dropFirst())%"
                            + (joining.isEmpty ? "" : "; now joining the attack: " + joining)
                            + (gone.isEmpty ? "" : "; no longer defending: " + gone))
                }
            }
        }
        for policy in EscalationPolicy.allCases {
            guard let winners = gainDrivers[policy.rawValue], !winners.isEmpty else { continue }
            lines.append("")
            lines.append(
                "what drives each gain (policy \(policy.rawValue); the largest winners"
                    + (winners.count > 3 ? ", 3 of \(winners.count) listed, the rest in --json" : "") + "):")
            for entry in winners.prefix(3) {
                for d in entry.drivers {
                    let joining = d.newDefenders.map(\.name).joined(separator: ", ")
                    let gone = d.goneAttackers.map(\.name).joined(separator: ", ")
                    lines.append(
                        "  \(entry.winner.abbreviation): attacked by \(d.aggressor.name), defenders' share "
                            + "\(pts(d.shareBefore).dropFirst()) → \(pts(d.shareAfter).dropFirst())%"
                            + (joining.isEmpty ? "" : "; now defending: " + joining)
                            + (gone.isEmpty ? "" : "; no longer attacking: " + gone))
                }
            }
        }
        if !assumptions.isEmpty {
            lines.append("")
            lines += assumptions.map { "assumption: \($0)" }
        }
        if !entrapment.isEmpty {
            lines.append("")
            lines.append("entrapment changes (share of other states' wars a state is drawn into):")
            for e in entrapment.filter({ $0.policy == "treaty" }).prefix(12) {
                lines.append("  \(e.state.name): \(pts(e.before).dropFirst())% → \(pts(e.after).dropFirst())%")
            }
        }
        lines.append("")
        lines.append(note)
        return lines.joined(separator: "\n")
    }

    private func interval(_ c: Change) -> String {
        guard let low = c.low, let high = c.high else { return "" }
        return String(format: " (95%% CI %+.2f to %+.2f)", low * 100, high * 100)
    }
}
