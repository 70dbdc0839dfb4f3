public import FoedusCore

/// Joiner forecasts on militarized interstate disputes (issue #14 §2): on each dispute's first day the
/// originators of side A attack those of side B; for every other state in the system that day, the honouring
/// Monte Carlo (the machinery of `foedus simulate`) gives its probability of joining each side, which is
/// compared with whether it joined.
///
/// Side A (MID `sidea = 1`, the side that took the first militarized action) is the engine's attackers, side B
/// its defenders. Disputes that began in or before ``Options/fitUntil`` are the training period, the others the
/// test period; nothing is fitted on the test period (``fitPriors()``, ``ForecastBaselines``). With
/// ``Options/validateFrom`` (model selection inside the training years) the disputes that began before it are
/// fitted on, those from it through `fitUntil` scored as the validation period, and the test period's disputes
/// are dropped before anything is read from them.
public struct JoinerForecast: Sendable {
    public struct Options: Sendable, Hashable {
        /// Monte Carlo draws per dispute.
        public var runs: Int
        public var seed: UInt64
        public var policy: EscalationPolicy
        public var honour: HonourThreshold
        /// The last year of the training period (disputes that began in it or before).
        public var fitUntil: Int
        /// Threads; the result does not depend on it.
        public var threads: Int
        /// The model step (``ForecastModel``).
        public var model: ForecastModel
        /// A validation run: fit on the disputes that began before this year, score those that began from it
        /// through ``fitUntil``; the disputes after `fitUntil` (the test period) are not read. `nil`: fit on the
        /// training period, score the test period.
        public var validateFrom: Int?

        public init(
            runs: Int = 1_000, seed: UInt64 = 1, policy: EscalationPolicy = .treaty,
            honour: HonourThreshold = .discretionary, fitUntil: Int = 1945, threads: Int = 1,
            model: ForecastModel = .defaultModel, validateFrom: Int? = nil
        ) {
            self.model = model
            self.validateFrom = validateFrom
            self.runs = runs
            self.seed = seed
            self.policy = policy
            self.honour = honour
            self.fitUntil = fitUntil
            self.threads = threads
        }

        /// The last year of the disputes fitted on: `fitUntil`, or the year before ``validateFrom``.
        public var fittedUntil: Int { validateFrom.map { $0 - 1 } ?? fitUntil }

        /// The name of the period scored out of sample: `"test"`, or `"validation"` with ``validateFrom``.
        public var scoredPeriod: String { validateFrom == nil ? "test" : "validation" }
    }

    /// One dispute made ready to run.
    public struct Case: Sendable {
        public var dispute: Int
        public var day: Day
        /// Every side-A originator of the first day attacks every side-B originator of that day.
        public var attacks: [Attack]
        public var originators: StateSet
        public var sideA: StateSet
        public var sideB: StateSet
        /// The joiners in the COW state list on the first day, and the side each joined (`true`: side A).
        public var joined: [StateID: Bool]
        /// Joiners not in the COW state list on the first day (not forecast).
        public var joinersOutside: Int
        /// Fitted on (``Options/fittedUntil``); otherwise scored (test, or validation).
        public var training: Bool
    }

    /// One forecast: a state's probability of joining each side of one dispute.
    public struct Prediction: Sendable, Hashable {
        public var dispute: Int
        public var state: StateID
        public var pSideA: Double
        public var pSideB: Double
        /// `nil`: it did not join.
        public var joined: Side?
        /// Whether it had a defence pact in force with an originator of side A / side B (the naive baseline).
        public var pactA: Bool
        public var pactB: Bool
        public var training: Bool
        /// Whether it was contiguous (land or river) with a first-day originator of side A / side B, and a major
        /// power that year (``ContextFloor``; all `false` without a ``PoliticalRelevance``).
        public var contiguousA = false
        public var contiguousB = false
        public var major = false
    }

    /// A dispute that could not be run, and why.
    public struct Skip: Sendable, Hashable {
        public var dispute: Int
        public var reason: String
        public init(dispute: Int, reason: String) {
            self.dispute = dispute
            self.reason = reason
        }
    }

    public let world: World
    public let options: Options
    public let cases: [Case]
    public let skipped: [Skip]
    /// Contiguity and major powers, for the context floor.
    public let relevance: PoliticalRelevance?
    /// Per treaty: whether it is multilateral (``ForecastPriors/multilateral(_:)``).
    let multilateral: [Bool]

    public init(
        world: World, disputes: [MilitarizedDispute], options: Options, relevance: PoliticalRelevance? = nil
    ) {
        self.world = world
        self.options = options
        self.relevance = relevance
        multilateral = ForecastPriors.multilateral(world)
        var cases: [Case] = []
        var skipped: [Skip] = []
        let table = world.states
        // A validation run never reads the test period: its disputes are dropped here, before anything else.
        let read = options.validateFrom == nil ? disputes : disputes.filter { $0.firstDay.year <= options.fitUntil }
        for dispute in read {
            let day = dispute.firstDay
            var sideA = StateSet()
            var sideB = StateSet()
            var missing: [Int] = []
            for p in dispute.firstDayOriginators {
                guard let id = table.id(ccode: p.ccode), table[id].exists(on: day) else {
                    missing.append(p.ccode)
                    continue
                }
                if p.sideA { sideA.insert(id) } else { sideB.insert(id) }
            }
            if !missing.isEmpty {
                let codes = missing.map(String.init).joined(separator: ", ")
                skipped.append(
                    Skip(dispute: dispute.id, reason: "originator \(codes) not in the COW state list on \(day)"))
                continue
            }
            guard !sideA.isEmpty, !sideB.isEmpty, sideA.isDisjoint(with: sideB) else {
                skipped.append(Skip(dispute: dispute.id, reason: "the first day's originators do not form two sides"))
                continue
            }
            let attacks = sideA.flatMap { a in sideB.map { Attack(aggressor: a, victim: $0) } }
            var originators = sideA.union(sideB)
            for p in dispute.participants where p.originator {
                if let id = table.id(ccode: p.ccode) { originators.insert(id) }
            }
            var joined: [StateID: Bool] = [:]
            var outside = 0
            for (ccode, isA) in dispute.joiners {
                guard let id = table.id(ccode: ccode), table[id].exists(on: day), !originators.contains(id) else {
                    outside += 1
                    continue
                }
                joined[id] = isA
            }
            cases.append(
                Case(
                    dispute: dispute.id, day: day, attacks: attacks, originators: originators, sideA: sideA,
                    sideB: sideB, joined: joined, joinersOutside: outside, training: day.year <= options.fittedUntil))
        }
        self.cases = cases
        self.skipped = skipped
    }

    /// The scenario of a case under the options.
    func scenario(_ c: Case) -> Scenario {
        Scenario(day: c.day, attacks: c.attacks, policy: options.policy, honour: options.honour)
    }

    /// The cases by first day, in day order (one ``DayIndex`` per day).
    var days: [(day: Day, cases: [Int])] {
        var byDay: [Day: [Int]] = [:]
        for (i, c) in cases.enumerated() { byDay[c.day, default: []].append(i) }
        return byDay.keys.sorted().map { ($0, byDay[$0] ?? []) }
    }

    /// The indices of the treaties in force on the index's day.
    static func inForce(_ index: DayIndex) -> [Int] {
        index.treatyParties.indices.filter { !index.treatyParties[$0].isEmpty }
    }

    /// The states with a defence pact in force on the day with a state of `originators`: the parties of every
    /// treaty in force with a defence provision to which one of them is a party.
    static func pactPartners(_ originators: StateSet, index: DayIndex, treaties: [Int]) -> StateSet {
        var partners = StateSet()
        for t in treaties where index.world.treaties[t].provisions.contains(where: { $0.kind == .defense }) {
            let parties = index.treatyParties[t]
            if !parties.isDisjoint(with: originators) { partners = partners.union(parties) }
        }
        return partners
    }
}
