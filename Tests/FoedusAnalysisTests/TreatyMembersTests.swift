import FoedusAnalysis
import FoedusCore
import Testing

/// Member rows after ATOP's coverage (`foedus export alliances --to`), with the carry rule of the dyad-years, and the
/// similarity matrix that reads the same treaties past 2018.
@Suite struct TreatyMembersTests {
    typealias Fixture = TreatyDyadYearsTests

    let members = TreatyMembers(
        treaties: [Fixture.curated, Fixture.carried, Fixture.noAidOnly, Fixture.noAlliance, Fixture.nonUse],
        years: 2019...2022, lastDay: Fixture.today)

    @Test func rowsComeCarriedFirstThenCuratedByTreatyAndMember() {
        let rows = members.rows.map { "\($0.treaty) \($0.ccode) \($0.entry) \($0.exit?.description ?? "-")" }
        #expect(
            rows == [
                "ATOP-9000 1 2000-01-01 -", "ATOP-9000 4 2000-01-01 2019-12-31",
                "T-1 1 2019-03-01 -", "T-1 2 2019-03-01 -", "T-1 3 2021-05-01 -",
                "T-2 5 2019-01-01 -", "T-2 6 2019-01-01 -",
                "T-3 7 2019-01-01 -", "T-3 8 2019-01-01 -",
            ])
        #expect(members.rows.map(\.carried) == [true, true] + Array(repeating: false, count: 7))
        #expect(members.rows.map(\.atopid) == [9000, 9000] + Array(repeating: nil, count: 7))
    }

    @Test func obligationsAreTheKindsEachMemberOwes() {
        let obligations = members.rows.map(\.obligations)
        #expect(obligations[0] == [.nonagg])
        // A owes defence; every party consults and owes no aid to an aggressor (neutrality).
        #expect(obligations[2] == [.defense, .neutral, .consul])
        #expect(obligations[3] == [.neutral, .consul])
        #expect(obligations[5] == [.neutral])
        // Territorial non-use and non-participation: non-aggression, each for its own obligor.
        #expect(obligations[7] == [.nonagg] && obligations[8] == [.nonagg])
    }

    @Test func anExitAfterTheYearsIsLeftOpenAndEarlierMembersLeftOut() {
        // The export to 2019 only: 4 leaves on its last day (shown); C (3), who joins in 2021, is not there.
        let early = TreatyMembers(
            treaties: [Fixture.curated, Fixture.carried], years: 2019...2019, lastDay: Fixture.today)
        #expect(early.rows.map(\.ccode) == [1, 4, 1, 2])
        #expect(early.rows[1].exit?.description == "2019-12-31")
        // From 2020 on, 4 is gone.
        let late = TreatyMembers(treaties: [Fixture.carried], years: 2020...2022, lastDay: Fixture.today)
        #expect(late.rows.map(\.ccode) == [1])
    }

    @Test func similarityReadsATOPThenTheTreaties() {
        let atop = AllianceDyadYears(spells: [], coverageEnd: Day(rawValue: 737_058))  // 2018-12-31
        let later = TreatyDyadYears(treaties: [Fixture.curated], years: 2019...2022, lastDay: Fixture.today)
        let alliances = SimilarityAlliances(atop: atop, later: later)
        #expect(alliances.lastYear == 2022)
        #expect(alliances.covers(1815) && alliances.covers(2022) && !alliances.covers(2023))
        #expect(alliances.columns(1, 2, year: 2021) == [.alliance, .defense, .neutral, .consul])
        #expect(alliances.columns(1, 2, year: 2018) == [])
        #expect(!SimilarityAlliances(atop: atop).covers(2019))
    }
}
