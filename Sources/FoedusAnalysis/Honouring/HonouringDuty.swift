public import FoedusCore

/// A treaty duty whose casus foederis arose in a war, and whether its obligor honoured it (issue #14 §1).
///
/// One record per war, obligor, beneficiary and provision, at the first belligerent entry date on which the
/// duty arose with its best status (`binding` before `uncertain` before `contested`).
public struct HonouringDuty: Hashable, Sendable {
    /// How the obligor's conduct in the war answers the duty.
    public enum Verdict: String, Hashable, Sendable, CaseIterable {
        /// Defence or offence: the obligor fought on the beneficiary's side. Neutrality or non-aggression: it did
        /// not fight against the beneficiary.
        case honoured
        /// Defence or offence: it stayed out or fought against the beneficiary. Neutrality or non-aggression: it
        /// fought against the beneficiary.
        case notHonoured
        /// Consultation, non-participation, territorial non-use, no aid to the aggressor: the COW war data
        /// records who fought, not who consulted, lent territory or gave aid, so these are not judged.
        case notObservable
    }

    /// COW's `WarNum` and name.
    public var war: Int
    public var warName: String
    /// The belligerent entry date on which the duty arose.
    public var day: Day
    public var obligor: StateID
    public var beneficiary: StateID
    /// The beneficiary's COW side (1 or 2) on that day.
    public var beneficiarySide: Int
    /// The beneficiary entered the war after its first day on the side the initiators attacked: COW does not say
    /// whether it was attacked (Belgium, 1914-08-04) or joined of its own accord (Egypt, 1991-01-16), so the
    /// report gives these duties a row of their own.
    public var beneficiaryJoined: Bool
    /// The attacker the duty is directed against (non-aggression: the obligor itself).
    public var adversary: StateID
    public var kind: Provision.Kind
    public var strength: Provision.Strength?
    public var status: Obligation.Status
    public var provision: ProvisionRef
    public var treatyID: String
    /// Curated in Data/treaties (not an ATOP 5.1 alliance).
    public var curated: Bool
    /// The treaty has more than two parties.
    public var multilateral: Bool
    public var verdict: Verdict

    /// The kinds the test judges from war participation.
    public static func judged(_ kind: Provision.Kind) -> Bool {
        switch kind {
        case .defense, .offense, .neutrality, .nonAggression: true
        case .consultation, .nonParticipation, .territorialNonUse, .noAidToAggressor: false
        }
    }

    /// The verdict for a duty of `kind` owed to a belligerent on COW side `beneficiarySide`, when the obligor
    /// took part in the war on `obligorSides` (empty when it stayed out).
    public static func verdict(kind: Provision.Kind, beneficiarySide: Int, obligorSides: Set<Int>) -> Verdict {
        guard judged(kind) else { return .notObservable }
        switch kind {
        case .defense, .offense: return obligorSides.contains(beneficiarySide) ? .honoured : .notHonoured
        default: return obligorSides.contains { $0 != beneficiarySide } ? .notHonoured : .honoured
        }
    }
}
