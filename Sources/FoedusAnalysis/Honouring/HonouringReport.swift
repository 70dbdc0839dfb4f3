public import FoedusCore

/// The honouring back-test's results: every duty whose casus foederis arose, the joiners, and the tallies.
///
/// Rates are over `binding` duties of the judged kinds (defence, offence, neutrality, non-aggression);
/// `uncertain` duties are tallied apart (and in a rate that includes them), `contested` ones (owed to a
/// belligerent that is itself an aggressor) did not arise and are only counted.
public struct HonouringReport: Sendable {
    /// A state that entered a war after its first day, and whether a treaty duty explains its entry.
    public struct Joiner: Hashable, Sendable {
        public var war: Int
        public var state: StateID
        /// COW side joined (1 or 2).
        public var side: Int
        public var day: Day
        /// On its entry date it was party, with a belligerent in the war that day, to a treaty in force.
        public var tied: Bool
        /// A binding defence or offence duty owed to a belligerent on its side had arisen by its entry date.
        public var hit: Bool
    }

    /// Why part of a war could not be run.
    public struct Note: Hashable, Sendable {
        public var war: Int
        public var warName: String
        public var message: String
    }

    /// Honoured and not honoured duties.
    public struct Tally: Hashable, Sendable {
        public var honoured = 0
        public var notHonoured = 0
        public var total: Int { honoured + notHonoured }
        /// `nil` when no duty was judged.
        public var rate: Double? { total == 0 ? nil : Double(honoured) / Double(total) }

        mutating func add(_ duty: HonouringDuty) {
            switch duty.verdict {
            case .honoured: honoured += 1
            case .notHonoured: notHonoured += 1
            case .notObservable: break
            }
        }
    }

    /// One row of the breakdown: a dimension (`era`, `kind` …), a value and its tallies.
    public struct Row: Hashable, Sendable {
        public var dimension: String
        public var value: String
        public var binding: Tally
        public var uncertain: Tally
    }

    public var duties: [HonouringDuty]
    public var joiners: [Joiner]
    public var notes: [Note]

    /// The duties of the judged kinds with `status`.
    public func tally(_ status: Obligation.Status, where include: (HonouringDuty) -> Bool = { _ in true }) -> Tally {
        var t = Tally()
        for d in duties where d.status == status && HonouringDuty.judged(d.kind) && include(d) { t.add(d) }
        return t
    }

    /// Duties of kinds the war data cannot judge, by status.
    public var notObservable: Int { duties.filter { !HonouringDuty.judged($0.kind) && $0.status != .contested }.count }
    public var contested: Int { duties.filter { $0.status == .contested }.count }

    /// The breakdown: overall, 1816–1944 (Leeds, Long & Mitchell's period), era, kind, strength, bilateral or
    /// multilateral, whether the beneficiary was an original belligerent or a later joiner, source.
    public var rows: [Row] {
        var rows: [Row] = []
        func add(_ dimension: String, _ value: String, _ include: @escaping (HonouringDuty) -> Bool) {
            rows.append(
                Row(
                    dimension: dimension, value: value, binding: tally(.binding, where: include),
                    uncertain: tally(.uncertain, where: include)))
        }
        add("all", "all", { _ in true })
        add("period", "1816–1944", { $0.day.year <= 1944 })
        for era in HonouringEra.allCases { add("era", era.rawValue, { HonouringEra($0.day) == era }) }
        for kind in [Provision.Kind.defense, .offense, .neutrality, .nonAggression] {
            add("kind", kind.rawValue, { $0.kind == kind })
        }
        for strength in Provision.Strength.allCases {
            add("strength", strength.rawValue, { $0.kind.decidesEntry && $0.strength == strength })
        }
        add("parties", "bilateral", { !$0.multilateral })
        add("parties", "multilateral", { $0.multilateral })
        add("beneficiary", "original belligerent", { !$0.beneficiaryJoined })
        add("beneficiary", "later joiner, target side", { $0.beneficiaryJoined })
        add("kinds", "defence and offence", { $0.kind.decidesEntry })
        add("source", "curated", { $0.curated })
        add("source", "ATOP", { !$0.curated })
        return rows
    }

    /// Joiners whose entry a binding duty explains, over the joiners tied to a belligerent by a treaty.
    public var recallTied: (hits: Int, joiners: Int) {
        let tied = joiners.filter(\.tied)
        return (tied.filter(\.hit).count, tied.count)
    }

    /// The same over all joiners.
    public var recallAll: (hits: Int, joiners: Int) { (joiners.filter(\.hit).count, joiners.count) }
}
