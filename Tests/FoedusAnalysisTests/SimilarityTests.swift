import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// Whether `value` prints as `printed` at R's default 7 significant digits: `|value − printed|` is at most half
/// a unit in the 7th significant digit (R drops trailing zeros: 0.4 is 0.4000000).
private func printsAs(_ value: Double?, _ printed: String) -> Bool {
    guard let value, let p = Double(printed), p != 0 else { return false }
    let unit = pow(10, floor(log10(abs(p))) - 6)
    return abs(value - p) <= unit / 2
}

private func close(_ value: Double?, _ expected: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

/// Signorino & Ritter (1999), Table 6: Germany and Russia, 1914, over 20 European states, as printed in
/// S. Miller's reproduction (docs/similarity.md §6.1; the vectors and CINC shares as published, not our data).
@Suite struct SimilarityPublishedExampleTests {
    // GMY RUS UKG FRN AUH ITA BEL SPN TUR NTH SWD RUM POR SWZ GRC DEN YUG BUL NOR ALB
    static let germany = [3, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0]
    static let russia = [0, 3, 1, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    static let syscap = [
        0.25, 0.21, 0.20, 0.08, 0.08, 0.05, 0.03, 0.03, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0, 0, 0,
    ]
    static let scores = SimilarityScores(germany, russia, weights: syscap, coding: .valued)

    @Test func signorinoRitterS() {
        // Σ|gmy − rus| = 18 over N = 20, m = 3: 1 − 2·18/60 = 0.4. Σ(gmy − rus)² = 50: 1 − 2·50/180 = 0.4444444.
        // Weighted: Σ w·|d| = 0.75 + 0.63 + 0.20 + 0.24 + 0.24 + 0.10 + 0.03 = 2.19, Σ w = 1.00: 1 − 4.38/3 = −0.46.
        #expect(printsAs(Self.scores.sAbsolute, "0.4"))
        #expect(printsAs(Self.scores.sSquared, "0.4444444"))
        #expect(printsAs(Self.scores.sWeightedAbsolute, "-0.46"))
    }

    @Test func tauB() {
        // 190 pairs: 13 concordant, 11 discordant, 44 tied on Germany only, 40 tied on Russia only (the rest tied
        // on both): (13 − 11)/√(68·64) = 0.03031695.
        #expect(printsAs(Self.scores.tauB, "0.03031695"))
    }

    @Test func kappaAndPi() {
        #expect(printsAs(Self.scores.kappaSquared, "-0.07758621"))
        #expect(printsAs(Self.scores.piNominal, "-0.04477612"))
    }

    @Test func theCheckRejectsANearMiss() {
        #expect(!printsAs(0.4000002, "0.4"))
        #expect(!printsAs(0.03031696, "0.03031695"))
        #expect(printsAs(0.030316953, "0.03031695"))
    }
}

/// Small examples worked by hand.
@Suite struct SimilarityMeasureTests {
    @Test func signorinoRitterByHand() {
        // x = (3, 0, 2), y = (3, 1, 0), valued (m = 3); distances 0, 1, 2.
        // absolute: d = 3, d_max = 3·3 = 9: S = 1 − 6/9 = 1/3.
        // squared: d = 0 + 1 + 4 = 5, d_max = 3·9 = 27: S = 1 − 10/27 = 17/27.
        // weights (0.5, 0.3, 0.2): d = 0.3 + 0.4 = 0.7, d_max = 1·3: S = 1 − 1.4/3 = 8/15;
        //   squared: d = 0.3 + 0.8 = 1.1, d_max = 1·9: S = 1 − 2.2/9 = 34/45.
        let x = [3, 0, 2]
        let y = [3, 1, 0]
        let w = [0.5, 0.3, 0.2]
        #expect(close(SignorinoRitter.s(x, y, distance: .absolute, maximum: 3), 1.0 / 3))
        #expect(close(SignorinoRitter.s(x, y, distance: .squared, maximum: 3), 17.0 / 27))
        #expect(close(SignorinoRitter.s(x, y, weights: w, distance: .absolute, maximum: 3), 8.0 / 15))
        #expect(close(SignorinoRitter.s(x, y, weights: w, distance: .squared, maximum: 3), 34.0 / 45))
        // Weights count relative to their sum: doubling them changes nothing.
        #expect(close(SignorinoRitter.s(x, y, weights: w.map { $0 * 2 }, distance: .absolute, maximum: 3), 8.0 / 15))
    }

    @Test func signorinosOwnExample() {
        // Signorino's GAUSS header: Ai = 3 3 2 2, Aj = 2 2 3 3, W = .5 .3 .1 .1, M = 3.
        // d = .5 + .3 + .1 + .1 = 1, d_max = 1·3: S = 1 − 2/3 = 1/3.
        #expect(
            close(
                SignorinoRitter.s(
                    [3, 3, 2, 2], [2, 2, 3, 3], weights: [0.5, 0.3, 0.1, 0.1], distance: .absolute, maximum: 3),
                1.0 / 3))
    }

    @Test func binaryAgreementByHand() {
        // x = (1, 1, 0, 0), y = (1, 0, 0, 0); joint proportions: (1,1) 1/4, (1,0) 1/4, (0,0) 1/2.
        // Marginals: x (0: 1/2, 1: 1/2), y (0: 3/4, 1: 1/4). Observed disagreement 1/4.
        // kappa: expected 1/2·1/4 + 1/2·3/4 = 1/2 → 1 − (1/4)/(1/2) = 1/2.
        // pi: pooled (0: 5/8, 1: 3/8), expected 2·5/8·3/8 = 15/32 → 1 − (1/4)/(15/32) = 7/15.
        // With two levels every weighting is the nominal one.
        let x = [1, 1, 0, 0]
        let y = [1, 0, 0, 0]
        for weighting in Agreement.Weighting.allCases {
            #expect(close(Agreement.kappa(x, y, levels: 0...1, weighting: weighting), 0.5))
            #expect(close(Agreement.pi(x, y, levels: 0...1, weighting: weighting), 7.0 / 15))
        }
        // S: d = 1 of d_max = 4 → 1 − 2/4 = 1/2.
        #expect(close(SignorinoRitter.s(x, y, distance: .absolute, maximum: 1), 0.5))
    }

    @Test func valuedAgreementByHand() {
        // x = (3, 0, 2), y = (3, 1, 0), levels 0...3, squared weights w_ij = ((i − j)/3)².
        // Joint table: (3,3), (0,1), (2,0), 1/3 each → observed = 1/3·(1/9 + 4/9) = 5/27.
        // kappa: marginals x {0, 2, 3}, y {0, 1, 3}, 1/3 each; Σ w over those 9 cells =
        //   (0 + 1/9 + 1) + (4/9 + 1/9 + 1/9) + (1 + 4/9 + 0) = 29/9, times 1/9 → 29/81;
        //   kappa = 1 − (5/27)/(29/81) = 1 − 15/29 = 14/29.
        // pi: pooled p = (1/3, 1/6, 1/6, 1/3); expected = 2·Σ_{i<j} p_i·p_j·w_ij
        //   = 2·(1/162 + 4/162 + 18/162 + 0.5/162 + 4/162 + 1/162) = 57/162 = 19/54;
        //   pi = 1 − (5/27)/(19/54) = 1 − 10/19 = 9/19.
        // Nominal: observed 2/3; kappa expected = 1 − Σ r_i·c_i = 1 − (1/9 + 1/9) = 7/9 → 1 − (2/3)/(7/9) = 1/7.
        let x = [3, 0, 2]
        let y = [3, 1, 0]
        #expect(close(Agreement.kappa(x, y, levels: 0...3, weighting: .squared), 14.0 / 29))
        #expect(close(Agreement.pi(x, y, levels: 0...3, weighting: .squared), 9.0 / 19))
        #expect(close(Agreement.kappa(x, y, levels: 0...3, weighting: .nominal), 1.0 / 7))
    }

    @Test func tauBByHand() {
        // x = (3, 0, 2), y = (3, 1, 0): pairs (1,2) dx 3 dy 2 concordant; (1,3) dx 1 dy 3 concordant;
        // (2,3) dx −2 dy 1 discordant. No ties: (2 − 1)/√(3·3) = 1/3.
        #expect(close(KendallTauB.tauB([3, 0, 2], [3, 1, 0]), 1.0 / 3))
        // With ties: x = (1, 1, 0, 0), y = (1, 0, 0, 0). (1,2) tied on x only; (1,3), (1,4) concordant;
        // (2,3), (2,4) tied on y only; (3,4) tied on both (ignored). C = 2, D = 0, T_x = 1, T_y = 2:
        // 2/√((2 + 1)·(2 + 2)) = 2/√12 = 1/√3.
        #expect(close(KendallTauB.tauB([1, 1, 0, 0], [1, 0, 0, 0]), 1 / 3.0.squareRoot()))
    }

    @Test func codingRanksObligations() {
        let valued = SimilarityCoding.valued
        #expect(valued.code([.alliance, .defense]) == 3)
        #expect(valued.code([.alliance, .offense]) == 3)  // offence ranks with defence
        #expect(valued.code([.alliance, .neutral, .nonagg]) == 2)
        #expect(valued.code([.alliance, .consul]) == 2)
        #expect(valued.code([.alliance, .nonagg]) == 1)
        #expect(valued.code([.alliance]) == 0)  // an asymmetric alliance without obligations for this side
        #expect(valued.code([]) == 0)
        #expect(valued.selfCode == 3 && SimilarityCoding.binary.selfCode == 1)
        let binary = SimilarityCoding.binary
        #expect(
            [[.alliance, .defense], [.alliance, .consul], [.alliance, .nonagg], [.alliance], []].map(binary.code) == [
                1, 1, 1, 0, 0,
            ])
    }
}

/// Identical, opposite and constant portfolios: the defined results (docs/similarity.md "Undefined cases").
@Suite struct SimilarityEdgeCaseTests {
    @Test func identicalPortfoliosScoreOne() {
        let x = [3, 0, 1, 0, 2]
        let scores = SimilarityScores(x, x, weights: [0.2, 0.1, 0, 0.3, 0.4], coding: .valued)
        for (name, value) in scores.all {
            #expect(close(value, 1), "\(name)")
        }
    }

    @Test func oppositePortfoliosScoreMinusOne() {
        // Every dimension at the largest distance: d = d_max, S = −1.
        let scores = SimilarityScores([1, 0, 1, 0], [0, 1, 0, 1], weights: nil, coding: .binary)
        #expect(close(scores.sAbsolute, -1) && close(scores.sSquared, -1))
        #expect(scores.sWeightedAbsolute == nil && scores.sWeightedSquared == nil)  // no weights given
        #expect(close(scores.tauB, -1))
        // kappa: observed 1, expected 2·1/2·1/2 = 1/2 → 1 − 2 = −1; pi alike (pooled marginals equal).
        #expect(close(scores.kappaNominal, -1) && close(scores.piNominal, -1))
    }

    @Test func bothConstantInOneCategoryIsUndefined() {
        // All codes 3 in both (two states defending each other and everyone else): S = 1, but the expected
        // disagreement of kappa and pi is 0 (0/0) and every pair is tied for tau-b: nil.
        let scores = SimilarityScores([3, 3, 3], [3, 3, 3], weights: nil, coding: .valued)
        #expect(close(scores.sAbsolute, 1) && close(scores.sSquared, 1))
        #expect(scores.kappaSquared == nil && scores.kappaNominal == nil)
        #expect(scores.piNominal == nil && scores.piSquared == nil)
        #expect(scores.tauB == nil)
    }

    @Test func constantAgainstOtherPortfolios() {
        // Two different constants: kappa's expected disagreement equals the observed one → 0; pi's pooled
        // marginal is (1/2, 1/2), expected 1/2 against observed 1 → −1; tau-b undefined.
        #expect(close(Agreement.kappa([0, 0], [1, 1], levels: 0...1, weighting: .nominal), 0))
        #expect(close(Agreement.pi([0, 0], [1, 1], levels: 0...1, weighting: .nominal), -1))
        #expect(KendallTauB.tauB([0, 0], [1, 1]) == nil)
        // Constant against varying: the joint table is the product of the marginals → kappa 0.
        #expect(close(Agreement.kappa([0, 0, 0, 0], [3, 0, 1, 0], levels: 0...3, weighting: .squared), 0))
        #expect(KendallTauB.tauB([0, 0, 0, 0], [3, 0, 1, 0]) == nil)
    }

    @Test func weightsSummingToZeroGiveNoScore() {
        #expect(SignorinoRitter.s([1, 0], [0, 1], weights: [0, 0], distance: .absolute, maximum: 1) == nil)
    }

    @Test func unusedLevelsStillSetTheRange() {
        // Codes 0 and 3 only: with levels 0...3 the squared weight of a 0–3 disagreement is 1; restricted to the
        // codes seen the range would be wrong. x = (3, 0), y = (0, 0): observed 1/2·1 = 1/2; expected
        // r = (1/2 at 0, 1/2 at 3), c = (1 at 0): 1/2·1 = 1/2 → kappa 0.
        #expect(close(Agreement.kappa([3, 0], [0, 0], levels: 0...3, weighting: .squared), 0))
    }
}

/// Portfolios built from the bundled ATOP 5.1 data.
@Suite struct SimilarityRealDataTests {
    static let alliances: SimilarityAlliances = {
        do {
            let spells = try ATOPLoader.members(BundledData.atopMembers, states: Fixtures.states)
            return SimilarityAlliances(
                atop: AllianceDyadYears(
                    spells: spells, coverageEnd: ATOPLoader.coverageEnd,
                    corrections: try ATOPLoader.corrections(BundledData.atopDyadCorrections)))
        } catch {
            fatalError("\(error)")
        }
    }()
    static let capabilities: Capabilities = {
        do { return try CapabilitiesLoader.load(BundledData.capabilities, states: Fixtures.states) } catch {
            fatalError("\(error)")
        }
    }()

    static func portfolios(
        _ a: Int, _ b: Int, _ year: Int, reference: SimilarityReference = .system, coding: SimilarityCoding = .valued
    ) throws -> AlliancePortfolios {
        let states = Fixtures.states
        guard let ia = states.id(ccode: a), let ib = states.id(ccode: b) else { throw FoedusError(.unknownState, "") }
        return try AlliancePortfolios(
            ia, ib, year: year, states: states, alliances: alliances, reference: reference, coding: coding,
            capabilities: capabilities)
    }

    static func code(_ p: AlliancePortfolios, of state: Int, towards k: Int) -> Int? {
        guard let index = p.states.firstIndex(where: { Fixtures.states[$0].ccode == k }) else { return nil }
        return state == Fixtures.states[p.first].ccode ? p.firstCodes[index] : p.secondCodes[index]
    }

    @Test func portfoliosFollowTheTreaties() throws {
        // 1914: the Dual Alliance (1879) and the Triple Alliance (1882) bind Germany (255) to defend
        // Austria-Hungary (300) and Italy (325); the Franco-Russian alliance (1894) binds Russia (365) to France (220).
        let p = try Self.portfolios(255, 365, 1914)
        #expect(Self.code(p, of: 255, towards: 300) == 3 && Self.code(p, of: 255, towards: 325) == 3)
        #expect(Self.code(p, of: 365, towards: 220) == 3 && Self.code(p, of: 255, towards: 220) == 0)
        // Each state's own entry is the top code; the set is every state in the system in 1914.
        #expect(Self.code(p, of: 255, towards: 255) == 3 && Self.code(p, of: 365, towards: 365) == 3)
        #expect(
            p.states.count
                == Fixtures.states.states.filter {
                    $0.periods.contains { $0.lowerBound.year <= 1914 && 1914 <= $0.upperBound.year }
                }.count)
        let binary = try Self.portfolios(255, 365, 1914, coding: .binary)
        #expect(binary.firstCodes == p.firstCodes.map { $0 >= 1 ? 1 : 0 })
    }

    @Test func portfoliosAreDirected() throws {
        // 1832: ATOP gives Belgium (211) no defence duty towards France (220), France one towards Belgium.
        let p = try Self.portfolios(211, 220, 1832)
        let forward = Self.alliances.columns(211, 220, year: 1832)
        #expect(Self.code(p, of: 211, towards: 220) == SimilarityCoding.valued.code(forward))
        #expect(Self.code(p, of: 211, towards: 220) != 3 && Self.code(p, of: 220, towards: 211) == 3)
    }

    @Test func alliesScoreHigherThanRivals() throws {
        // Belgium (211) and the Netherlands (210) are both in NATO and the EU: in 2018 their portfolios differ
        // at most in a few bilateral ties, so S is close to 1. In 1980 they were NATO allies, Poland (290) and
        // Hungary (310) Warsaw Pact allies, West (260) and East (265) Germany on opposite sides: within one
        // year and reference set each allied pair scores higher on every measure than the divided pair.
        let allies2018 = try Self.portfolios(211, 210, 2018).scores
        let nato = try Self.portfolios(211, 210, 1980).scores
        let pact = try Self.portfolios(290, 310, 1980).scores
        let divided = try Self.portfolios(260, 265, 1980).scores
        #expect((allies2018.sAbsolute ?? 0) > 0.9 && (allies2018.sSquared ?? 0) > 0.9)
        #expect((allies2018.sAbsolute ?? 0) > (divided.sAbsolute ?? 1))
        for (name, low) in divided.all {
            guard let low else { continue }
            for allied in [nato, pact] {
                let high = allied.all.first { $0.name == name }?.value
                #expect((high ?? -2) > low, "\(name)")
            }
            // No CINC for 2018 (NMC ends in 2016): the weighted S is left out there.
            if let high = allies2018.all.first(where: { $0.name == name })?.value { #expect(high > low, "\(name)") }
        }
        // The divided pair is far apart within Europe, where the two blocs sit.
        let regional = try Self.portfolios(260, 265, 1980, reference: .region).scores
        #expect((regional.sAbsolute ?? 1) < (divided.sAbsolute ?? 0))
    }

    @Test func referenceSets() throws {
        // Region: the UN M49 region of the pair (West and East Germany, without M49 codes, count as Europe).
        let europe = try Self.portfolios(260, 265, 1980, reference: .region)
        #expect(europe.states.allSatisfy { SimilarityReference.region(of: Fixtures.states[$0]) == "Europe" })
        #expect(europe.states.contains(europe.first) && europe.states.contains(europe.second))
        // Two regions: the USA (Americas) and the Soviet Union (Europe).
        let two = try Self.portfolios(2, 365, 1980, reference: .region)
        let regions = Set(two.states.compactMap { SimilarityReference.region(of: Fixtures.states[$0]) })
        #expect(regions == ["Americas", "Europe"])
        let system = try Self.portfolios(2, 365, 1980)
        #expect(Set(two.states).isSubset(of: Set(system.states)) && two.states.count < system.states.count)
    }

    @Test func weightsAreCINCOfTheYear() throws {
        let p = try Self.portfolios(2, 365, 1980)
        let weights = try #require(p.weights)
        #expect(weights.count == p.states.count && p.weightYear == 1980 && p.missingWeights.isEmpty)
        #expect(p.scores.sWeightedAbsolute != nil)
        // NMC ends in 2016: no weights for 2018 unless the caller carries 2016 forward.
        let late = try Self.portfolios(211, 210, 2018)
        #expect(late.weights == nil && !late.missingWeights.isEmpty && late.scores.sWeightedAbsolute == nil)
        let states = Fixtures.states
        let carried = try AlliancePortfolios(
            try #require(states.id(ccode: 211)), try #require(states.id(ccode: 210)), year: 2018, states: states,
            alliances: Self.alliances, capabilities: Self.capabilities, capabilityYear: 2016)
        #expect(carried.weights != nil && carried.weightYear == 2016)
    }

    @Test func invalidRequestsThrow() throws {
        // West Germany ended in 1990; ATOP 5.1 ends in 2018; a state with itself is no pair.
        #expect(throws: FoedusError.self) { try Self.portfolios(260, 2, 2000) }
        #expect(throws: FoedusError.self) { try Self.portfolios(2, 200, 2019) }
        #expect(throws: FoedusError.self) { try Self.portfolios(2, 2, 2000) }
    }
}

/// Politically relevant dyads and the `relevant` reference set (COW contiguity and major powers).
@Suite struct PoliticalRelevanceTests {
    static let relevance: PoliticalRelevance = {
        do {
            return try RelevanceLoader.load(contiguity: BundledData.contiguity, majorPowers: BundledData.majorPowers)
        } catch {
            fatalError("\(error)")
        }
    }()

    @Test func contiguityAndMajorPowers() {
        let r = Self.relevance
        #expect(r.contiguous(2, 20, in: 1950))  // USA–Canada, land border
        #expect(r.contiguous(20, 2, in: 2018))  // carried forward past 2016
        #expect(!r.contiguous(2, 365, in: 1850))  // Alaska was Russian: no US–Russian contiguity then
        #expect(r.isMajorPower(2, in: 1950) && !r.isMajorPower(2, in: 1850))
        #expect(r.relevant(212, 2, in: 2000))  // Luxembourg–USA: the USA is a major power
        #expect(!r.relevant(212, 553, in: 2000))  // Luxembourg–Malawi: neither
    }

    @Test func theRelevantReferenceSetOf1914() throws {
        let table = Fixtures.states
        let set = try SimilarityReference.relevant.states(
            for: Fixtures.id(255), Fixtures.id(365), year: 1914, in: table, relevance: Self.relevance)
        let codes = Set(set.map { table[$0].ccode })
        // The eight major powers of 1914 (COW): USA, UK, France, Germany, Austria-Hungary, Italy, Russia, Japan.
        #expect(codes.isSuperset(of: [2, 200, 220, 255, 300, 325, 365, 740]))
        #expect(codes.contains(210))  // the Netherlands borders Germany
        #expect(!codes.contains(160))  // Argentina is neither contiguous nor a major power
        #expect(throws: FoedusError.self) {
            try SimilarityReference.relevant.states(for: Fixtures.id(255), Fixtures.id(365), year: 1914, in: table)
        }
    }
}
