/// One reason in an answer to "why is this state (not) in the war?": what was found, and the treaty, clause and
/// state it concerns. A value to check against the run; the words are presentation's (`ExplanationText` in
/// FoedusApp).
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

    /// What was found, with what a reader needs beyond the treaty, the clause and the counterpart.
    public enum Finding: Hashable, Sendable {
        /// The state was not a member of the state system on the day.
        case notInSystem
        /// The state is in the war: the entry that brought it in (a duty, an attack, its forces).
        case entered(Entry)
        /// No coded treaty links the state to a belligerent.
        case noTreaty
        /// The treaty is signed only after the day (within the year that follows).
        case notYetSigned
        /// Signed, not yet in force on the day.
        case notYetInForce
        /// No longer in force on the day.
        case terminated
        /// The state is not a party on the day.
        case notAParty
        /// The state owes none of the treaty's defence or offence duties: these clauses (indices into the
        /// treaty's provisions) bind only other parties (an asymmetric treaty).
        case owesNoEntryDuty(provisions: [Int])
        /// The treaty has consultation clauses only.
        case consultationOnly
        /// The treaty has no defence or offence clause in force.
        case noEntryClause
        /// The counterpart is not a party on the day.
        case beneficiaryNotAParty
        /// The duties are suspended (index into the treaty's suspensions).
        case suspended(suspension: Int)
        /// The clause's wording does not apply on the day (an amended or phased clause).
        case wordingNotInForce
        /// The duty is owed to an aggressor in this war (contested), and contested duties were not included.
        case owedToAggressor
        /// The duty is uncertain, and uncertain duties were not included.
        case uncertain(Uncertainty)
        /// The duty's strength is below the scenario's honouring threshold.
        case belowThreshold(Provision.Strength?)
        /// Bound to both sides: stays out.
        case boundToBothSides
        /// The clause's adversary condition excludes `adversary` (the attacker, or for offence the victim).
        case adversaryCondition(adversary: StateID)
        /// The clause's non-provocation condition: the attack counts as provoked.
        case provoked
        /// The clause's location condition excludes the theatre of the attack (index into the result's attacks).
        case locationCondition(attack: Int)
        /// An offence clause, and the counterpart attacks no one.
        case counterpartAttacksNoOne
    }

    /// Why a duty is `uncertain`, in the order the engine looks for it.
    public enum Uncertainty: Hashable, Sendable {
        /// The clause's own coded condition (``Conditions/uncertain``).
        case statedCondition
        /// The attack (index into the result's attacks) is at a place of disputed sovereignty (index into
        /// ``World/places``), and the clause depends on whose territory it is.
        case disputedSovereignty(attack: Int, place: Int)
        /// The beneficiary's attack is an aggression only if the disputed place is not its territory.
        case disputedAggressor(place: Int)
        /// The text cannot settle whether the theatre is covered.
        case theatre
        /// A political suspension (index into the treaty's suspensions).
        case politicalSuspension(suspension: Int)
        /// A date known only to the month or year.
        case partialDate
    }

    public var reason: Reason
    /// Index into ``World/treaties``, when a treaty is concerned.
    public var treaty: Int?
    public var provision: ProvisionRef?
    /// The other state concerned (the beneficiary of the duty in question).
    public var counterpart: StateID?
    public var finding: Finding

    public init(
        reason: Reason, treaty: Int? = nil, provision: ProvisionRef? = nil, counterpart: StateID? = nil,
        finding: Finding
    ) {
        self.reason = reason
        self.treaty = treaty
        self.provision = provision
        self.counterpart = counterpart
        self.finding = finding
    }
}
