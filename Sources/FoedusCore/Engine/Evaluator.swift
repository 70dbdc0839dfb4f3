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
    var attackerSet = StateSet()
    var defenderSet = StateSet()
    var events: [AttackEvent] = []
    var obligations: [Obligation] = []
    var entries: [Entry] = []
    /// The states attacking on the ground of aggression so far (not those acting in self-defence).
    var aggressors = StateSet()
    /// The states whose attack is an aggression under one sovereignty reading and not under the other.
    var disputedAggressors = StateSet()
    /// The ground of each scenario attack (scratch, reused).
    var grounds: [AttackGround] = []
    var attackerEntrants: [StateID] = []
    var excluded = StateSet()
    var restartConflicts: [Conflict] = []
    /// Recorded duties and their index in `obligations` (recording mode only).
    var seenDuties: [DutyKey: Int32] = [:]
    /// Record every duty for explanations (``evaluate(_:)``), or only entries (``sides(_:)``).
    var recording = true
    /// A Monte Carlo run's honouring decisions, or `nil` (every duty that passes the threshold is honoured).
    var draw: HonourDraw?
    /// The side of each scenario attack's aggressor (scratch, reused).
    var colours: [Side] = []
    /// Per entry: the state of the run just before it, so the fast path can rewind instead of restarting.
    var marks: [Mark] = []
    /// The event being processed.
    var currentEvent = 0
    /// Who may enter on a provoked attack, for the rules of the last fast-path scenario (built on first use).
    var bounds = PairBounds.none
    /// The draw set by ``install(_:)`` for the scenarios that follow, and how many draws have been installed.
    var installed: HonourDraw?
    var installs = 0
    /// For the installed draw, per defence and offence group (`2 i` attackers, `2 i + 1` defenders): the
    /// obligors who honour it on that side. Active only while a scenario runs under the installed draw.
    var drawSets: (defense: [StateSet], offense: [StateSet])?
    var drawSetsActive = false
    /// Whether the fast path uses `bounds` for the current scenario.
    var skipping = false
    /// Tests turn the bounds off to check that skipping changes no result.
    var boundsEnabled = true

    struct Mark {
        var events: Int32
        var event: Int32
        var attackerEntrants: Int32
        var aggressors: StateSet
        var disputedAggressors: StateSet
    }

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
        try validate(scenario)
        recording = true
        excluded = StateSet()
        restartConflicts = []
        while let culprit = run(scenario) {
            excluded.insert(culprit)
        }
        return materialise(scenario)
    }

    // MARK: - The cascade

    /// One run; returns a state found bound to both sides, or `nil` when the fixpoint is reached.
    mutating func run(_ scenario: Scenario) -> StateID? {
        start(scenario)
        return resume(from: 0, scenario)
    }

    /// Resets the run and places the scenario's own participants.
    mutating func start(_ scenario: Scenario) {
        for i in side.indices { side[i] = 0 }
        attackerSet = StateSet()
        defenderSet = StateSet()
        events.removeAll(keepingCapacity: true)
        obligations.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        attackerEntrants.removeAll(keepingCapacity: true)
        if recording { seenDuties.removeAll(keepingCapacity: true) }
        aggressors = StateSet()
        disputedAggressors = StateSet()
        currentEvent = 0
        index.grounds(of: scenario.attacks, reading: scenario.sovereignty, into: &grounds)
        for (i, attack) in scenario.attacks.enumerated() {
            let aggressorSide = colours[i]
            setSide(attack.aggressor, aggressorSide, cause: .scenario(i))
            setSide(attack.victim, aggressorSide.opposite, cause: .scenario(i))
            switch grounds[i].aggression {
            case .yes: aggressors.insert(attack.aggressor)
            case .uncertain: disputedAggressors.insert(attack.aggressor)
            case .no: break
            }
            events.append(
                AttackEvent(
                    aggressor: attack.aggressor, victim: attack.victim, theatre: index.theatre(of: attack),
                    provoked: attack.provoked, cause: nil))
        }
    }

    /// Processes events from `from` to the fixpoint; returns a state found bound to both sides.
    mutating func resume(from: Int, _ scenario: Scenario) -> StateID? {
        var k = from
        while k < events.count {
            currentEvent = k
            if let culprit = process(event: k, scenario) { return culprit }
            k += 1
        }
        return nil
    }

    private mutating func setSide(_ s: StateID, _ newSide: Side, cause: Entry.Cause) {
        guard side[Int(s.index)] == 0 else { return }
        if newSide == .attackers {
            side[Int(s.index)] = 1
            attackerSet.insert(s)
        } else {
            side[Int(s.index)] = 2
            defenderSet.insert(s)
        }
        marks.append(
            Mark(
                events: Int32(events.count), event: Int32(currentEvent),
                attackerEntrants: Int32(attackerEntrants.count), aggressors: aggressors,
                disputedAggressors: disputedAggressors))
        entries.append(Entry(state: s, side: newSide, step: entries.count, cause: cause))
    }

    /// Whether `s` attacked as an aggressor: `uncertain` when that depends on whose territory a disputed place is.
    private func aggression(_ s: StateID) -> Truth {
        aggressors.contains(s) ? .yes : disputedAggressors.contains(s) ? .uncertain : .no
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
        if !recording && event.provoked
            && settled(victim: event.victim, aggressor: event.aggressor, theatre: event.theatre)
        {
            return nil
        }
        // Defence owed to the victim; offence owed to the aggressor (join its war).
        for i in index.defense.range(event.victim) {
            let group = index.defense.groups[i]
            let honouring = drawSetsActive ? drawSets.map { ($0.defense[2 * i], $0.defense[2 * i + 1]) } : nil
            if let culprit = consider(
                group, honouring: honouring, beneficiary: event.victim, adversary: event.aggressor, event: k, scenario)
            {
                return culprit
            }
        }
        for i in index.offense.range(event.aggressor) {
            let group = index.offense.groups[i]
            let honouring = drawSetsActive ? drawSets.map { ($0.offense[2 * i], $0.offense[2 * i + 1]) } : nil
            if let culprit = consider(
                group, honouring: honouring, beneficiary: event.aggressor, adversary: event.victim, event: k, scenario)
            {
                return culprit
            }
        }
        if recording {
            // Duties that are reported but bring no one in.
            for i in index.reported.range(event.victim) where index.reported.groups[i].kind != .nonAggression {
                _ = consider(
                    index.reported.groups[i], beneficiary: event.victim, adversary: event.aggressor, event: k, scenario)
            }
            for i in index.reported.range(event.aggressor) {
                let group = index.reported.groups[i]
                guard group.kind == .neutrality, !group.has(DutyGroup.attackedOnlyFlag) else { continue }
                _ = consider(group, beneficiary: event.aggressor, adversary: event.victim, event: k, scenario)
            }
        }
        // Forces stationed in the victim's territory are attacked with it.
        if case .territory(let host) = event.theatre, host == event.victim {
            for forces in index.forces[Int(host.index)] where forces.sender != event.aggressor {
                let target = sideOf(event.victim) ?? .defenders
                if let draw, !draw.entersWithForces(forces.sender, side: target) { continue }
                let cause = Entry.Cause.forces(deployment: forces.deployment, attack: k)
                if let culprit = enter(
                    forces.sender, on: target, cause: cause, against: event.aggressor,
                    aggression: aggression(host), event: k, scenario)
                {
                    return culprit
                }
            }
        }
        // Forces stationed at a place are attacked by an attack there (and only there).
        if case .place(let p) = event.theatre {
            for forces in index.placeForces[p] where forces.sender != event.aggressor {
                let target = sideOf(event.victim) ?? .defenders
                if let draw, !draw.entersWithForces(forces.sender, side: target) { continue }
                let cause = Entry.Cause.forces(deployment: forces.deployment, attack: k)
                if let culprit = enter(
                    forces.sender, on: target, cause: cause, against: event.aggressor,
                    aggression: aggression(event.victim), event: k, scenario)
                {
                    return culprit
                }
            }
        }
        return nil
    }

    /// Checks a group's conditions against the attack once, records its duties, and lets them bring
    /// their obligors in.
    /// `honouring`: under an installed draw, the obligors who honour the group on the attackers' and on the
    /// defenders' side.
    private mutating func consider(
        _ group: DutyGroup, honouring: (StateSet, StateSet)? = nil, beneficiary: StateID, adversary: StateID,
        event k: Int, _ scenario: Scenario
    ) -> StateID? {
        guard index.adversarySets[Int(group.adversary)].contains(adversary) else { return nil }
        var candidates = group.obligors
        candidates.remove(adversary)
        guard !candidates.isEmpty else { return nil }
        if !recording {
            // Nothing to decide when every obligor already stands with the beneficiary, is excluded or
            // declines under the draw.
            let beneficiarySide = side[Int(beneficiary.index)]
            var open = candidates.subtracting(beneficiarySide == 1 ? attackerSet : defenderSet).subtracting(excluded)
            if let honouring { open = open.intersection(beneficiarySide == 1 ? honouring.0 : honouring.1) }
            if open.isEmpty { return nil }
        }
        let event = events[k]
        let location = index.location(group.location, event, beneficiary: beneficiary, reading: scenario.sovereignty)
        guard location != .no else { return nil }
        let provoked = DutyRules.countsAsProvoked(provoked: event.provoked, derived: event.cause != nil)
        if DutyRules.releasedByProvocation(
            group.kind, nonProvocation: group.has(DutyGroup.nonProvocationFlag), provoked: provoked)
        {
            return nil
        }
        let owedToAggressor = DutyRules.owedToAggressor(
            group.kind, attackedOnly: group.has(DutyGroup.attackedOnlyFlag), policy: scenario.policy,
            beneficiaryAggression: aggression(beneficiary))
        let base = DutyRules.status(
            owedToAggressor: owedToAggressor, uncertainCondition: group.has(DutyGroup.uncertainFlag),
            location: location)
        if recording {
            for obligor in candidates {
                record(
                    group, obligor: obligor, beneficiary: beneficiary, adversary: adversary, base: base, event: k,
                    location: location)
            }
        }
        guard DutyRules.canBringIn(group.kind, strength: group.strength, threshold: scenario.honour),
            let target = sideOf(beneficiary)
        else { return nil }
        var todo = candidates.subtracting(target == .attackers ? attackerSet : defenderSet).subtracting(excluded)
        if let honouring { todo = todo.intersection(target == .attackers ? honouring.0 : honouring.1) }
        for obligor in todo {
            guard
                DutyRules.admits(
                    status(base, group, obligor), includeUncertain: scenario.includeUncertain,
                    includeContested: scenario.includeContested)
            else { continue }
            if honouring == nil, let draw,
                !draw.honours(
                    obligor, side: target, treaty: index.provisions[Int(group.provision)].treaty,
                    strength: group.strength)
            {
                continue
            }
            // The fast path records no duties: an entry's cause is only read when explaining.
            var duty = 0
            if recording {
                let key = DutyKey(
                    obligor: obligor, beneficiary: beneficiary, adversary: adversary, provision: group.provision)
                duty = Int(seenDuties[key] ?? 0)
            }
            let aggression = DutyRules.entrantAggression(group.kind, beneficiaryAggression: aggression(beneficiary))
            if let culprit = enter(
                obligor, on: target, cause: .obligation(duty), against: adversary, aggression: aggression, event: k,
                scenario)
            {
                return culprit
            }
        }
        return nil
    }

    /// Puts `state` on `target`; returns it if it is already on the other side (bound to both sides).
    /// `aggression`: whether the state joins an aggressor's war (`uncertain`: the war of a state whose attack is
    /// disputed); it becomes an aggressor (or a disputed one) once the policy has it attack.
    private mutating func enter(
        _ state: StateID, on target: Side, cause: Entry.Cause, against adversary: StateID, aggression: Truth,
        event k: Int, _ scenario: Scenario
    ) -> StateID? {
        if excluded.contains(state) { return nil }
        if let current = sideOf(state) {
            if current == target { return nil }
            if isScenarioParticipant(state, scenario) { return nil }  // its side is given by the scenario
            if recording { recordBothSides(state, newCause: cause) }
            return state
        }
        setSide(state, target, cause: cause)
        // The policy has an entrant attack (`treaty`: attackers attack the defenders; `chain`: every entrant
        // attacks its adversary): an aggressor if it entered for an aggressor, else in collective self-defence.
        if aggression != .no && (scenario.policy == .chain || (scenario.policy == .treaty && target == .attackers)) {
            if aggression == .yes { aggressors.insert(state) } else { disputedAggressors.insert(state) }
        }
        let entryIndex = entries.count - 1
        let theatre = events[k].theatre
        switch scenario.policy {
        case .strict:
            break
        case .treaty, .chain:
            // Deriving attacks changes no side, so the states already placed on each side stay the same
            // through these loops: computed once for the fast path's checks.
            let placedDefenders = defenderSet.union(excluded)
            let placedAttackers = attackerSet.union(excluded)
            if target == .attackers {
                attackerEntrants.append(state)
                for d in defenderSet {
                    derive(
                        state, attacks: d, defending: true, theatre: theatre, cause: entryIndex,
                        placed: (placedDefenders, placedAttackers))
                }
            } else {
                for a in attackerEntrants {
                    derive(
                        a, attacks: state, defending: true, theatre: theatre, cause: entryIndex,
                        placed: (placedDefenders, placedAttackers))
                }
                if scenario.policy == .chain {
                    // The adversary of a state entering in defence stands with the attackers.
                    derive(
                        state, attacks: adversary, defending: false, theatre: theatre, cause: entryIndex,
                        placed: (placedAttackers, placedDefenders))
                }
            }
        }
        return nil
    }

    /// A provoked attack of `aggressor` on `victim`, which stand on opposite sides (the victim with the
    /// defenders when `defending`); `placed` holds the states already on the victim's side or excluded, and
    /// those on the aggressor's side or excluded.
    private mutating func derive(
        _ aggressor: StateID, attacks victim: StateID, defending: Bool, theatre: Theatre, cause: Int,
        placed: (StateSet, StateSet)
    ) {
        guard aggressor != victim else { return }
        // Fast path: an attack that can bring no one new in, nor find anyone bound to both sides, changes
        // nothing (states only ever gain a side).
        if !recording && skipping
            && bounds.settled(
                victim: victim, defending: defending, aggressor: aggressor, theatre: theatre, placed: placed)
        {
            return
        }
        events.append(AttackEvent(aggressor: aggressor, victim: victim, theatre: theatre, provoked: true, cause: cause))
    }
}
