/// One reason in an answer to "why is this state (not) in the war?".
public struct Explanation: Hashable, Sendable {
    /// A reason a state is in, or is not bound to enter.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        case entered, notInSystem, noTreaty, notYetSigned, notYetInForce, terminated, notAParty
        case beneficiaryNotAParty, provisionNotApplicable, suspended, consultationOnly
        /// JSON and catalogue cases keep the contract's spelling.
        case noDefenseClause = "noDefenceClause"
        case adversaryCondition, locationCondition, provoked, owedToAggressor, uncertainExcluded
        case belowThreshold, boundToBothSides
    }
    public var reason: Reason
    /// Index into ``World/treaties``, when a treaty is concerned.
    public var treaty: Int?
    public var provision: ProvisionRef?
    /// The other state concerned (the beneficiary of the duty in question).
    public var counterpart: StateID?
    /// The sentence to show.
    public var message: String
}
