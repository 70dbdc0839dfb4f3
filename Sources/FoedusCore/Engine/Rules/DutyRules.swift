/// The rules that decide whether a coded duty arises from an attack, what its status is and whether it brings
/// its obligor into the war (EngineSemantics.md, "Duties"), in one place: the day's index is built with them
/// (``DayIndexBuilder``), the cascade runs with them (``Evaluator``), the fast path bounds with them
/// (``PairBounds``) and the explanations give their reasons with them (``ScenarioResult/explain(_:in:)``), so
/// the four cannot differ. Pure functions of the clause, the attack and the scenario's rules.
public enum DutyRules {
    // MARK: - Does the duty arise?

    /// Whether an attack counts as provoked: the scenario says its victim provoked it, or the escalation policy
    /// derived it from an entry (a derived attack answers the war, so it is never an unprovoked armed attack).
    public static func countsAsProvoked(provoked: Bool, derived: Bool) -> Bool { provoked || derived }

    /// Whether a clause's non-provocation condition releases its duty for an attack. The condition ("unless the
    /// ally provoked the attack") protects a party from a war its beneficiary provoked: it applies to duties owed
    /// to an attacked beneficiary. An offence duty is owed to the attacker, so the condition has no object there
    /// and never releases it.
    public static func releasedByProvocation(_ kind: Provision.Kind, nonProvocation: Bool, provoked: Bool) -> Bool {
        nonProvocation && kind != .offense && provoked
    }

    /// Whether an adversary condition admits an adversary (`isParty`: the adversary is a party to the treaty on
    /// the day). A duty never binds its obligor against itself, whatever the condition.
    public static func admits(_ condition: Conditions.Adversary, adversary ccode: Int, isParty: Bool) -> Bool {
        switch condition {
        case .any: true
        case .nonMembers: !isParty
        case .states(let codes): codes.contains(ccode)
        }
    }

    /// The adversaries a condition admits among the states alive on a day, as a set (the day index's form of
    /// ``admits(_:adversary:isParty:)``; a test checks the two agree state by state).
    static func adversaries(
        _ condition: Conditions.Adversary, alive: StateSet, parties: StateSet, table: StateTable
    ) -> StateSet {
        switch condition {
        case .any: alive
        case .nonMembers: alive.subtracting(parties)
        case .states(let codes): StateSet(codes.compactMap(table.id(ccode:)))
        }
    }

    // MARK: - Its status

    /// Whether the duty arises only for a beneficiary that is attacked (defence; neutrality "if attacked"), so
    /// that it is contested when the beneficiary is itself an aggressor in the war.
    public static func dependsOnBeingAttacked(_ kind: Provision.Kind, attackedOnly: Bool) -> Bool {
        kind == .defense || (kind == .neutrality && attackedOnly)
    }

    /// Whether the duty is owed to an aggressor (`uncertain`: to a state whose attack is an aggression only under
    /// one reading of a disputed place). Under `chain` every entrant answers for its adversary, so the question is
    /// not asked (`no`).
    public static func owedToAggressor(
        _ kind: Provision.Kind, attackedOnly: Bool, policy: EscalationPolicy, beneficiaryAggression: Truth
    ) -> Truth {
        policy != .chain && dependsOnBeingAttacked(kind, attackedOnly: attackedOnly) ? beneficiaryAggression : .no
    }

    /// A duty's status: `contested` when owed to an aggressor; `uncertain` when a condition, a date, the
    /// location, the obligor's membership or suspension, or the aggressor question cannot be settled;
    /// otherwise `binding`.
    public static func status(
        owedToAggressor: Truth, uncertainCondition: Bool, location: Truth, uncertainObligor: Bool = false
    ) -> Obligation.Status {
        let group: Obligation.Status =
            if owedToAggressor == .yes {
                .contested
            } else if uncertainCondition || location == .uncertain || owedToAggressor == .uncertain {
                .uncertain
            } else {
                .binding
            }
        return obligorStatus(group, uncertainObligor: uncertainObligor)
    }

    // MARK: - Does it bring its obligor in?

    /// Whether a duty of this kind and strength can bring its obligor into the war under a threshold: defence
    /// and offence duties only, of a strength the threshold admits (an uncoded strength never does).
    public static func canBringIn(
        _ kind: Provision.Kind, strength: Provision.Strength?, threshold: HonourThreshold
    ) -> Bool {
        guard kind.decidesEntry, let strength else { return false }
        return threshold.admits(strength)
    }

    /// Whether a status lets the duty bring its obligor in, given what the scenario includes.
    public static func admits(_ status: Obligation.Status, includeUncertain: Bool, includeContested: Bool) -> Bool {
        switch status {
        case .binding: true
        case .uncertain: includeUncertain
        case .contested: includeContested
        }
    }

    /// Whether an obligor entering under the duty joins an aggressor's war: always by an offence duty (it joins
    /// the attack); by a defence duty only when owed to an aggressor. Executing a defence duty owed to anyone
    /// else is collective self-defence.
    public static func entrantAggression(_ kind: Provision.Kind, beneficiaryAggression: Truth) -> Truth {
        kind == .offense ? .yes : beneficiaryAggression
    }

    /// Why a defence or offence duty left its obligor out of the war, in the order the cascade decides it: bound
    /// to both sides (excluded), below the threshold (or of no coded strength), owed to an aggressor, else
    /// uncertain and not included.
    public static func restraint(
        excluded: Bool, strength: Provision.Strength?, status: Obligation.Status, threshold: HonourThreshold
    ) -> ScenarioResult.Restraint {
        if excluded { return .boundToBothSides }
        guard let strength, threshold.admits(strength) else { return .belowThreshold }
        return status == .contested ? .contested : .uncertain
    }
}
