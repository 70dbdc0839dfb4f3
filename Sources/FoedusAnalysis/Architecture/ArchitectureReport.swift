public import FoedusCore

/// What an architecture comes to on a day: who is in or out (and could join), the foreign forces on its
/// continent, how its organisations overlap, and the third countries each of its treaties exposes.
///
/// Pure: computed from a ``World`` and the architecture. The rules are stated in the report's fields
/// (``Architecture/insideRule``, ``Architecture/extraRegionalRule``, ``exposureRule``) and in
/// docs/architecture.md.
public struct ArchitectureReport: Sendable {
    /// One state of the architecture's region.
    public struct RegionalState: Hashable, Sendable {
        public var state: StateID
        /// The architecture's organisations it is a member of on the day.
        public var organisations: [String]
        /// The architecture's listed treaties it is a party to on the day.
        public var treaties: [String]
        public var inside: Bool
        /// Organisations it is not in whose accession clause (as read) it meets geographically.
        public var eligibleFor: [String]
    }

    /// One organisation of the architecture on the day.
    public struct OrganisationSummary: Sendable {
        public var organisation: Organisation
        /// Members on the day (in the state system), in COW order.
        public var members: [StateID]
        /// Members outside the architecture's region.
        public var membersOutsideRegion: [StateID]
        /// States of the region that are not members.
        public var regionalNonMembers: [StateID]
        /// Of those, the ones that meet the geographic limb of the accession clause.
        public var eligibleNonMembers: [StateID]
        /// How the accession clause was read (`nil` when the architecture file gives no reading).
        public var eligibility: Architecture.Eligibility?
    }

    /// Why an exposed state is one the treaty plausibly aims at (``targetedRule``).
    public enum Target: String, Hashable, Sendable, CaseIterable {
        /// A clause that yields the duty names the state as its adversary.
        case named
        /// The state is contiguous to a party (COW Direct Contiguity: land, river, or up to 400 miles of water).
        case contiguous
        /// The state is a major power (COW), able to strike a party from afar.
        case majorPower
    }

    /// A third country whose attack on a party triggers a defence or offence duty under the treaty.
    public struct Exposure: Hashable, Sendable {
        public var state: StateID
        /// The parties whose being attacked by ``state`` triggers the duty.
        public var parties: [StateID]
        /// The firmest status among the duties (`binding` before `uncertain` before `contested`).
        public var status: Obligation.Status
        /// The articles that yield the duties.
        public var articles: [String]
        /// Why the treaty plausibly aims at this state (empty: exposed only because the clause would cover it).
        public var targeted: [Target] = []
    }

    /// One listed treaty on the day.
    public struct TreatySummary: Sendable {
        public var treaty: Treaty
        public var inForce: Truth
        public var parties: [StateID]
        /// The third countries exposed, in COW order (empty when the treaty is not in force).
        public var exposed: [Exposure]
        /// Of those, the ones the treaty plausibly aims at (``targetedRule``), in COW order.
        public var targeted: [Exposure] { exposed.filter { !$0.targeted.isEmpty } }
    }

    /// A foreign force present in the architecture's region.
    public struct Force: Sendable {
        public var deployment: Deployment
        public var sender: StateID
        public var host: StateID
        public var present: Truth
        public var extraRegional: Bool
    }

    /// Shared members of two organisations.
    public struct Overlap: Hashable, Sendable {
        public var first: String
        public var second: String
        public var shared: [StateID]
        public var unionCount: Int
        /// |A ∩ B| / |A ∪ B|; 0 when both are empty.
        public var jaccard: Double
    }

    public var architecture: Architecture
    public var day: Day
    /// The states of the region alive on the day, in COW order.
    public var regionalStates: [RegionalState]
    /// States outside the region that are inside the architecture (members or parties).
    public var insideOutsideRegion: [StateID]
    public var organisations: [OrganisationSummary]
    public var treaties: [TreatySummary]
    /// Foreign forces present on the day in a host of the region (sender ≠ host).
    public var forces: [Force]
    public var overlaps: [Overlap]

    /// The rule for "exposed", stated in every report.
    public static let exposureRule =
        "a third country X (alive on the day, not a party) is exposed by a treaty when the engine, under policy "
        + "strict, finds a defence or offence duty under that treaty for \"X attacks P\", for some party P"

    /// The rule for "targeted", stated in every report (issue #13 §3).
    public static let targetedRule =
        "of the exposed states, those the treaty plausibly aims at: named as the adversary by a clause that yields "
        + "the duty, contiguous to a party (COW Direct Contiguity: land, river or up to 400 miles of water, carried "
        + "past 2016), or a major power (COW); rivalry data is not bundled and is not used"

    /// The security part of exposure when the treaty is not in force on the day (``TreatySecurityEffect``).
    public static let securityNotMeasured = "not measured: the treaty is not in force on the day"

    /// Computes the report.
    /// - Throws: ``FoedusError`` when the architecture names an organisation or treaty the world lacks.
    /// - Parameter relevance: contiguity and major-power data for ``Exposure/targeted``; without it only
    ///   ``Target/named`` is found.
    public init(architecture: Architecture, world: World, day: Day, relevance: PoliticalRelevance? = nil) throws {
        self.architecture = architecture
        self.day = day
        let orgs = try architecture.organisations.map { id in
            guard let o = world.organisations.first(where: { $0.id.uppercased() == id.uppercased() }) else {
                throw FoedusError(
                    .invalidValue, "architecture \(architecture.id): unknown organisation '\(id)'",
                    location: architecture.origin)
            }
            return o
        }
        let treatyIndices = try architecture.treaties.map { id in
            guard let t = world.treaties.firstIndex(where: { $0.id.uppercased() == id.uppercased() }) else {
                throw FoedusError(
                    .unknownTreaty, "architecture \(architecture.id): unknown treaty '\(id)'",
                    location: architecture.origin)
            }
            return t
        }
        let index = world.index(on: day)
        let members = orgs.map { Self.members(of: $0, world: world, index: index) }
        regionalStates = Self.regionalStates(
            architecture: architecture, world: world, index: index, orgs: orgs, members: members,
            treaties: treatyIndices)
        insideOutsideRegion = Self.insideOutsideRegion(
            architecture: architecture, world: world, members: members, index: index, treaties: treatyIndices)
        organisations = Self.organisationSummaries(
            architecture: architecture, world: world, orgs: orgs, members: members, regional: regionalStates)
        treaties = try Self.treatySummaries(world: world, index: index, treaties: treatyIndices, relevance: relevance)
        forces = Self.forces(architecture: architecture, world: world, index: index)
        overlaps = Self.overlaps(ids: orgs.map(\.id), members: members)
    }

    /// The states of the region outside the architecture.
    public var outside: [StateID] { regionalStates.filter { !$0.inside }.map(\.state) }

    /// The extra-regional forces.
    public var extraRegionalForces: [Force] { forces.filter(\.extraRegional) }

    static func members(of organisation: Organisation, world: World, index: DayIndex) -> [StateID] {
        organisation.members(on: index.day).compactMap { world.id(ccode: $0) }.filter { index.alive.contains($0) }
            .sorted()
    }
}
