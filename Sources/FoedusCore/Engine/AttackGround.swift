/// On what ground a state attacks: aggression, or self-defence in the sense of UN Charter Art. 51.
///
/// The scenario's attacks are read in the order given. The first is an aggression. A later attack on a
/// state that committed an earlier aggression is self-defence when it comes from that aggression's victim,
/// and collective self-defence when it comes from a state that owes the victim a defence duty triggered by
/// that aggression; every other attack is an aggression. Duties owed to a state defending itself or
/// another stay binding: only duties owed to aggressors are `contested`.
public enum AttackGround: Hashable, Sendable {
    /// An attack no earlier aggression answers.
    case aggression
    /// The victim of an earlier aggression (the scenario attack at `answering`) strikes back at its aggressor.
    case selfDefence(answering: Int)
    /// A state executes a defence duty (`provision`) owed to the victim of an earlier aggression (the scenario
    /// attack at `answering`) by striking its aggressor.
    case collectiveSelfDefence(answering: Int, beneficiary: StateID, provision: ProvisionRef)

    /// Whether the attack is an aggression.
    public var isAggression: Bool { self == .aggression }

    /// The case's name: `aggression`, `selfDefence` or `collectiveSelfDefence`.
    public var name: String {
        switch self {
        case .aggression: "aggression"
        case .selfDefence: "selfDefence"
        case .collectiveSelfDefence: "collectiveSelfDefence"
        }
    }
}
