public import FoedusCore

/// A named set of organisations and treaties (the June 2024 Eurasian proposal, NATO …), with the region
/// it claims to cover. Read from `Data/architectures/*.yaml` (docs/architecture.md).
public struct Architecture: Hashable, Sendable, Identifiable {
    /// How an organisation's accession clause is read for the openness test: the geographic limb
    /// (UN M49 regions or sub-regions; none = no geographic limit read in the clause).
    public struct Eligibility: Hashable, Sendable {
        public var organisation: String
        public var m49Regions: [String]
        public var m49Subregions: [String]
        public var note: String?

        public init(organisation: String, m49Regions: [String] = [], m49Subregions: [String] = [], note: String? = nil)
        {
            self.organisation = organisation
            self.m49Regions = m49Regions
            self.m49Subregions = m49Subregions
            self.note = note
        }

        /// Whether the clause sets no geographic limit.
        public var isUnlimited: Bool { m49Regions.isEmpty && m49Subregions.isEmpty }

        /// Whether `state` meets the geographic limb.
        public func admits(_ state: State) -> Bool {
            if isUnlimited { return true }
            if let region = state.region, m49Regions.contains(region) { return true }
            if let subregion = state.subregion, m49Subregions.contains(subregion) { return true }
            return false
        }

        /// The rule in words, for reports.
        public var rule: String {
            if isUnlimited { return "no geographic limit read in the clause" }
            let parts = m49Regions.map { "M49 region \($0)" } + m49Subregions.map { "M49 sub-region \($0)" }
            return "located in " + parts.joined(separator: " or ")
        }
    }

    public var id: String
    public var name: String
    public var description: String?
    /// The UN M49 regions the architecture covers (`[Europe, Asia]` for Eurasia).
    public var regions: [String]
    public var organisations: [String]
    public var treaties: [String]
    public var eligibility: [Eligibility]
    public var source: String?
    /// Where the architecture was read from, for messages.
    public var origin: String?

    public init(
        id: String, name: String, description: String? = nil, regions: [String], organisations: [String],
        treaties: [String], eligibility: [Eligibility] = [], source: String? = nil, origin: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.regions = regions
        self.organisations = organisations
        self.treaties = treaties
        self.eligibility = eligibility
        self.source = source
        self.origin = origin
    }

    /// Whether a state lies in the architecture's region (its UN M49 region is one of ``regions``).
    public func covers(_ state: State) -> Bool { state.region.map(regions.contains) ?? false }

    /// The rule used for "extra-regional", stated in every report (product brief §2).
    public var extraRegionalRule: String {
        "a force is extra-regional when its sender's UN M49 region is outside the architecture's region ("
            + regions.joined(separator: " + ") + "); a sender without an M49 region counts as extra-regional"
    }

    /// The rule used for "inside the architecture".
    public static let insideRule =
        "a state is inside when, on the day, it is a member of at least one of the architecture's organisations "
        + "or a party to at least one of its listed treaties"
}
