import FoedusCore

/// Where a forecast's squared error exceeds the base rate's: the excess (Brier × events, the forecast's minus the
/// base rate's) of a scored period, split by the reason the forecast is non-zero and by treaty (issue #14).
///
/// Each event (a state joining one side of a dispute) has a forecast p, the base rate b, and whether it
/// happened (y); its excess is (p − y)² − (b − y)². The excesses add up: the groups of ``byReason`` sum to
/// ``total``, and the treaty groups (``byTreaty`` and ``otherTreaties``) to the duty reasons.
public struct ForecastDecomposition: Sendable, Hashable {
    /// Why a forecast is non-zero: the engine, with every duty honoured, brings the state in on that side by a
    /// defence or offence duty or because its stationed forces were attacked; otherwise only the context floor
    /// gives it a probability; otherwise nothing does.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        case defence
        case offence
        case forces
        case contextFloor = "context floor only"
        case none = "no reason (forecast 0)"
    }

    /// One event.
    public struct Event: Sendable, Hashable {
        public var forecast: Double
        public var baseline: Double
        public var happened: Bool
        public var reason: Reason
        /// The treaty of the duty (reasons `defence`, `offence`), by id.
        public var treaty: String?
        public init(forecast: Double, baseline: Double, happened: Bool, reason: Reason, treaty: String? = nil) {
            self.forecast = forecast
            self.baseline = baseline
            self.happened = happened
            self.reason = reason
            self.treaty = treaty
        }
    }

    /// The events of a group: how many, how many happened, and the squared errors.
    public struct Row: Sendable, Hashable {
        public var events = 0
        public var joiners = 0
        /// Σ (p − y)² and Σ (b − y)².
        public var squaredError = 0.0
        public var baselineSquaredError = 0.0
        public init() {}
        public init(events: Int, joiners: Int, squaredError: Double, baselineSquaredError: Double) {
            self.events = events
            self.joiners = joiners
            self.squaredError = squaredError
            self.baselineSquaredError = baselineSquaredError
        }
        /// The forecast's squared error minus the base rate's.
        public var excess: Double { squaredError - baselineSquaredError }

        mutating func add(_ other: Row) {
            events += other.events
            joiners += other.joiners
            squaredError += other.squaredError
            baselineSquaredError += other.baselineSquaredError
        }

        mutating func add(_ e: Event) {
            let y = e.happened ? 1.0 : 0.0
            events += 1
            if e.happened { joiners += 1 }
            squaredError += (e.forecast - y) * (e.forecast - y)
            baselineSquaredError += (e.baseline - y) * (e.baseline - y)
        }
    }

    public struct ReasonRow: Sendable, Hashable {
        public var reason: Reason
        public var row: Row
    }

    public struct TreatyRow: Sendable, Hashable {
        public var treaty: String
        public var row: Row
    }

    /// Why each scored event's forecast is non-zero, by dispute, side and state: the reason, and the treaty of the
    /// duty (``JoinerForecast/reasons()``).
    typealias Causes = [Int: [Side: [StateID: (Reason, String?)]]]

    public var total: Row
    /// Every reason that has an event, in the order of ``Reason/allCases``.
    public var byReason: [ReasonRow]
    /// The treaties with the largest excess, largest first (ties by id), at most `top`.
    public var byTreaty: [TreatyRow]
    /// The duty events of every other treaty, and how many treaties they are.
    public var otherTreaties: Row
    public var otherTreatyCount: Int

    public init(_ events: [Event], top: Int = 10) {
        var total = Row()
        var reasons: [Reason: Row] = [:]
        var treaties: [String: Row] = [:]
        for e in events {
            total.add(e)
            reasons[e.reason, default: Row()].add(e)
            if let t = e.treaty { treaties[t, default: Row()].add(e) }
        }
        self.total = total
        byReason = Reason.allCases.compactMap { r in reasons[r].map { ReasonRow(reason: r, row: $0) } }
        let ranked = treaties.map { TreatyRow(treaty: $0.key, row: $0.value) }.sorted {
            ($0.row.excess, $1.treaty) > ($1.row.excess, $0.treaty)
        }
        byTreaty = Array(ranked.prefix(top))
        var rest = Row()
        for t in ranked.dropFirst(top) { rest.add(t.row) }
        otherTreaties = rest
        otherTreatyCount = max(0, ranked.count - top)
    }
}

extension JoinerForecast {
    /// The reason of each scored case's events (not training): on the case's first day the engine is run with
    /// every duty honoured; a state it brings in on a side by a defence or offence duty gets that duty's kind and
    /// treaty, one brought in by its attacked forces `forces`. Keyed by dispute, then state and side.
    func reasons() -> ForecastDecomposition.Causes {
        var reasons: ForecastDecomposition.Causes = [:]
        for (day, indices) in days {
            let scored = indices.filter { !cases[$0].training }
            guard !scored.isEmpty else { continue }
            var evaluator = Evaluator(index: world.index(on: day))
            for i in scored {
                let c = cases[i]
                guard let result = try? evaluator.evaluate(scenario(c)) else { continue }
                var byside: [Side: [StateID: (ForecastDecomposition.Reason, String?)]] = [:]
                for entry in result.entries {
                    switch entry.cause {
                    case .obligation(let o):
                        let obligation = result.obligations[o]
                        let kind: ForecastDecomposition.Reason = obligation.kind == .offense ? .offence : .defence
                        byside[entry.side, default: [:]][entry.state] = (
                            kind, world.treaties[obligation.provision.treaty].id
                        )
                    case .forces: byside[entry.side, default: [:]][entry.state] = (.forces, nil)
                    default: continue
                    }
                }
                reasons[c.dispute] = byside
            }
        }
        return reasons
    }
}

extension ForecastDecomposition {
    /// The decomposition of the scored period's predictions against the base rate `baseRate`.
    init(
        _ predictions: [JoinerForecast.Prediction], baseRate: Double,
        reasons: Causes
    ) {
        var events: [Event] = []
        for p in predictions where !p.training {
            for side in [Side.attackers, .defenders] {
                let forecast = p.probability(side)
                let why = reasons[p.dispute]?[side]?[p.state]
                let reason = why?.0 ?? (forecast > 0 ? .contextFloor : .none)
                events.append(
                    Event(
                        forecast: forecast, baseline: baseRate, happened: p.joined == side, reason: reason,
                        treaty: why?.1))
            }
        }
        self.init(events)
    }
}
