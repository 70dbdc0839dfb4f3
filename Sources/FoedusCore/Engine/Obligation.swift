/// A duty that an attack triggers: who must do what for whom, against whom, under which provision.
public struct Obligation: Hashable, Sendable {
    /// How firmly the duty stands in this scenario.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Every condition holds.
        case binding
        /// A condition the data cannot settle, or a political freeze.
        case uncertain
        /// Owed to a state that is itself an aggressor in this war.
        case contested
    }

    public var obligor: StateID
    public var beneficiary: StateID
    /// The state the duty is directed against.
    public var adversary: StateID
    public var kind: Provision.Kind
    public var strength: Provision.Strength?
    public var status: Status
    public var provision: ProvisionRef
    /// The attack (index into ``ScenarioResult/attacks``) that triggered the duty.
    public var attack: Int
    /// The location condition's answer for the attack's theatre.
    public var location: Truth
    /// The clause needs the victim's request, which is assumed made.
    public var assumedRequest: Bool
}

/// Which side of the war.
public enum Side: String, Hashable, Sendable {
    case attackers, defenders

    public var opposite: Side { self == .attackers ? .defenders : .attackers }
}

/// One attack of the war, given or derived by the escalation policy.
public struct AttackEvent: Hashable, Sendable {
    public var aggressor: StateID
    public var victim: StateID
    public var theatre: Theatre
    public var provoked: Bool
    /// `nil` for the scenario's own attacks; otherwise the entry (index into ``ScenarioResult/entries``)
    /// whose policy consequence this attack is.
    public var cause: Int?
}

/// A state's entry into the war.
public struct Entry: Hashable, Sendable {
    /// Why the state entered.
    public enum Cause: Hashable, Sendable {
        /// An aggressor or victim of the scenario's attack at this index.
        case scenario(Int)
        /// A duty (index into ``ScenarioResult/obligations``).
        case obligation(Int)
        /// Its forces stationed in the victim's territory were attacked (deployment index, attack index).
        case forces(deployment: Int, attack: Int)
    }
    public var state: StateID
    public var side: Side
    /// The order of entry: this entry's index among the result's entries.
    public var step: Int
    public var cause: Cause
}
