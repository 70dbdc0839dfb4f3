/// The steps of the cascade: an attack brings in the obligors of the duties it triggers and the senders of
/// forces stationed where it strikes; an entry derives new attacks under the escalation policy.
extension Evaluator.Run {
    mutating func process(event k: Int, _ scenario: Scenario) -> StateID? {
        let event = events[k]
        if event.provoked && settled(victim: event.victim, aggressor: event.aggressor, theatre: event.theatre) {
            return nil
        }
        // Defence owed to the victim; offence owed to the aggressor (join its war).
        for i in index.defense.range(event.victim) {
            let group = index.defense.groups[i]
            let honouring = mode.prepared.map { ($0.defense[2 * i], $0.defense[2 * i + 1]) }
            if let culprit = consider(
                group, honouring: honouring, beneficiary: event.victim, adversary: event.aggressor, event: k, scenario)
            {
                return culprit
            }
        }
        for i in index.offense.range(event.aggressor) {
            let group = index.offense.groups[i]
            let honouring = mode.prepared.map { ($0.offense[2 * i], $0.offense[2 * i + 1]) }
            if let culprit = consider(
                group, honouring: honouring, beneficiary: event.aggressor, adversary: event.victim, event: k, scenario)
            {
                return culprit
            }
        }
        if mode.recording == .full {
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
                if let draw = mode.draw, !draw.entersWithForces(forces.sender, side: target) { continue }
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
                if let draw = mode.draw, !draw.entersWithForces(forces.sender, side: target) { continue }
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
    /// `honouring`: under a prepared draw, the obligors who honour the group on the attackers' and on the
    /// defenders' side.
    private mutating func consider(
        _ group: DutyGroup, honouring: (StateSet, StateSet)? = nil, beneficiary: StateID, adversary: StateID,
        event k: Int, _ scenario: Scenario
    ) -> StateID? {
        guard index.adversarySets[Int(group.adversary)].contains(adversary) else { return nil }
        var candidates = group.obligors
        candidates.remove(adversary)
        guard !candidates.isEmpty else { return nil }
        if mode.recording == .sidesOnly {
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
        if mode.recording == .full {
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
        todo = todo.intersection(
            DutyRules.admissibleObligors(
                group.obligors, uncertainObligors: group.uncertainObligors, groupStatus: base,
                includeUncertain: scenario.includeUncertain, includeContested: scenario.includeContested))
        for obligor in todo {
            if honouring == nil, let draw = mode.draw,
                !draw.honours(
                    obligor, side: target, treaty: index.provisions[Int(group.provision)].treaty,
                    strength: group.strength)
            {
                continue
            }
            // The fast path records no duties: an entry's cause is only read when explaining.
            let duty = mode.recording == .full ? recordedDuty(group, obligor: obligor, beneficiary, adversary) : 0
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
            if mode.recording == .full { recordBothSides(state, newCause: cause) }
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
        if mode.skipping
            && bounds.settled(
                victim: victim, defending: defending, aggressor: aggressor, theatre: theatre, placed: placed)
        {
            return
        }
        events.append(AttackEvent(aggressor: aggressor, victim: victim, theatre: theatre, provoked: true, cause: cause))
    }

    /// Whether every state a provoked attack of `aggressor` on `victim` could bring in is already on the side
    /// it would join (or excluded); `false` when the run skips nothing. `mutating` only so that calling it from
    /// the cascade does not copy the run.
    private mutating func settled(victim: StateID, aggressor: StateID, theatre: Theatre) -> Bool {
        guard mode.skipping else { return false }
        let victimSide = side[Int(victim.index)]
        let aggressorSide = side[Int(aggressor.index)]
        return bounds.settled(
            victim: victim, on: victimSide, aggressor: aggressor, on: aggressorSide, theatre: theatre,
            placed: (
                (victimSide == 1 ? attackerSet : defenderSet).union(excluded),
                (aggressorSide == 1 ? attackerSet : defenderSet).union(excluded)
            ))
    }
}
