/// What a run keeps besides the two sides: the recording strategy of ``Evaluator/Run``.
enum Recording: Sendable {
    /// Every duty an attack triggers, its status and clause, the cause of each entry and the conflicts of a
    /// state bound to both sides: everything a result and its explanations need (``Evaluator/evaluate(_:)``).
    case full
    /// Only who stands on which side: the fast path for benchmarks and Monte Carlo simulation
    /// (``Evaluator/sides(_:)``). It may skip work that changes no side: groups whose obligors are all placed or
    /// decline, and attacks the bounds show to be settled.
    case sidesOnly
}

/// The duties a run records for explanations, and the conflicts of a state bound to both sides
/// (``Recording/full``).
extension Evaluator.Run {
    func obligation(
        _ group: DutyGroup, obligor: StateID, beneficiary: StateID, adversary: StateID, status: Obligation.Status,
        event k: Int, location: Truth
    ) -> Obligation {
        Obligation(
            obligor: obligor, beneficiary: beneficiary, adversary: adversary, kind: group.kind,
            strength: group.strength,
            status: status, provision: index.provisions[Int(group.provision)], attack: k, location: location,
            assumedRequest: group.has(DutyGroup.requestFlag))
    }

    mutating func record(
        _ group: DutyGroup, obligor: StateID, beneficiary: StateID, adversary: StateID, base: Obligation.Status,
        event k: Int, location: Truth
    ) {
        let key = DutyKey(obligor: obligor, beneficiary: beneficiary, adversary: adversary, provision: group.provision)
        guard seenDuties[key] == nil else { return }
        seenDuties[key] = Int32(obligations.count)
        obligations.append(
            obligation(
                group, obligor: obligor, beneficiary: beneficiary, adversary: adversary,
                status: DutyRules.obligorStatus(base, uncertainObligor: group.uncertainObligors.contains(obligor)),
                event: k, location: location))
    }

    /// The index in `obligations` of a duty recorded by ``record(_:obligor:beneficiary:adversary:base:event:location:)``.
    func recordedDuty(_ group: DutyGroup, obligor: StateID, _ beneficiary: StateID, _ adversary: StateID) -> Int {
        let key = DutyKey(obligor: obligor, beneficiary: beneficiary, adversary: adversary, provision: group.provision)
        return Int(seenDuties[key] ?? 0)
    }

    func isScenarioParticipant(_ state: StateID, _ scenario: Scenario) -> Bool {
        scenario.attacks.contains { $0.aggressor == state || $0.victim == state }
    }

    mutating func recordBothSides(_ state: StateID, newCause: Entry.Cause) {
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
