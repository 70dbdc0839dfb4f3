/// A clause of a treaty, coded from its text.
///
/// Each provision keeps its article, a short verbatim quote with its status and the source it was coded
/// from, so every obligation the engine reports can be checked against the treaty text.
public struct Provision: Hashable, Sendable {
    /// What the clause obliges a party to do.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Assist a party that is attacked.
        case defense
        /// Join a party's war.
        case offense
        /// Stay out of a war against a party.
        case neutrality
        /// Not attack a party.
        case nonAggression
        /// Consult or contact: a duty to talk, never to fight.
        case consultation
        /// Join no alliance or action against a party.
        case nonParticipation
        /// Let no one use one's territory against a party.
        case territorialNonUse
        /// Give no aid to a state that attacks a party.
        case noAidToAggressor

        /// Only defence and offence decide who enters a war.
        public var decidesEntry: Bool { self == .defense || self == .offense }
    }

    /// How firmly a defence or offence clause binds.
    public enum Strength: String, Hashable, Sendable, CaseIterable, Comparable {
        /// "such action as it deems necessary"; "in accordance with its constitutional processes".
        case discretionary
        /// "immediately … military and other assistance by all means".
        case automatic

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs == .discretionary && rhs == .automatic }
    }

    /// How far the quote can be trusted.
    public enum QuoteStatus: String, Hashable, Sendable, CaseIterable {
        case verbatimOfficial = "verbatim-official"
        case verbatimTranslation = "verbatim-translation"
        case paraphrase
        case none
    }

    public var id: String
    public var article: String
    public var kind: Kind
    public var strength: Strength?
    /// For non-aggression: a general restatement of UN Charter Art. 2(4), ranked below specific pledges.
    public var general: Bool
    /// Only these parties owe the duty (`nil` = every party).
    public var obligors: [Int]?
    /// The duty is owed only to these parties (`nil` = every party).
    public var beneficiaries: [Int]?
    /// The first day this wording applies (amended clauses).
    public var from: PartialDate?
    /// The last day this wording applies.
    public var to: PartialDate?
    public var conditions: Conditions
    public var quote: String?
    public var quoteStatus: QuoteStatus
    public var source: String?
    public var verified: Bool
    public var note: String?

    public init(
        id: String, article: String, kind: Kind, strength: Strength? = nil, general: Bool = false,
        obligors: [Int]? = nil, beneficiaries: [Int]? = nil, from: PartialDate? = nil, to: PartialDate? = nil,
        conditions: Conditions = Conditions(), quote: String? = nil, quoteStatus: QuoteStatus = .none,
        source: String? = nil, verified: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.article = article
        self.kind = kind
        self.strength = strength
        self.general = general
        self.obligors = obligors
        self.beneficiaries = beneficiaries
        self.from = from
        self.to = to
        self.conditions = conditions
        self.quote = quote
        self.quoteStatus = quoteStatus
        self.source = source
        self.verified = verified
        self.note = note
    }

    /// Whether this wording applies on `day`.
    public func applies(on day: Day) -> Truth {
        guard from != nil || to != nil else { return .yes }
        return Truth.within(day, start: from ?? PartialDate(Day(rawValue: 0)), end: to)
    }
}
