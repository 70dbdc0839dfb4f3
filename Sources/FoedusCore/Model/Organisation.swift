/// An international organisation (CSTO, NATO, SCO …): members with their own periods, the treaties
/// that carry its obligations, and who may join.
public struct Organisation: Hashable, Sendable, Identifiable {
    /// The organisation's accession clause: who may join, decided by whom.
    public struct Accession: Hashable, Sendable {
        public var article: String?
        public var openTo: String?
        public var decidedBy: String?
        public var quote: String?
        public var quoteStatus: Provision.QuoteStatus
        public var source: String?
        public var verified: Bool
        public var note: String?
        public init(
            article: String? = nil, openTo: String? = nil, decidedBy: String? = nil, quote: String? = nil,
            quoteStatus: Provision.QuoteStatus = .none, source: String? = nil, verified: Bool = false,
            note: String? = nil
        ) {
            self.article = article
            self.openTo = openTo
            self.decidedBy = decidedBy
            self.quote = quote
            self.quoteStatus = quoteStatus
            self.source = source
            self.verified = verified
            self.note = note
        }
    }

    public var id: String
    public var name: String
    public var founded: PartialDate?
    public var inForce: PartialDate?
    public var dissolved: PartialDate?
    public var treaties: [String]
    public var members: [Party]
    public var accession: Accession?
    public var sources: [String]
    public var origin: String?

    public init(
        id: String, name: String, founded: PartialDate? = nil, inForce: PartialDate? = nil,
        dissolved: PartialDate? = nil, treaties: [String] = [], members: [Party] = [], accession: Accession? = nil,
        sources: [String] = [], origin: String? = nil
    ) {
        self.id = id
        self.name = name
        self.founded = founded
        self.inForce = inForce
        self.dissolved = dissolved
        self.treaties = treaties
        self.members = members
        self.accession = accession
        self.sources = sources
        self.origin = origin
    }

    /// Members on `day` (uncertain memberships included).
    public func members(on day: Day) -> [Int] {
        members.filter { member in
            Truth.within(
                day, start: member.joined ?? inForce ?? founded ?? PartialDate(Day(rawValue: 0)), end: member.left)
                != .no
        }.map(\.ccode)
    }
}
