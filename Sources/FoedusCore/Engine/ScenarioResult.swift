/// What a scenario comes to: the attacks, the duties they trigger, who enters on which side and why,
/// who is bound but stays out, and the conflicts.
public struct ScenarioResult: Sendable {
    /// Why a duty did not bring its obligor in.
    public enum Restraint: String, Hashable, Sendable, CaseIterable {
        /// Discretionary while the threshold is `automatic`.
        case belowThreshold
        /// `uncertain`, and uncertain duties were not included.
        case uncertain
        /// Owed to an aggressor, and contested duties were not included.
        case contested
        /// Bound to both sides: stays out.
        case boundToBothSides
        /// Already on the other side.
        case onOtherSide
    }

    /// A duty that did not bring its obligor in, and why.
    public struct RestrainedDuty: Hashable, Sendable {
        /// Index into ``ScenarioResult/obligations``.
        public var obligation: Int
        public var restraint: Restraint
    }

    /// A state bound by an entry-deciding duty that stays out.
    public struct Outside: Hashable, Sendable {
        public var state: StateID
        public var duties: [RestrainedDuty]
    }

    public var scenario: Scenario
    public var attacks: [AttackEvent]
    public var obligations: [Obligation]
    public var entries: [Entry]
    public var attackers: StateSet
    public var defenders: StateSet
    public var outside: [Outside]
    public var conflicts: [Conflict]
    /// States excluded for being bound to both sides.
    public var excluded: StateSet
    /// The ground of each of the scenario's attacks (aggression or self-defence), by index.
    public var grounds: [AttackGround]
    /// The states that attacked on the ground of aggression, by the scenario or by joining an aggressor's war.
    public var aggressors: StateSet
    /// The states whose attack is an aggression under one sovereignty reading and not under the other (the
    /// `disputed` reading at a place of disputed sovereignty): duties owed to them are `uncertain`.
    public var disputedAggressors: StateSet

    /// The place of disputed sovereignty (index into ``World/places``) on which the first disputed attack's ground
    /// depends, if any.
    public var disputedPlace: Int? {
        for ground in grounds { if case .disputed(let p, _, _) = ground { return p } }
        return nil
    }

    /// Whether `state` attacked as an aggressor: `uncertain` when that depends on whose territory a disputed place is.
    public func aggression(_ state: StateID) -> Truth {
        aggressors.contains(state) ? .yes : disputedAggressors.contains(state) ? .uncertain : .no
    }

    /// The side a state is on, if any.
    public func side(of state: StateID) -> Side? {
        attackers.contains(state) ? .attackers : defenders.contains(state) ? .defenders : nil
    }

    /// The entry of a state, if it is in the war.
    public func entry(of state: StateID) -> Entry? { entries.first { $0.state == state } }

    /// The chain of entries that brought `state` in, from the scenario's own participants to it.
    public func reasonChain(of state: StateID) -> [Entry] {
        var chain: [Entry] = []
        var current = entry(of: state)
        var guardCount = 0
        while let e = current, guardCount <= entries.count {
            chain.append(e)
            guardCount += 1
            let attack: Int
            switch e.cause {
            case .scenario:
                current = nil
                continue
            case .obligation(let o): attack = obligations[o].attack
            case .forces(_, let a): attack = a
            }
            current = attacks[attack].cause.map { entries[$0] }
        }
        return chain.reversed()
    }
}
