public import FoedusCore

/// The engine against history: on the first day of every interstate war, the initiators attack the
/// states they fought from that day; the states the engine brings in are compared with the states that
/// joined the war.
///
/// A joiner is a participant that is not among the first day's belligerents. A predicted joiner is right when
/// it joined on the side the engine put it on. Precision is right / predicted, recall right / joiners.
public struct Backtest: Sendable {
    /// One war's comparison under one configuration.
    public struct WarResult: Sendable {
        public var war: InterstateWar
        public var day: Day
        public var attacks: [Attack]
        /// Joiners the engine predicted on the right side.
        public var hits: [StateID]
        /// Predicted joiners that did not join, or joined the other side.
        public var falseAlarms: [StateID]
        /// Joiners the engine did not bring in (or put on the other side).
        public var misses: [StateID]
        /// Why each miss was not brought in: the first reason of its explanation (in words with the war's outcome,
        /// ``Backtest/outcome(of:policy:honour:)``).
        public var missReasons: [StateID: Explanation]
        /// Why the war could not be run (a participant outside the COW state list on the day).
        public var skipped: String?
    }

    /// The totals for one configuration.
    public struct Summary: Sendable {
        public var policy: EscalationPolicy
        public var honour: HonourThreshold
        public var wars: [WarResult]

        public var hits: Int { wars.reduce(0) { $0 + $1.hits.count } }
        public var predicted: Int { wars.reduce(0) { $0 + $1.hits.count + $1.falseAlarms.count } }
        public var joiners: Int { wars.reduce(0) { $0 + $1.hits.count + $1.misses.count } }
        /// `nil` when nothing was predicted.
        public var precision: Double? { predicted == 0 ? nil : Double(hits) / Double(predicted) }
        public var recall: Double? { joiners == 0 ? nil : Double(hits) / Double(joiners) }
        public var skipped: Int { wars.filter { $0.skipped != nil }.count }
    }

    public let world: World
    public let wars: [InterstateWar]

    public init(world: World, wars: [InterstateWar]) {
        self.world = world
        self.wars = wars
    }

    /// Runs every war under `policy` and `honour`.
    public func run(policy: EscalationPolicy, honour: HonourThreshold) -> Summary {
        Summary(policy: policy, honour: honour, wars: wars.map { evaluate($0, policy: policy, honour: honour) })
    }

    /// The engine's outcome of a war's first day under `policy` and `honour`, evaluated again (a ``WarResult``
    /// keeps only what it counts), for a report that puts the misses' explanations in words; `nil` for a war not run.
    public func outcome(of war: WarResult, policy: EscalationPolicy, honour: HonourThreshold) -> ScenarioResult? {
        guard war.skipped == nil else { return nil }
        var evaluator = Evaluator(index: world.index(on: war.day))
        return try? evaluator.evaluate(Scenario(day: war.day, attacks: war.attacks, policy: policy, honour: honour))
    }

    func evaluate(_ war: InterstateWar, policy: EscalationPolicy, honour: HonourThreshold) -> WarResult {
        var result = WarResult(
            war: war, day: war.start ?? Day(rawValue: 0), attacks: [], hits: [], falseAlarms: [], misses: [],
            missReasons: [:], skipped: nil)
        guard let day = war.start else {
            result.skipped = "no dates"
            return result
        }
        let table = world.states
        // The first day's belligerents, by COW side; the initiators attack the other side's.
        let first = war.participants.filter { $0.entry == day }
        let initiators = first.filter(\.initiator)
        var attacks: [Attack] = []
        for initiator in initiators.isEmpty ? Array(first.prefix(1)) : initiators {
            for target in first where target.side != initiator.side {
                guard let a = table.id(ccode: initiator.ccode), let b = table.id(ccode: target.ccode),
                    table[a].exists(on: day), table[b].exists(on: day)
                else {
                    result.skipped = "a first-day belligerent is not in the COW state list on \(day)"
                    return result
                }
                attacks.append(Attack(aggressor: a, victim: b))
            }
        }
        guard !attacks.isEmpty else {
            result.skipped = "no opponent on the first day"
            return result
        }
        result.attacks = attacks
        var evaluator = Evaluator(index: world.index(on: day))
        guard
            let outcome = try? evaluator.evaluate(Scenario(day: day, attacks: attacks, policy: policy, honour: honour))
        else {
            result.skipped = "the first day's attacks do not form two sides"
            return result
        }
        let firstDay = Set(attacks.flatMap { [$0.aggressor, $0.victim] })
        let attackerSide = initiators.first?.side ?? first.first?.side ?? 1
        // A state that changed sides has a row per side: either side counts as where it joined.
        var joined: [StateID: Set<Side>] = [:]
        for p in war.participants {
            guard let id = table.id(ccode: p.ccode), !firstDay.contains(id) else { continue }
            joined[id, default: []].insert(p.side == attackerSide ? .attackers : .defenders)
        }
        var predicted: [StateID: Side] = [:]
        for entry in outcome.entries where !firstDay.contains(entry.state) { predicted[entry.state] = entry.side }
        for (state, side) in predicted.sorted(by: { $0.key < $1.key }) {
            if joined[state]?.contains(side) == true {
                result.hits.append(state)
            } else {
                result.falseAlarms.append(state)
            }
        }
        for (state, sides) in joined.sorted(by: { $0.key < $1.key })
        where !(predicted[state].map(sides.contains) ?? false) {
            result.misses.append(state)
            let reasons = outcome.explain(state, in: world)
            result.missReasons[state] = reasons.first { $0.reason != .entered } ?? reasons.first
        }
        return result
    }
}
