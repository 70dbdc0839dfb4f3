extension DayIndex {
    /// The ground of each of `attacks`, in order (``AttackGround``), under the sovereignty `reading`, written into
    /// `grounds` (reused scratch).
    func grounds(of attacks: [Attack], reading: SovereigntyReading, into grounds: inout [AttackGround]) {
        grounds.removeAll(keepingCapacity: true)
        // No array of places: this runs for every scenario of the fast path, which allocates nothing.
        guard reading == .disputed, let first = attacks.firstIndex(where: { disputedPlace(of: $0) != nil }) else {
            let claimant = reading == .claimant
            for i in attacks.indices {
                grounds.append(ground(of: i, attacks, earlier: grounds, claimant: claimant))
            }
            return
        }
        // Under the `disputed` reading, each attack is read under both readings; where they differ, whether it is
        // an aggression depends on whose territory the first disputed place is.
        var administrator: [AttackGround] = []
        var claimant: [AttackGround] = []
        for i in attacks.indices {
            administrator.append(ground(of: i, attacks, earlier: administrator, claimant: false))
            claimant.append(ground(of: i, attacks, earlier: claimant, claimant: true))
            let same = administrator[i] == claimant[i]
            grounds.append(
                same
                    ? administrator[i]
                    : .disputed(
                        place: disputedPlace(of: attacks[i]) ?? disputedPlace(of: attacks[first]) ?? 0,
                        administrator: administrator[i], claimant: claimant[i]))
        }
    }

    /// The ground of each of `attacks`, in order, under the sovereignty `reading`.
    public func grounds(of attacks: [Attack], reading: SovereigntyReading = .disputed) -> [AttackGround] {
        var grounds: [AttackGround] = []
        self.grounds(of: attacks, reading: reading, into: &grounds)
        return grounds
    }

    /// The place of disputed sovereignty (index into ``World/places``) where `attack` happens, if any.
    private func disputedPlace(of attack: Attack) -> Int? {
        guard case .place(let p) = theatre(of: attack), p < disputes.count, disputes[p] != nil else { return nil }
        return p
    }

    /// The ground of attack `i` under one reading (the claimants' or the administrator's), given the grounds of
    /// the attacks before it under the same reading.
    private func ground(of i: Int, _ attacks: [Attack], earlier: [AttackGround], claimant: Bool) -> AttackGround {
        let attack = attacks[i]
        if let p = disputedPlace(of: attack), let dispute = disputes[p],
            dispute.sovereigns(claimant: claimant).contains(attack.aggressor),
            dispute.opponents(claimant: claimant).contains(attack.victim)
        {
            return .ownTerritory(place: p)
        }
        let reading: SovereigntyReading = claimant ? .claimant : .administrator
        var collective: AttackGround?
        for j in 0..<i where earlier[j].isAggression && attacks[j].aggressor == attack.victim {
            let answered = attacks[j]
            if answered.victim == attack.aggressor { return .selfDefense(answering: j) }
            if collective == nil,
                let provision = defenseDuty(of: attack.aggressor, answering: answered, reading: reading)
            {
                collective = .collectiveSelfDefense(answering: j, beneficiary: answered.victim, provision: provision)
            }
        }
        return collective ?? .aggression
    }

    /// The first defence provision by which `obligor` owes the victim of `answered` help against its aggressor,
    /// whatever its strength and status: the conditions of the cascade (adversary, location under `reading`,
    /// non-provocation), not the honouring threshold, decide whether a duty exists.
    private func defenseDuty(of obligor: StateID, answering answered: Attack, reading: SovereigntyReading)
        -> ProvisionRef?
    {
        let event = AttackEvent(
            aggressor: answered.aggressor, victim: answered.victim, theatre: theatre(of: answered),
            provoked: answered.provoked, cause: nil)
        for i in defense.range(answered.victim) {
            let group = defense.groups[i]
            guard group.obligors.contains(obligor), adversarySets[Int(group.adversary)].contains(answered.aggressor),
                location(group.location, event, beneficiary: answered.victim, reading: reading) != .no,
                !(answered.provoked && group.has(DutyGroup.nonProvocationFlag))
            else { continue }
            return provisions[Int(group.provision)]
        }
        return nil
    }
}
