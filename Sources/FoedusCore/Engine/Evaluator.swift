/// Runs the casus-foederis cascade for scenarios on one ``DayIndex``.
///
/// An evaluator owns scratch buffers that it reuses from one scenario to the next, so evaluating many
/// scenarios allocates little. It is not thread-safe: use one per thread.
///
/// The cascade is a fixpoint over the set of (state, side) pairs, which only grows: each state enters at
/// most one side, so a run ends after at most one round per state. A state bound to both sides is
/// excluded and the run restarts; the excluded set only grows, so there are at most N restarts.
public struct Evaluator {
    public let index: DayIndex
    var side: [UInt8]  // 0 none, 1 attackers, 2 defenders
    var events: [AttackEvent] = []
    var obligations: [Obligation] = []
    var entries: [Entry] = []
    var aggressors = StateSet()
    var attackerEntrants: [StateID] = []
    var excluded = StateSet()
    var restartConflicts: [Conflict] = []
    var seenDuties = Set<DutyKey>()

    struct DutyKey: Hashable {
        var obligor: StateID
        var beneficiary: StateID
        var adversary: StateID
        var provision: UInt32
    }

    public init(index: DayIndex) {
        self.index = index
        side = Array(repeating: 0, count: index.world.states.count)
    }

    /// Evaluates a scenario and returns the full result, with everything needed for explanations.
    ///
    /// - Throws: ``FoedusError`` with code `invalidScenario` (no attacks, a state attacking itself, an odd
    ///   cycle of attacks, a day other than the index's) or `stateNotInSystem`.
    public mutating func evaluate(_ scenario: Scenario) throws -> ScenarioResult {
        let colours = try validate(scenario)
        excluded = StateSet()
        restartConflicts = []
        while let culprit = run(scenario, colours: colours) {
            excluded.insert(culprit)
        }
        return materialise(scenario)
    }

    /// Evaluates a scenario and returns only the two sides: the fast path for benchmarks and simulation.
    public mutating func sides(_ scenario: Scenario) throws -> (attackers: StateSet, defenders: StateSet) {
        let colours = try validate(scenario)
        excluded = StateSet()
        restartConflicts = []
        while let culprit = run(scenario, colours: colours) { excluded.insert(culprit) }
        return currentSides()
    }

    private func currentSides() -> (attackers: StateSet, defenders: StateSet) {
        var a = StateSet()
        var d = StateSet()
        for e in entries { if e.side == .attackers { a.insert(e.state) } else { d.insert(e.state) } }
        return (a, d)
    }

    // MARK: - Validation and sides of the given attacks

    private func validate(_ scenario: Scenario) throws -> [Side] {
        guard scenario.day == index.day else {
            throw FoedusError(
                .invalidScenario, "the scenario is dated \(scenario.day) but the index is for \(index.day)")
        }
        guard !scenario.attacks.isEmpty else {
            throw FoedusError(.invalidScenario, "a scenario needs at least one attack")
        }
        let table = index.world.states
        for attack in scenario.attacks {
            for s in [attack.aggressor, attack.victim] where !index.alive.contains(s) {
                throw FoedusError(
                    .stateNotInSystem, "\(table.label(s)) was not a member of the state system on \(scenario.day)")
            }
            if attack.aggressor == attack.victim {
                throw FoedusError(.invalidScenario, "\(table.label(attack.aggressor)) cannot attack itself")
            }
        }
        // Two-colour the attack graph; the first attack's aggressor is on the attacking side.
        var colour: [StateID: Side] = [:]
        for (i, attack) in scenario.attacks.enumerated()
        where colour[attack.aggressor] == nil && colour[attack.victim] == nil {
            colour[attack.aggressor] = .attackers
            var queue = [attack.aggressor]
            while let s = queue.popLast() {
                let c = colour[s] ?? .attackers
                for other in scenario.attacks[i...] + scenario.attacks[..<i] {
                    let neighbour: StateID? =
                        other.aggressor == s ? other.victim : other.victim == s ? other.aggressor : nil
                    guard let n = neighbour else { continue }
                    if let existing = colour[n] {
                        if existing == c {
                            throw FoedusError(
                                .invalidScenario,
                                "the attacks do not form two sides: \(table.label(s)) and \(table.label(n)) would be on the same side (an odd cycle of attacks)"
                            )
                        }
                    } else {
                        colour[n] = c.opposite
                        queue.append(n)
                    }
                }
            }
        }
        return scenario.attacks.map { colour[$0.aggressor] ?? .attackers }
    }

    // MARK: - The cascade

    /// One run; returns a state found bound to both sides, or `nil` when the fixpoint is reached.
    mutating func run(_ scenario: Scenario, colours: [Side]) -> StateID? {
        for i in side.indices { side[i] = 0 }
        events.removeAll(keepingCapacity: true)
        obligations.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        attackerEntrants.removeAll(keepingCapacity: true)
        seenDuties.removeAll(keepingCapacity: true)
        aggressors = StateSet()
        for (i, attack) in scenario.attacks.enumerated() {
            let aggressorSide = colours[i]
            setSide(attack.aggressor, aggressorSide, cause: .scenario(i))
            setSide(attack.victim, aggressorSide.opposite, cause: .scenario(i))
            aggressors.insert(attack.aggressor)
            events.append(
                AttackEvent(
                    aggressor: attack.aggressor, victim: attack.victim, theatre: index.theatre(of: attack),
                    provoked: attack.provoked, cause: nil))
        }
        var k = 0
        while k < events.count {
            if let culprit = process(event: k, scenario) { return culprit }
            k += 1
        }
        return nil
    }

    private mutating func setSide(_ s: StateID, _ newSide: Side, cause: Entry.Cause) {
        guard side[Int(s.index)] == 0 else { return }
        side[Int(s.index)] = newSide == .attackers ? 1 : 2
        entries.append(Entry(state: s, side: newSide, step: entries.count, cause: cause))
    }

    private func sideOf(_ s: StateID) -> Side? {
        switch side[Int(s.index)] {
        case 1: .attackers
        case 2: .defenders
        default: nil
        }
    }

    private mutating func process(event k: Int, _ scenario: Scenario) -> StateID? {
        let event = events[k]
        let derived = event.cause != nil
        // Duties owed to the victim: defence, and the duties reported alongside it.
        for edge in index.duties(to: event.victim) {
            switch edge.kind {
            case .defense, .consultation, .noAidToAggressor, .territorialNonUse, .nonParticipation, .neutrality:
                if let culprit = consider(
                    edge, beneficiary: event.victim, adversary: event.aggressor, event: k,
                    derived: derived, scenario)
                {
                    return culprit
                }
            case .offense, .nonAggression:
                continue
            }
        }
        // Duties owed to the aggressor: offence (join its war) and neutrality towards it.
        for edge in index.duties(to: event.aggressor) {
            switch edge.kind {
            case .offense:
                if let culprit = consider(
                    edge, beneficiary: event.aggressor, adversary: event.victim, event: k,
                    derived: derived, scenario)
                {
                    return culprit
                }
            case .neutrality where !edge.has(DutyEdge.attackedOnlyFlag):
                _ = consider(
                    edge, beneficiary: event.aggressor, adversary: event.victim, event: k, derived: derived, scenario)
            default:
                continue
            }
        }
        // Forces stationed in the victim's territory are attacked with it.
        if case .territory(let host) = event.theatre, host == event.victim {
            for (sender, deployment) in index.forces[Int(host.index)] where sender != event.aggressor {
                if let culprit = enter(
                    sender, on: sideOf(event.victim) ?? .defenders,
                    cause: .forces(deployment: deployment, attack: k), against: event.aggressor,
                    event: k, scenario)
                {
                    return culprit
                }
            }
        }
        return nil
    }

    /// Records the duty if its conditions hold for this attack, and lets it bring the obligor in.
    private mutating func consider(
        _ edge: DutyEdge, beneficiary: StateID, adversary: StateID, event k: Int, derived: Bool, _ scenario: Scenario
    ) -> StateID? {
        let event = events[k]
        let obligor = edge.obligor
        guard obligor != adversary, index.adversarySets[Int(edge.adversary)].contains(adversary) else { return nil }
        let location = index.locations[Int(edge.location)].check(event.theatre)
        guard location != .no else { return nil }
        if edge.has(DutyEdge.nonProvocationFlag) && (event.provoked || derived) && edge.kind != .offense {
            return nil
        }
        let key = DutyKey(obligor: obligor, beneficiary: beneficiary, adversary: adversary, provision: edge.provision)
        guard seenDuties.insert(key).inserted else { return nil }
        let dependsOnAttack = edge.kind == .defense || (edge.kind == .neutrality && edge.has(DutyEdge.attackedOnlyFlag))
        let status: Obligation.Status =
            if scenario.policy != .chain && dependsOnAttack && aggressors.contains(beneficiary) {
                .contested
            } else if edge.has(DutyEdge.uncertainFlag) || location == .uncertain {
                .uncertain
            } else {
                .binding
            }
        obligations.append(
            Obligation(
                obligor: obligor, beneficiary: beneficiary, adversary: adversary, kind: edge.kind,
                strength: edge.strength, status: status, provision: index.provisions[Int(edge.provision)], attack: k,
                location: location, assumedRequest: edge.has(DutyEdge.requestFlag)))
        guard edge.kind.decidesEntry, let strength = edge.strength, scenario.honour.admits(strength) else { return nil }
        switch status {
        case .binding: break
        case .uncertain: guard scenario.includeUncertain else { return nil }
        case .contested: guard scenario.includeContested else { return nil }
        }
        guard !excluded.contains(obligor), let target = sideOf(beneficiary) else { return nil }
        return enter(
            obligor, on: target, cause: .obligation(obligations.count - 1), against: adversary, event: k, scenario)
    }

    /// Puts `state` on `target`; returns it if it is already on the other side (bound to both sides).
    private mutating func enter(
        _ state: StateID, on target: Side, cause: Entry.Cause, against adversary: StateID, event k: Int,
        _ scenario: Scenario
    ) -> StateID? {
        if excluded.contains(state) { return nil }
        if let current = sideOf(state) {
            if current == target { return nil }
            if isScenarioParticipant(state, scenario) { return nil }  // its side is given by the scenario
            recordBothSides(state, newCause: cause)
            return state
        }
        setSide(state, target, cause: cause)
        let entryIndex = entries.count - 1
        let theatre = events[k].theatre
        switch scenario.policy {
        case .strict:
            break
        case .treaty, .chain:
            if target == .attackers {
                attackerEntrants.append(state)
                for (i, s) in side.enumerated() where s == 2 {
                    derive(state, attacks: StateID(i), theatre: theatre, cause: entryIndex)
                }
            } else {
                for a in attackerEntrants { derive(a, attacks: state, theatre: theatre, cause: entryIndex) }
                if scenario.policy == .chain { derive(state, attacks: adversary, theatre: theatre, cause: entryIndex) }
            }
        }
        return nil
    }

    private mutating func derive(_ aggressor: StateID, attacks victim: StateID, theatre: Theatre, cause: Int) {
        guard aggressor != victim else { return }
        aggressors.insert(aggressor)
        events.append(AttackEvent(aggressor: aggressor, victim: victim, theatre: theatre, provoked: true, cause: cause))
    }

    private func isScenarioParticipant(_ state: StateID, _ scenario: Scenario) -> Bool {
        scenario.attacks.contains { $0.aggressor == state || $0.victim == state }
    }

    private mutating func recordBothSides(_ state: StateID, newCause: Entry.Cause) {
        var duties: [Obligation] = []
        if let first = entries.first(where: { $0.state == state }), case .obligation(let o) = first.cause {
            duties.append(obligations[o])
        }
        if case .obligation(let o) = newCause { duties.append(obligations[o]) }
        restartConflicts.append(
            Conflict(
                kind: .boundToBothSides, states: [state], treaties: Array(Set(duties.map(\.provision.treaty))).sorted(),
                provisions: duties.map(\.provision), obligations: duties))
    }
}
