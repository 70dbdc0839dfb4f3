/// The conditions under which a provision's duty arises.
public struct Conditions: Hashable, Sendable {
    /// What sets the duty off.
    public enum Trigger: String, Hashable, Sendable, CaseIterable {
        case armedAttack, stateOfWar, threat
    }

    /// Where the attack must take place.
    public enum Location: Hashable, Sendable {
        /// Anywhere.
        case any
        /// Territory administered by a party.
        case partyTerritory
        /// Territory administered by one of these states (COW numbers).
        case administeredBy([Int])
        /// Inside one of these gazetteer places or regions.
        case places([String])
    }

    /// Whom the attacker must be.
    public enum Adversary: Hashable, Sendable {
        case any
        /// A state that is not a party to the treaty.
        case nonMembers
        /// One of these states (COW numbers).
        case states([Int])
    }

    public var triggers: [Trigger]
    public var location: Location
    public var adversary: Adversary
    /// The duty holds only if the beneficiary did not provoke the attack.
    public var nonProvocation: Bool
    /// Neutrality that holds only if the partner is attacked.
    public var attackedOnly: Bool
    /// The duty arises at the request of the victim (assumed made, and said so).
    public var request: Bool
    public var unCharter51: Bool
    /// The duty is carried out subject to the parties' domestic law or procedure: "in accordance with its
    /// constitutional processes", "in accordance with their respective laws", "in accordance with ... the laws
    /// of the DPRK and the Russian Federation". It never changes the strength, which is read from the operative
    /// words alone (EngineSemantics.md, "Domestic law").
    public var domesticProcess: Bool
    /// A condition the data cannot settle: duties from this provision are `uncertain`.
    public var uncertain: String?

    public init(
        triggers: [Trigger] = [.armedAttack], location: Location = .any, adversary: Adversary = .any,
        nonProvocation: Bool = false, attackedOnly: Bool = false, request: Bool = false, unCharter51: Bool = false,
        domesticProcess: Bool = false, uncertain: String? = nil
    ) {
        self.triggers = triggers
        self.location = location
        self.adversary = adversary
        self.nonProvocation = nonProvocation
        self.attackedOnly = attackedOnly
        self.request = request
        self.unCharter51 = unCharter51
        self.domesticProcess = domesticProcess
        self.uncertain = uncertain
    }
}
