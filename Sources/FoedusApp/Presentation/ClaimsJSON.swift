public import FoedusAnalysis
public import FoedusCore

/// The JSON contract of `foedus claims --json` (docs/architecture.md).
public struct ClaimsJSON: Encodable, Hashable, Sendable {
    /// How every claims report begins.
    public static let preamble =
        "Foedus models claims; it does not make them. Each claim is attributed to the seed texts "
        + "(seeds/README.md) and answered by a measurement on the day, or by why it cannot be measured then."

    public struct Claim: Encodable, Hashable, Sendable {
        public var number: Int
        public var statement: String
        public var question: String
        public var measurement: String
        /// `measured` or `not measured` (then `notYetMeasured` says why).
        public var status: String
        public var notYetMeasured: String?
        public var attack: AttackJSON?
        public var obligations: [ObligationJSON]?
        public var treaties: [ArchitectureReportJSON.TreatyJSON]?
        public var rules: ArchitectureReportJSON.Rules?
        public var summary: ArchitectureReportJSON.Summary?
        public var outside: [StateJSON]?
        public var organisations: [ArchitectureReportJSON.OrganisationJSON]?
        public var forces: ArchitectureReportJSON.Forces?
        public var overlap: ArchitectureReportJSON.Overlap?
    }
    public var date: String
    public var note: String
    public var architecture: String
    public var provenance: ProvenanceJSON
    public var claims: [Claim]
    /// Claim 2's audit (adding the Russia–DPRK treaty on the day), when the treaty is in force.
    public var claim2: AuditReportJSON?

    public init(_ r: ClaimsReport, _ world: World, today: Day) {
        let a = ArchitectureReportJSON(r.architecture, world, security: r.security)
        claim2 = r.security[ClaimsReport.claim2Treaty].map {
            AuditReportJSON(world: world, day: r.day, change: "add \(ClaimsReport.claim2Treaty)", audit: $0, runs: 0)
        }
        let presenter = ResultPresenter(world: world, result: r.attackResult, today: today, explain: [])
        date = r.day.description
        note = Self.preamble
        architecture = r.architecture.architecture.id
        provenance = presenter.provenance(includePolicy: true)
        claims = r.claims.map { c in
            var claim = Claim(
                number: c.number, statement: c.statement, question: c.question, measurement: c.measurement,
                status: c.notYetMeasured == nil ? "measured" : "not measured", notYetMeasured: c.notYetMeasured)
            switch c.number {
            case 1:
                claim.attack = r.attackResult.attacks.first.map { presenter.attackJSON($0, at: 0) }
                claim.obligations = r.attackResult.obligations.map(presenter.obligationJSON)
            case 3:
                claim.treaties = a.treaties.filter { ClaimsReport.claim3Treaties.contains($0.id) }
                claim.rules = a.rules
            case 4:
                claim.rules = a.rules
                claim.summary = a.summary
                claim.outside = r.architecture.outside.map { StateJSON($0, world) }
                claim.organisations = a.organisations
                claim.forces = a.forces
            case 5: claim.overlap = a.overlap
            default: break
            }
            return claim
        }
    }
}
