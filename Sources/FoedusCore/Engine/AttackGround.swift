/// On what ground a state attacks: aggression, or self-defence in the sense of UN Charter Art. 51.
///
/// The scenario's attacks are read in the order given. The first is an aggression. A later attack on a
/// state that committed an earlier aggression is self-defence when it comes from that aggression's victim,
/// and collective self-defence when it comes from a state that owes the victim a defence duty triggered by
/// that aggression; every other attack is an aggression. Duties owed to a state defending itself or
/// another stay binding: only duties owed to aggressors are `contested`.
///
/// At a place of disputed sovereignty, a disputant using force against the other side of the dispute acts on
/// what a reading counts as its own territory (``ownTerritory(place:)``): no armed attack on the victim's
/// territory, so no aggression. Under the `disputed` reading, an attack whose ground differs between the two
/// readings is ``disputed(place:administrator:claimant:)``: duties owed to its author are `uncertain` rather than
/// `contested`. Pledges not to use force are another matter (``breachesPledges``): force used to settle a
/// territorial dispute breaks them whoever holds title, unless it answers an aggression.
public indirect enum AttackGround: Hashable, Sendable {
    /// An attack no earlier aggression answers.
    case aggression
    /// The victim of an earlier aggression (the scenario attack at `answering`) strikes back at its aggressor.
    case selfDefense(answering: Int)
    /// A state executes a defence duty (`provision`) owed to the victim of an earlier aggression (the scenario
    /// attack at `answering`) by striking its aggressor.
    case collectiveSelfDefense(answering: Int, beneficiary: StateID, provision: ProvisionRef)
    /// Under the scenario's sovereignty reading, the attack is a disputant's use of force against the other side
    /// of the dispute at a place (index into ``World/places``) the reading counts as the attacker's territory.
    case ownTerritory(place: Int)
    /// Under the `disputed` reading, an attack whose ground differs between the readings that count the place
    /// (index into ``World/places``) as its administrator's and as its claimants' territory.
    case disputed(place: Int, administrator: AttackGround, claimant: AttackGround)

    /// Whether the attack is an aggression.
    public var isAggression: Bool { self == .aggression }

    /// Whether the attack is an aggression: `uncertain` when that depends on whose territory a disputed place is.
    public var aggression: Truth {
        switch self {
        case .aggression: .yes
        case .disputed(_, let administrator, let claimant):
            administrator.aggression == claimant.aggression ? administrator.aggression : .uncertain
        case .selfDefense, .collectiveSelfDefense, .ownTerritory: .no
        }
    }

    /// Whether the attack breaks its author's pledges not to use force against the victim. A pledge to refrain
    /// from force forbids it "as a means of solving international disputes, including territorial disputes" (UNGA
    /// Res. 2625 (XXV), 1970), whoever holds title: the Eritrea–Ethiopia Claims Commission held that Eritrea's
    /// force at Badme, peacefully administered by Ethiopia, violated Art. 2(4) of the Charter although the
    /// boundary was later found to place Badme in Eritrea (Partial Award, Jus ad Bellum, 2005-12-19). So force on
    /// what a reading counts as the attacker's own territory breaks such pledges too; self-defence does not.
    public var breachesPledges: Truth {
        switch self {
        case .aggression, .ownTerritory: .yes
        case .selfDefense, .collectiveSelfDefense: .no
        case .disputed(_, let administrator, let claimant):
            administrator.breachesPledges == claimant.breachesPledges ? administrator.breachesPledges : .uncertain
        }
    }

    /// The case's name in the JSON contract: `aggression`, `selfDefence`, `collectiveSelfDefence`, `ownTerritory` or
    /// `disputed` (the contract keeps its spelling; Swift names spell `defense`).
    public var name: String {
        switch self {
        case .aggression: "aggression"
        case .selfDefense: "selfDefence"
        case .collectiveSelfDefense: "collectiveSelfDefence"
        case .ownTerritory: "ownTerritory"
        case .disputed: "disputed"
        }
    }
}
