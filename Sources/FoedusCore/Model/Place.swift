/// A territory or a treaty-defined region that location clauses and attack theatres name.
public struct Place: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case territory, region }

    /// Who governs a territory, for a period.
    public struct Administration: Hashable, Sendable {
        public var ccode: Int
        public var from: PartialDate?
        public var to: PartialDate?
        public init(ccode: Int, from: PartialDate? = nil, to: PartialDate? = nil) {
            self.ccode = ccode
            self.from = from
            self.to = to
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
    public var claimedBy: [Int]
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
        regions: [String] = [], uncertainRegions: [String] = [], includes: RegionRule? = nil,
        uncertainFor: [Int] = [], source: String? = nil, verified: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.administeredBy = administeredBy
        self.claimedBy = claimedBy
        self.regions = regions
        self.uncertainRegions = uncertainRegions
        self.includes = includes
        self.uncertainFor = uncertainFor
        self.source = source
        self.verified = verified
        self.note = note
    }

    /// The state administering the territory on `day`, if any.
    public func administrator(on day: Day) -> Int? {
        administeredBy.first { admin in
            Truth.within(day, start: admin.from ?? PartialDate(Day(rawValue: 0)), end: admin.to) != .no
        }?.ccode
    }
}
