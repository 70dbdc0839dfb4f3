/// A conflict or violation the cascade runs into, naming the states and treaties involved.
public struct Conflict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A state bound to both sides; it stays out (rule `stayOut`) and the cascade is recomputed.
        case boundToBothSides
        /// A state enters against a victim to which it gave a specific non-aggression or neutrality pledge.
        case defenseAgainstPledgedVictim = "defenceAgainstPledgedVictim"
        /// An aggressor attacks a state it pledged not to attack (specific pledges listed before general ones).
        case aggressorBreaksPledge
        /// Parties to one treaty fight on opposite sides.
        case treatyMembersOnBothSides
        /// A state enters against a party it pledged no aid to its aggressor, or no participation against.
        case entryBreaksPledge
    }
    public var kind: Kind
    public var states: [StateID]
    /// Indices into ``World/treaties``.
    public var treaties: [Int]
    /// The provisions at stake.
    public var provisions: [ProvisionRef]
    /// For `boundToBothSides`: the duties to each side.
    public var obligations: [Obligation]
    /// For a broken pledge: the place of disputed sovereignty (index into ``World/places``) on whose status the
    /// breach depends, when the attack breaking it is an aggression under one reading and not the other.
    public var disputedPlace: Int? = nil
}
