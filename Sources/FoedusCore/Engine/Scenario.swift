/// One attack of a scenario: `aggressor → victim` in a theatre.
public struct Attack: Hashable, Sendable {
    public var aggressor: StateID
    public var victim: StateID
    /// Where the attack takes place; `nil` = the victim's home territory.
    public var theatre: Theatre?
    /// The victim provoked the attack (non-provocation clauses then do not bind).
    public var provoked: Bool

    public init(aggressor: StateID, victim: StateID, theatre: Theatre? = nil, provoked: Bool = false) {
        self.aggressor = aggressor
        self.victim = victim
        self.theatre = theatre
        self.provoked = provoked
    }
}

/// Where an attack takes place.
public enum Theatre: Hashable, Sendable {
    /// A state's home territory.
    case territory(StateID)
    /// A gazetteer place, by its index in ``World/places``.
    case place(Int)
}

/// A day, one or more attacks forming one war, and the rules for who enters.
public struct Scenario: Hashable, Sendable {
    public var day: Day
    public var attacks: [Attack]
    public var policy: EscalationPolicy
    public var honour: HonourThreshold
    /// Let `uncertain` duties lead to entry.
    public var includeUncertain: Bool
    /// Let `contested` duties (owed to an aggressor) lead to entry.
    public var includeContested: Bool
    /// Whose territory a place of disputed sovereignty counts as (default: disputed, duties that depend on it
    /// are `uncertain`).
    public var sovereignty: SovereigntyReading

    public init(
        day: Day, attacks: [Attack], policy: EscalationPolicy = .treaty, honour: HonourThreshold = .discretionary,
        includeUncertain: Bool = false, includeContested: Bool = false, sovereignty: SovereigntyReading = .disputed
    ) {
        self.day = day
        self.attacks = attacks
        self.policy = policy
        self.honour = honour
        self.includeUncertain = includeUncertain
        self.includeContested = includeContested
        self.sovereignty = sovereignty
    }
}
