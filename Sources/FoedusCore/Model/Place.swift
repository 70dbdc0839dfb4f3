/// A territory or a treaty-defined region that location clauses and attack theatres name.
public struct Place: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case territory, region }

    /// Who governs a territory, for a period.
    public struct Administration: Hashable, Sendable {
        public var ccode: Int
        public var from: PartialDate?
        public var to: PartialDate?
        public var source: String?
        public init(ccode: Int, from: PartialDate? = nil, to: PartialDate? = nil, source: String? = nil) {
            self.ccode = ccode
            self.from = from
            self.to = to
            self.source = source
        }
    }

    /// A state's claim to a territory it may not govern, for a period (open when undated).
    public struct Claim: Hashable, Sendable {
        public var ccode: Int
        public var from: PartialDate?
        public var to: PartialDate?
        public var source: String?
        public init(ccode: Int, from: PartialDate? = nil, to: PartialDate? = nil, source: String? = nil) {
            self.ccode = ccode
            self.from = from
            self.to = to
            self.source = source
        }

        /// Whether the claim is made on `day`.
        public func made(on day: Day) -> Truth {
            Truth.within(day, start: from ?? PartialDate(Day(rawValue: 0)), end: to)
        }
    }

    /// Which home territories a region includes.
    public struct RegionRule: Hashable, Sendable {
        public var m49Regions: [String]
        public var m49Subregions: [String]
        public var states: [Int]
        public init(m49Regions: [String] = [], m49Subregions: [String] = [], states: [Int] = []) {
            self.m49Regions = m49Regions
            self.m49Subregions = m49Subregions
            self.states = states
        }

        public func includes(_ state: State) -> Bool {
            states.contains(state.ccode) || state.region.map(m49Regions.contains) == true
                || state.subregion.map(m49Subregions.contains) == true
        }
    }

    public var id: String
    public var kind: Kind
    public var name: String
    public var administeredBy: [Administration]
    /// The claimants, with the period and source of each claim.
    public var claims: [Claim]
    /// States exercising effective control without administering or claiming it (a court's finding: Russia in
    /// Abkhazia, Turkey in northern Cyprus), with periods and sources; the same fields as a claim.
    public var controls: [Claim]
    /// The claimants' state numbers.
    public var claimedBy: [Int] { claims.map(\.ccode) }
    /// Regions this territory lies in.
    public var regions: [String]
    /// Regions the treaty text cannot settle for this territory.
    public var uncertainRegions: [String]
    /// For a region: the home territories it includes.
    public var includes: RegionRule?
    /// For a region: states whose home territory the text cannot settle.
    public var uncertainFor: [Int]
    public var source: String?
    public var verified: Bool
    public var note: String?

    public init(
        id: String, kind: Kind, name: String, administeredBy: [Administration] = [], claimedBy: [Int] = [],
        claims: [Claim] = [], controls: [Claim] = [], regions: [String] = [], uncertainRegions: [String] = [],
        includes: RegionRule? = nil,
        uncertainFor: [Int] = [], source: String? = nil, verified: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.administeredBy = administeredBy
        self.claims = claims + claimedBy.map { Claim(ccode: $0) }
        self.controls = controls
        self.regions = regions
        self.uncertainRegions = uncertainRegions
        self.includes = includes
        self.uncertainFor = uncertainFor
        self.source = source
        self.verified = verified
        self.note = note
    }

    /// The states contesting the territory on `day`: its claimants on the day other than its administrator
    /// (empty when the territory is undisputed).
    public func claimants(on day: Day) -> [Int] {
        let administrator = administrator(on: day)
        var out: [Int] = []
        for claim in claims where claim.made(on: day) != .no && claim.ccode != administrator {
            if !out.contains(claim.ccode) { out.append(claim.ccode) }
        }
        return kind == .territory ? out : []
    }

    /// The states controlling the territory on `day` without administering it.
    public func controllers(on day: Day) -> [Int] {
        controls.filter { $0.made(on: day) != .no }.map(\.ccode)
    }

    /// The state administering the territory on `day`, if any.
    public func administrator(on day: Day) -> Int? {
        administeredBy.first { admin in
            Truth.within(day, start: admin.from ?? PartialDate(Day(rawValue: 0)), end: admin.to) != .no
        }?.ccode
    }
}
