/// A treaty: its dates, its parties with their own periods, the suspensions that apply, and its
/// coded clauses.
public struct Treaty: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var signed: PartialDate
    /// The first day in force.
    public var inForce: PartialDate
    /// The last day in force, if the treaty ended.
    public var terminated: PartialDate?
    public var replaces: [String]
    public var atopid: Int?
    public var organisation: String?
    public var dateNote: String?
    public var sources: [String]
    public var parties: [Party]
    public var suspensions: [Suspension]
    public var provisions: [Provision]
    /// Where the treaty was read from (`Data/treaties/nato-1949.yaml`, or ATOP), for messages and for
    /// what its dates mean.
    public var origin: TreatyOrigin?

    public init(
        id: String, name: String, shortName: String? = nil, signed: PartialDate, inForce: PartialDate,
        terminated: PartialDate? = nil, replaces: [String] = [], atopid: Int? = nil, organisation: String? = nil,
        dateNote: String? = nil, sources: [String] = [], parties: [Party], suspensions: [Suspension] = [],
        provisions: [Provision], origin: TreatyOrigin? = nil
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.signed = signed
        self.inForce = inForce
        self.terminated = terminated
        self.replaces = replaces
        self.atopid = atopid
        self.organisation = organisation
        self.dateNote = dateNote
        self.sources = sources
        self.parties = parties
        self.suspensions = suspensions
        self.provisions = provisions
        self.origin = origin
    }

    /// What the treaty's dates record: `signature` for ATOP alliances (ATOP's date basis), else
    /// `entry into force`.
    public var dateBasis: String { isFromATOP ? "signature" : "entry into force" }

    /// Whether the treaty is an alliance imported from ATOP (not a curated or user treaty).
    public var isFromATOP: Bool {
        if case .atop = origin { return true }
        return false
    }

    /// The name to show: the short name when there is one.
    public var displayName: String { shortName ?? name }

    /// Whether the treaty is in force on `day` (`uncertain` inside the window of a partial date).
    public func inForce(on day: Day) -> Truth {
        Truth.within(day, start: inForce, end: terminated)
    }

    /// The states that are parties on `day` (uncertain memberships included).
    public func parties(on day: Day) -> [Int] {
        parties.filter { $0.member(on: day, treaty: self) != .no }.map(\.ccode)
    }
}

/// One period of a state's membership in a treaty.
public struct Party: Hashable, Sendable {
    public var ccode: Int
    /// The first day bound; `nil` = the treaty's entry into force.
    public var joined: PartialDate?
    /// The last day bound; `nil` = to the treaty's end.
    public var left: PartialDate?
    public var note: String?

    public init(ccode: Int, joined: PartialDate? = nil, left: PartialDate? = nil, note: String? = nil) {
        self.ccode = ccode
        self.joined = joined
        self.left = left
        self.note = note
    }

    /// Whether this period covers `day` (the treaty's own dates are checked separately).
    public func member(on day: Day, treaty: Treaty) -> Truth {
        Truth.within(day, start: joined ?? treaty.inForce, end: left)
    }
}

/// A suspension of a party's duties, or of one direction of one dyad.
public struct Suspension: Hashable, Sendable {
    /// What the suspension does to the duty.
    public enum Basis: String, Hashable, Sendable, CaseIterable {
        /// Decided under the treaty's own procedure: the duty is gone.
        case formal
        /// Declared by the party alone: the duty is gone.
        case unilateral
        /// A political statement ("freeze"): the duty stands in law, reported as uncertain.
        case political
    }
    public var party: Int
    public var towards: Int?
    public var from: PartialDate
    public var to: PartialDate?
    public var basis: Basis
    public var source: String?
    public var note: String?

    public init(
        party: Int, towards: Int? = nil, from: PartialDate, to: PartialDate? = nil, basis: Basis,
        source: String? = nil, note: String? = nil
    ) {
        self.party = party
        self.towards = towards
        self.from = from
        self.to = to
        self.basis = basis
        self.source = source
        self.note = note
    }

    /// Whether the suspension touches the duty of `obligor` to `beneficiary` (COW numbers): a party's
    /// suspension covers its duties and the duties owed to it; a dyad's (`towards`) only that direction.
    public func covers(obligor: Int, beneficiary: Int) -> Bool {
        if let towards { return party == obligor && towards == beneficiary }
        return party == obligor || party == beneficiary
    }

    /// Whether the suspension applies on `day`.
    public func applies(on day: Day) -> Truth { Truth.within(day, start: from, end: to) }
}
