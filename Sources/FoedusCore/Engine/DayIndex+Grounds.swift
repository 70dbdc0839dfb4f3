extension DayIndex {
    /// The ground of each of `attacks`, in order (``AttackGround``), written into `grounds` (reused scratch).
    func grounds(of attacks: [Attack], into grounds: inout [AttackGround]) {
        grounds.removeAll(keepingCapacity: true)
        for i in attacks.indices {
            grounds.append(ground(of: i, attacks, earlier: grounds))
        }
    }

    /// The ground of each of `attacks`, in order.
    public func grounds(of attacks: [Attack]) -> [AttackGround] {
        var grounds: [AttackGround] = []
        self.grounds(of: attacks, into: &grounds)
        return grounds
    }

    private func ground(of i: Int, _ attacks: [Attack], earlier: [AttackGround]) -> AttackGround {
        let attack = attacks[i]
        var collective: AttackGround?
        for j in 0..<i where earlier[j].isAggression && attacks[j].aggressor == attack.victim {
            let answered = attacks[j]
            if answered.victim == attack.aggressor { return .selfDefence(answering: j) }
            if collective == nil,
                let provision = defenceDuty(
                    of: attack.aggressor, to: answered.victim, against: answered.aggressor,
                    theatre: theatre(of: answered), provoked: answered.provoked)
            {
                collective = .collectiveSelfDefence(answering: j, beneficiary: answered.victim, provision: provision)
            }
        }
        return collective ?? .aggression
    }

    /// The first defence provision by which `obligor` owes `beneficiary` help against an attack of `adversary`
    /// in `theatre`, whatever its strength and status: the conditions of the cascade (adversary, location,
    /// non-provocation), not the honouring threshold, decide whether a duty exists.
    func defenceDuty(
        of obligor: StateID, to beneficiary: StateID, against adversary: StateID, theatre: Theatre, provoked: Bool
    ) -> ProvisionRef? {
        for i in defense.range(beneficiary) {
            let group = defense.groups[i]
            guard group.obligors.contains(obligor), adversarySets[Int(group.adversary)].contains(adversary),
                locations.check(group.location, theatre) != .no,
                !(provoked && group.has(DutyGroup.nonProvocationFlag))
            else { continue }
            return provisions[Int(group.provision)]
        }
        return nil
    }
}
