extension Evaluator.Run {
    /// The result of the run just ended (``Recording/full``): sides, entries, duties, outside states, conflicts
    /// and violations.
    func result(_ scenario: Scenario) -> ScenarioResult {
        let (attackers, defenders) = (attackerSet, defenderSet)
        var result = ScenarioResult(
            scenario: scenario, attacks: events, obligations: obligations, entries: entries, attackers: attackers,
            defenders: defenders, outside: [], conflicts: [], excluded: excluded, grounds: grounds,
            aggressors: aggressors, disputedAggressors: disputedAggressors)
        result.outside = outside(in: result)
        result.conflicts = restartConflicts + pledgeConflicts(in: result) + treatyConflicts(in: result)
        return result
    }

    private func outside(in result: ScenarioResult) -> [ScenarioResult.Outside] {
        var byState: [StateID: [ScenarioResult.RestrainedDuty]] = [:]
        let scenario = result.scenario
        for (i, o) in result.obligations.enumerated() where o.kind.decidesEntry && result.side(of: o.obligor) == nil {
            let restraint = DutyRules.restraint(
                excluded: result.excluded.contains(o.obligor), strength: o.strength, status: o.status,
                threshold: scenario.honour)
            byState[o.obligor, default: []].append(.init(obligation: i, restraint: restraint))
        }
        return byState.keys.sorted().map { ScenarioResult.Outside(state: $0, duties: byState[$0] ?? []) }
    }

    /// Pledges broken by attacks and by entries.
    private func pledgeConflicts(in result: ScenarioResult) -> [Conflict] {
        var conflicts: [Conflict] = []
        var seen = Set<[Int]>()
        // Aggressors breaking their non-aggression pledges, specific before general: the scenario's own
        // aggressions (not an attack in self-defence), and the attacks of states that joined the attacking side
        // for an aggressor (not a defender's counter-attack). At a place of disputed sovereignty, force used
        // against the other side of the dispute breaks such pledges whoever holds title (``AttackGround/breachesPledges``);
        // where the breach still depends on whose territory the place is, it is reported as disputed.
        for (i, event) in result.attacks.enumerated() {
            let breach = event.cause == nil ? result.grounds[i].breachesPledges : attackerAggression(event, in: result)
            guard breach != .no else { continue }
            let pledges = index.pledges(from: event.aggressor, to: event.victim, kinds: [.nonAggression])
                .sorted { !$0.0.has(DutyGroup.generalFlag) && $1.0.has(DutyGroup.generalFlag) }
            for (_, ref) in pledges {
                let key = [0, Int(event.aggressor.index), Int(event.victim.index), ref.treaty]
                guard seen.insert(key).inserted else { continue }
                conflicts.append(
                    Conflict(
                        kind: .aggressorBreaksPledge, states: [event.aggressor, event.victim], treaties: [ref.treaty],
                        provisions: [ref], obligations: [],
                        disputedPlace: breach == .uncertain ? result.disputedPlace : nil))
            }
        }
        // Entrants acting against states they pledged not to act against.
        for entry in result.entries {
            guard case .obligation(let o) = entry.cause else { continue }
            let duty = result.obligations[o]
            let target = duty.adversary
            let specific = index.pledges(from: entry.state, to: target, kinds: [.nonAggression, .neutrality])
                .filter { !$0.0.has(DutyGroup.generalFlag) }
            // Collective self-defence against an aggressor breaches no pact: only acting against a state that
            // is itself the victim of an aggression (by the scenario, or by the time of entry) does; a state
            // struck in self-defence is not.
            let attacked = result.attacks.enumerated().reduce(Truth.no) { truth, pair in
                let (i, a) = pair
                guard a.victim == target, truth != .yes else { return truth }
                let aggression: Truth =
                    a.cause == nil
                    ? result.grounds[i].aggression : i <= duty.attack ? result.aggression(a.aggressor) : .no
                return aggression == .no ? truth : aggression
            }
            guard attacked != .no else { continue }
            let breaches =
                specific.map { (Conflict.Kind.defenseAgainstPledgedVictim, $0.1) }
                + index.pledges(from: entry.state, to: target, kinds: [.noAidToAggressor, .nonParticipation])
                .map { (Conflict.Kind.entryBreaksPledge, $0.1) }
            for (kind, ref) in breaches {
                let key = [kind == .entryBreaksPledge ? 2 : 1, Int(entry.state.index), Int(target.index), ref.treaty]
                guard seen.insert(key).inserted else { continue }
                conflicts.append(
                    Conflict(
                        kind: kind, states: [entry.state, target], treaties: [duty.provision.treaty, ref.treaty],
                        provisions: [duty.provision, ref], obligations: [duty],
                        disputedPlace: attacked == .uncertain ? result.disputedPlace : nil))
            }
        }
        return conflicts
    }

    /// Whether a derived attack is an aggression: its author joined the attacking side for an aggressor (`yes`),
    /// or for a state whose attack is disputed (`uncertain`); a defender's counter-attack is not.
    private func attackerAggression(_ event: AttackEvent, in result: ScenarioResult) -> Truth {
        result.side(of: event.aggressor) == .attackers ? result.aggression(event.aggressor) : .no
    }

    /// Treaties with parties on both sides.
    private func treatyConflicts(in result: ScenarioResult) -> [Conflict] {
        var conflicts: [Conflict] = []
        for (t, parties) in index.treatyParties.enumerated() where !parties.isEmpty {
            let a = parties.intersection(result.attackers)
            let d = parties.intersection(result.defenders)
            guard !a.isEmpty, !d.isEmpty else { continue }
            conflicts.append(
                Conflict(
                    kind: .treatyMembersOnBothSides, states: Array(a) + Array(d), treaties: [t], provisions: [],
                    obligations: []))
        }
        return conflicts
    }
}
