extension ScenarioResult {
    /// Explains why `state` is, or is not, in the war: every treaty that links it to a belligerent, and
    /// what stops each duty (dates, membership, suspension, conditions, status, threshold), one value for each
    /// clause and counterpart. Presentation puts them in words (`ExplanationText` in FoedusApp).
    ///
    /// Built only on request, from the ``World``: nothing here runs during evaluation.
    public func explain(_ state: StateID, in world: World) -> [Explanation] {
        let table = world.states
        let day = scenario.day
        guard table[state].exists(on: day) else { return [Explanation(reason: .notInSystem, finding: .notInSystem)] }
        var out: [Explanation] = []
        if let entry = entry(of: state) {
            out.append(Explanation(reason: .entered, finding: .entered(entry)))
        }
        var belligerents = attackers.union(defenders)
        for a in attacks { belligerents.insert(a.victim) }
        let ccode = table[state].ccode
        for (t, treaty) in world.treaties.enumerated() {
            guard treaty.parties.contains(where: { $0.ccode == ccode }) else { continue }
            let partners = treaty.parties.compactMap { table.id(ccode: $0.ccode) }.filter {
                $0 != state && belligerents.contains($0)
            }
            guard !partners.isEmpty else { continue }
            out += explain(state, treaty: treaty, index: t, partners: Array(Set(partners)).sorted(), world: world)
        }
        var seen = Set<Explanation>()
        out = out.filter { seen.insert($0).inserted }
        if out.isEmpty { out.append(Explanation(reason: .noTreaty, finding: .noTreaty)) }
        return out
    }

    private func explain(_ state: StateID, treaty: Treaty, index t: Int, partners: [StateID], world: World)
        -> [Explanation]
    {
        let table = world.states
        let day = scenario.day
        func note(_ reason: Explanation.Reason, _ finding: Explanation.Finding, counterpart: StateID? = nil)
            -> Explanation
        {
            Explanation(reason: reason, treaty: t, counterpart: counterpart, finding: finding)
        }
        // Coded alliances (ATOP) not yet signed or over would bury the answer: only curated treaties
        // are listed for those reasons.
        let curated = !treaty.isFromATOP
        if day < treaty.signed.first {
            // A treaty signed within the year after the day is worth naming; later ones are not.
            let soon = treaty.signed.first <= day.adding(days: 366)
            return curated && soon ? [note(.notYetSigned, .notYetSigned)] : []
        }
        switch treaty.inForce(on: day) {
        case .no where day < treaty.inForce.first:
            return [note(.notYetInForce, .notYetInForce)]
        case .no:
            return curated ? [note(.terminated, .terminated)] : []
        default: break
        }
        let ccode = table[state].ccode
        let periods = treaty.parties.filter { $0.ccode == ccode }
        if !periods.contains(where: { $0.member(on: day, treaty: treaty) != .no }) {
            return [note(.notAParty, .notAParty)]
        }
        let entryKinds = treaty.provisions.indices.filter {
            treaty.provisions[$0].kind.decidesEntry && treaty.provisions[$0].applies(on: day) != .no
        }
        // A party that owes none of the treaty's defence or offence duties (an asymmetric treaty: Iraq in the
        // Anglo-Iraqi treaty of 1930 owes facilities, not war) is told so, not left without a word.
        let owedByOthers = entryKinds.filter { treaty.provisions[$0].obligors.map { !$0.contains(ccode) } ?? false }
        if !entryKinds.isEmpty, owedByOthers.count == entryKinds.count {
            return [note(.noDefenseClause, .owesNoEntryDuty(provisions: owedByOthers))]
        }
        if entryKinds.isEmpty {
            let onlyConsult = !treaty.provisions.isEmpty && treaty.provisions.allSatisfy { $0.kind == .consultation }
            return [
                onlyConsult ? note(.consultationOnly, .consultationOnly) : note(.noDefenseClause, .noEntryClause)
            ]
        }
        var out: [Explanation] = []
        for partner in partners {
            let partnerCode = table[partner].ccode
            let partnerPeriods = treaty.parties.filter { $0.ccode == partnerCode }
            if !partnerPeriods.contains(where: { $0.member(on: day, treaty: treaty) != .no }) {
                out.append(note(.beneficiaryNotAParty, .beneficiaryNotAParty, counterpart: partner))
                continue
            }
            if let s = treaty.suspensions.firstIndex(where: {
                $0.covers(obligor: ccode, beneficiary: partnerCode) && $0.basis != .political
                    && $0.applies(on: day) == .yes
            }) {
                out.append(note(.suspended, .suspended(suspension: s), counterpart: partner))
                continue
            }
            // Wordings not in force on the day matter only if none is (amended or phased clauses).
            let current = !entryKinds.isEmpty
            for (p, provision) in treaty.provisions.enumerated() where provision.kind.decidesEntry {
                if current && provision.applies(on: day) == .no { continue }
                let ref = ProvisionRef(treaty: t, provision: p)
                out += explain(state, provision: provision, ref: ref, partner: partner, world: world).map {
                    Explanation(reason: $0.0, treaty: t, provision: ref, counterpart: partner, finding: $0.1)
                }
            }
        }
        return out
    }

    private func explain(
        _ state: StateID, provision: Provision, ref: ProvisionRef, partner: StateID, world: World
    ) -> [(Explanation.Reason, Explanation.Finding)] {
        let table = world.states
        if provision.applies(on: scenario.day) == .no { return [(.provisionNotApplicable, .wordingNotInForce)] }
        if let obligors = provision.obligors, !obligors.contains(table[state].ccode) { return [] }
        if let beneficiaries = provision.beneficiaries, !beneficiaries.contains(table[partner].ccode) { return [] }
        // The duty exists in the result: say what became of it.
        if let i = obligations.firstIndex(where: {
            $0.obligor == state && $0.beneficiary == partner && $0.provision == ref
        }) {
            let duty = obligations[i]
            if side(of: state) != nil { return [] }
            let restraint = outside.first { $0.state == state }?.duties.first { $0.obligation == i }?.restraint
            switch restraint {
            case .contested?: return [(.owedToAggressor, .owedToAggressor)]
            case .uncertain?: return [(.uncertainExcluded, .uncertain(uncertainty(of: duty, world)))]
            case .belowThreshold?: return [(.belowThreshold, .belowThreshold(duty.strength))]
            case .boundToBothSides?: return [(.boundToBothSides, .boundToBothSides)]
            default: return []
            }
        }
        // Why the clause was not triggered by the attacks on (or by) the partner.
        var out: [(Explanation.Reason, Explanation.Finding)] = []
        let relevant = attacks.indices.filter {
            provision.kind == .defense ? attacks[$0].victim == partner : attacks[$0].aggressor == partner
        }
        for a in relevant {
            let attack = attacks[a]
            let adversary = provision.kind == .defense ? attack.aggressor : attack.victim
            if adversary == state { continue }
            let treaty = world.treaties[ref.treaty]
            let adversaryCode = table[adversary].ccode
            let adversaryIsParty = treaty.parties.contains {
                $0.ccode == adversaryCode && $0.member(on: scenario.day, treaty: treaty) != .no
            }
            let provoked = DutyRules.countsAsProvoked(provoked: attack.provoked, derived: attack.cause != nil)
            if !DutyRules.admits(provision.conditions.adversary, adversary: adversaryCode, isParty: adversaryIsParty) {
                out.append((.adversaryCondition, .adversaryCondition(adversary: adversary)))
            } else if DutyRules.releasedByProvocation(
                provision.kind, nonProvocation: provision.conditions.nonProvocation, provoked: provoked)
            {
                out.append((.provoked, .provoked))
            } else {
                out.append((.locationCondition, .locationCondition(attack: a)))
            }
        }
        if relevant.isEmpty && provision.kind == .offense {
            out.append((.noDefenseClause, .counterpartAttacksNoOne))
        }
        return out
    }

    /// Why a duty is `uncertain`: the first of the clause's own condition, a disputed place, the theatre, a
    /// political suspension, else a date known only to the month or year.
    private func uncertainty(of duty: Obligation, _ world: World) -> Explanation.Uncertainty {
        let treaty = world.treaties[duty.provision.treaty]
        let provision = treaty.provisions[duty.provision.provision]
        if provision.conditions.uncertain != nil { return .statedCondition }
        if duty.location == .uncertain,
            let p = disputedSovereigntyPlace(attack: duty.attack, location: provision.conditions.location, world: world)
        {
            return .disputedSovereignty(attack: duty.attack, place: p)
        }
        if let p = disputedAggressorPlace(duty, world: world) { return .disputedAggressor(place: p) }
        if duty.location == .uncertain { return .theatre }
        let code = world.states[duty.obligor].ccode
        let beneficiary = world.states[duty.beneficiary].ccode
        if let s = treaty.suspensions.firstIndex(where: {
            $0.covers(obligor: code, beneficiary: beneficiary) && $0.basis == .political
        }) {
            return .politicalSuspension(suspension: s)
        }
        return .partialDate
    }
}
