public import FoedusCore

/// The five testable claims of the seed articles (seeds/README.md), each with the measurement that answers
/// it on a day. Foedus models claims, it does not make them: each statement says who made the claim, and
/// a measurement that needs a part not built yet says so instead of giving a number.
public struct ClaimsReport: Sendable {
    /// One claim and how it is measured.
    public struct Claim: Hashable, Sendable {
        public var number: Int
        /// What the seed texts say, attributed.
        public var statement: String
        /// The question Foedus asks of it.
        public var question: String
        /// How the answer is measured.
        public var measurement: String
        /// `nil` when measured; otherwise what is missing ("not yet measured: needs the security index").
        public var notYetMeasured: String?
    }

    public static let notMeasuredSecurity = "not yet measured: needs the security index"
    /// The treaties claim 3 is about.
    public static let claim3Treaties = ["RUS-PRK-2024", "RUS-VNM"]

    public var day: Day
    /// The claims; a caller that measures one (claim 2, with the audit) clears its `notYetMeasured`.
    public var claims: [Claim]
    /// Claim 1: the attack evaluated (an illustrative aggressor against the DPRK) and its result.
    public var attack: Attack
    public var attackResult: ScenarioResult
    /// Claims 3–5: the report of the architecture the seed texts describe.
    public var architecture: ArchitectureReport

    /// Measures the claims on `day` with `architecture` (the bundled `eurasia-2024`).
    /// - Throws: ``FoedusError`` when the DPRK, the USA or a named treaty is missing from the world.
    public init(world: World, architecture: Architecture, day: Day) throws {
        self.day = day
        guard let usa = world.id(ccode: 2), let prk = world.id(ccode: 731) else {
            throw FoedusError(.unknownState, "the world has no USA (2) or DPRK (731)")
        }
        attack = Attack(aggressor: usa, victim: prk)
        var evaluator = Evaluator(index: world.index(on: day))
        attackResult = try evaluator.evaluate(Scenario(day: day, attacks: [attack], policy: .strict))
        self.architecture = try ArchitectureReport(architecture: architecture, world: world, day: day)
        claims = Self.texts(architecture: architecture)
    }

    /// The claim-3 treaties' summaries (those of the architecture with these ids).
    public var claim3: [ArchitectureReport.TreatySummary] {
        architecture.treaties.filter { Self.claim3Treaties.contains($0.treaty.id) }
    }

    static func texts(architecture: Architecture) -> [Claim] {
        let region = architecture.regions.joined(separator: " and ")
        return [
            Claim(
                number: 1,
                statement: "The seed texts describe the Russia–DPRK treaty of June 2024 as providing mutual assistance "
                    + "in case of aggression.",
                question: "Who is bound to help whom, under which article, when the DPRK is attacked on the day?",
                measurement: "The engine's duties for an illustrative attack USA → DPRK on the day, policy strict: "
                    + "obligor, beneficiary, kind, status, treaty and article of each duty."),
            Claim(
                number: 2,
                statement: "The proposal is said to rest on the principle that \"the security of one state cannot be "
                    + "ensured at the expense of another\".",
                question: "Does an arrangement raise one state's security at another's expense, measured for every "
                    + "state?",
                measurement: "Each state's defensive capability share before and after the arrangement (the security "
                    + "index), under each escalation policy.",
                notYetMeasured: notMeasuredSecurity + " (and the reliability Monte Carlo)"),
            Claim(
                number: 3,
                statement: "The Kremlin is reported as saying the partnerships with the DPRK and Vietnam pose \"no "
                    + "threat to any third country\".",
                question: "Which third countries does each arrangement expose?",
                measurement: ArchitectureReport.exposureRule + ". Applied to "
                    + claim3Treaties.joined(separator: " and ")
                    + ". The part of exposure that is a loss of security is " + notMeasuredSecurity + "."),
            Claim(
                number: 4,
                statement: "The architecture is said to be open to every state of the continent and to exclude "
                    + "extra-regional armed forces.",
                question: "Which states of \(region) are inside or outside, may they join under the organisations' "
                    + "accession clauses, and where are extra-regional forces present?",
                measurement: Architecture.insideRule + "; openness from each organisation's accession clause (who may "
                    + "join, decided by whom); " + architecture.extraRegionalRule
                    + "; forces from Data/deployments.yaml."),
            Claim(
                number: 5,
                statement: "The architecture is said to work through the CIS, the SCO and ASEAN; the seed texts also "
                    + "cite the CSTO.",
                question: "How do the memberships of " + architecture.organisations.joined(separator: ", ")
                    + " overlap on the day?",
                measurement: "Shared members of each pair and the Jaccard index |A ∩ B| / |A ∪ B| of their members on "
                    + "the day."),
        ]
    }
}
