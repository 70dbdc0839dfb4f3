import FoedusAnalysis
import FoedusCore
import FoedusTestSupport
import Testing

/// Similarity for every pair of a year (`foedus export similarity`): the same values as the pair's own portfolios.
@Suite struct SimilarityYearTests {
    typealias Real = SimilarityRealDataTests

    static func year(_ y: Int, reference: SimilarityReference = .system) throws -> SimilarityYear {
        try SimilarityYear(
            year: y, states: Fixtures.states, alliances: Real.alliances, reference: reference,
            capabilities: Real.capabilities, capabilityYear: min(y, 2016))
    }

    @Test func everyPairOfTheUnitedStatesMatchesItsPortfolios() throws {
        let table = try Self.year(1980)
        let states = Fixtures.states
        let usa = try #require(states.id(ccode: 2))
        #expect(table.states.count == 156)
        for other in table.states where other != usa {
            let pair = try AlliancePortfolios(
                usa, other, year: 1980, states: states, alliances: Real.alliances, capabilities: Real.capabilities)
            let (scores, n) = try table.scores(usa, other)
            #expect(scores == pair.scores, "\(states[other].ccode)")
            #expect(n == pair.states.count)
        }
    }

    @Test func regionalSetsDifferByPair() throws {
        let table = try Self.year(1980, reference: .region)
        let states = Fixtures.states
        let (a, b, c) = try (
            #require(states.id(ccode: 260)), #require(states.id(ccode: 265)), #require(states.id(ccode: 2))
        )
        let europe = try AlliancePortfolios(
            a, b, year: 1980, states: states, alliances: Real.alliances, reference: .region,
            capabilities: Real.capabilities)
        #expect(try table.scores(a, b).scores == europe.scores)
        #expect(try table.scores(a, b).referenceStates == europe.states.count)
        #expect(try table.scores(a, c).referenceStates > europe.states.count)
    }

    @Test func pairsComeOnceOrInBothOrders() throws {
        let table = try Self.year(1816)
        var once: [(Int, Int)] = []
        try table.forEachPair(directed: false) { a, b, _, _ in
            once.append((Fixtures.states[a].ccode, Fixtures.states[b].ccode))
        }
        #expect(once.count == 23 * 22 / 2)
        #expect(once.allSatisfy { $0.0 < $0.1 })
        var both: [String: SimilarityScores] = [:]
        try table.forEachPair(directed: true) { a, b, scores, _ in
            both["\(Fixtures.states[a].ccode)-\(Fixtures.states[b].ccode)"] = scores
        }
        #expect(both.count == 23 * 22)
        #expect(both["2-200"] == both["200-2"])
        #expect(throws: FoedusError.self) { try Self.year(2019) }
    }

    /// The joint-table count of tau-b (codes spanning fewer than 8 values) against the pairwise count (a wider
    /// spread of the same ranks): tau-b depends on ranks only, so the two must agree to the bit.
    @Test func tauBByCountsEqualsPairwiseCounts() {
        var seed: UInt64 = 7
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<50 {
            let x = (0..<40).map { _ in next() % 4 }
            let y = (0..<40).map { _ in next() % 4 }
            #expect(KendallTauB.tauB(x, y) == KendallTauB.tauB(x.map { $0 * 10 }, y.map { $0 * 10 }))
        }
    }
}
