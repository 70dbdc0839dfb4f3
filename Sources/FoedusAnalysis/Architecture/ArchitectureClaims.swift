public import FoedusCore

/// The five testable claims of the seed articles (seeds/README.md), each with the measurement that answers
/// it on a day. Foedus models claims, it does not make them: each statement says who made the claim, and
/// a measurement that cannot be made on the day (a treaty not yet in force) says so instead of giving a number.
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
        /// `nil` when measured; otherwise why not.
        public var notYetMeasured: String?
    }

    /// Claim 2 when the Russia–DPRK treaty's audit is not given.
    public static let claim2NotMeasured =
        "not measured: the Russia–DPRK treaty (RUS-PRK-2024) is not in force on the day, so there is no change to audit"
    /// The treaty claim 2's audit adds.
    public static let claim2Treaty = "RUS-PRK-2024"
    /// The treaties claim 3 is about.
    public static let claim3Treaties = ["RUS-PRK-2024", "RUS-VNM"]

    public var day: Day
    public var claims: [Claim]
    /// Claims 2 and 3: the security effect of each claim-3 treaty in force on the day, by treaty id
    /// (``TreatySecurityEffect``); claim 2 reads RUS-PRK-2024's.
    public var security: [String: IndivisibleSecurityAudit]
    /// Claim 1: the attack evaluated (an illustrative aggressor against the DPRK) and its result.
    public var attack: Attack
    public var attackResult: ScenarioResult
    /// Claims 3–5: the report of the architecture the seed texts describe.
    public var architecture: ArchitectureReport

    /// Measures the claims on `day` with `architecture` (the bundled `eurasia-2024`), each state's
    /// capability (for the security index) and the political relevance of each dyad.
    /// - Throws: ``FoedusError`` when the DPRK, the USA or a named treaty is missing from the world.
    public init(
        world: World, architecture: Architecture, day: Day, capability: [Double?], relevance: PoliticalRelevance
    ) throws {
        self.day = day
        guard let usa = world.id(ccode: 2), let prk = world.id(ccode: 731) else {
            throw FoedusError(.unknownState, "the world has no USA (2) or DPRK (731)")
        }
        attack = Attack(aggressor: usa, victim: prk)
        var evaluator = Evaluator(index: world.index(on: day))
        attackResult = try evaluator.evaluate(Scenario(day: day, attacks: [attack], policy: .strict))
        self.architecture = try ArchitectureReport(
            architecture: architecture, world: world, day: day, relevance: relevance)
        security = try TreatySecurityEffect.audits(
            treaties: Self.claim3Treaties, world: world, day: day, capability: capability, relevance: relevance)
        claims = Self.texts(architecture: architecture)
        if security[Self.claim2Treaty] == nil, let i = claims.firstIndex(where: { $0.number == 2 }) {
            claims[i].notYetMeasured = Self.claim2NotMeasured
        }
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
                measurement: "The indivisible-security audit of adding the Russia–DPRK treaty on the day: every "
                    + "state's defensive capability share with and without it under strict and treaty, and the dyadic "
                    + "relative reading; every duty honoured, an upper bound: in the COW wars, defence and offence "
                    + "duties whose casus foederis arose were honoured 116 of 389 times (29.8 %), 73 of 337 since 1945 "
                    + "(foedus backtest --honouring). The chain reading, where cascades run further, is in "
                    + "foedus audit (with Monte Carlo intervals) and its verdict can differ. " + claim2Caveats),
            Claim(
                number: 3,
                statement: "The Kremlin is reported as saying the partnerships with the DPRK and Vietnam pose \"no "
                    + "threat to any third country\".",
                question: "Which third countries does each arrangement expose?",
                measurement: ArchitectureReport.exposureRule + ". Applied to "
                    + claim3Treaties.joined(separator: " and ")
                    + ". The part of exposure that is a loss of security: " + TreatySecurityEffect.rule + ". "
                    + claim3Caveat),
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

extension ClaimsReport {
    /// What the readings of claim 2 can and cannot find (issue #13 §3), stated beside every verdict.
    static let claim2Caveats =
        "Caveats: under the share readings (strict, treaty) a purely defensive pact raises its members' share and "
        + "lowers no one's, so those readings cannot find a loser by construction; the dyadic reading is driven by "
        + "capability size, so a pact with a small member (the DPRK's CINC is small) moves its adversaries' scores "
        + "little and 'holds' where a pact of large members can 'breach'. Each verdict names the reading it rests on."

    /// What the count of claim 3 means (issue #13 §3).
    static let claim3Caveat =
        "Two figures are given. Targeted: " + ArchitectureReport.targetedRule + ". Exposed: a defence duty against "
        + "any adversary counts every non-party that could attack a party as exposed; that number is of states the "
        + "clause would cover if they attacked, not of states the treaty names or targets (a treaty naming its "
        + "adversary exposes only those it names)."
}
