import FoedusAnalysis
import FoedusCore
import Testing

/// The dyad-years after ATOP's coverage, from treaties (docs/dyad-years.md, "After 2018").
@Suite struct TreatyDyadYearsTests {
    static func day(_ s: String) -> PartialDate {
        guard let d = PartialDate(iso: s) else { fatalError(s) }
        return d
    }
    static let today = Day(rawValue: 738_335)  // 2022-06-30

    /// A curated treaty: A (1) owes B (2) defence only; both consult; C (3) joins in 2021; a no-aid-to-aggressor
    /// clause (ATOP's neutrality); B's duties to A formally suspended for all of 2020.
    static let curated = Treaty(
        id: "T-1", name: "t", signed: day("2019-03-01"), inForce: day("2019-03-01"),
        parties: [Party(ccode: 1), Party(ccode: 2), Party(ccode: 3, joined: day("2021-05-01"))],
        suspensions: [
            Suspension(party: 2, towards: 1, from: day("2020-01-01"), to: day("2020-12-31"), basis: .formal)
        ],
        provisions: [
            Provision(id: "d", article: "1", kind: .defense, obligors: [1], beneficiaries: [2]),
            Provision(id: "c", article: "2", kind: .consultation),
            Provision(id: "n", article: "3", kind: .noAidToAggressor),
        ])
    /// An ATOP alliance carried on: 1 and 4, non-aggression, 4 leaves at the end of 2019.
    static let carried = Treaty(
        id: "ATOP-9000", name: "ATOP alliance 9000", signed: day("2000-01-01"), inForce: day("2000-01-01"),
        atopid: 9000,
        parties: [Party(ccode: 1), Party(ccode: 4, left: day("2019-12-31"))],
        provisions: [Provision(id: "p", article: "ATOP NONAGG", kind: .nonAggression)], origin: .atop(version: "5.1"))
    /// Only a promise of no aid to an aggressor: an alliance with neutrality, as ATOP's NEUTRAL reads.
    static let noAidOnly = Treaty(
        id: "T-2", name: "t2", signed: day("2019-01-01"), inForce: day("2019-01-01"),
        parties: [Party(ccode: 5), Party(ccode: 6)],
        provisions: [Provision(id: "t", article: "1", kind: .noAidToAggressor)])
    /// No provision at all: no alliance.
    static let noAlliance = Treaty(
        id: "T-4", name: "t4", signed: day("2019-01-01"), inForce: day("2019-01-01"),
        parties: [Party(ccode: 9), Party(ccode: 10)], provisions: [])
    /// Territorial non-use and non-participation count as non-aggression (as ATOP codes SCO-TREATY-2007).
    static let nonUse = Treaty(
        id: "T-3", name: "t3", signed: day("2019-01-01"), inForce: day("2019-01-01"),
        parties: [Party(ccode: 7), Party(ccode: 8)],
        provisions: [
            Provision(id: "t", article: "1", kind: .territorialNonUse, obligors: [7]),
            Provision(id: "p", article: "2", kind: .nonParticipation, obligors: [8]),
        ])

    let table = TreatyDyadYears(
        treaties: [curated, carried, noAidOnly, noAlliance, nonUse], years: 2019...2022, lastDay: today)

    @Test func provisionsFillTheColumnsByKindAndDirection() {
        let ab = table.cells(1, 2)
        #expect(ab.map(\.year) == [2019, 2020, 2021, 2022])
        #expect(ab.allSatisfy { $0.columns == [.alliance, .defense, .neutral, .consul] })
        #expect(ab.allSatisfy { !$0.carried && $0.treaties == ["T-1"] && $0.atopids.isEmpty })
        // B owes A consultation and no aid to A's aggressor only, and not in 2020, when the formal suspension covers
        // the whole year.
        #expect(
            table.cells(2, 1).map(\.columns) == [
                [.alliance, .neutral, .consul], [.alliance], [.alliance, .neutral, .consul],
                [.alliance, .neutral, .consul],
            ])
        // C joined in 2021.
        #expect(table.cells(3, 1).map(\.year) == [2021, 2022])
        #expect(table.cells(5, 6).map(\.columns) == Array(repeating: [.alliance, .neutral], count: 4))
        #expect(table.cells(9, 10).isEmpty)
        #expect(table.cells(7, 8).map(\.columns) == Array(repeating: [.alliance, .nonagg], count: 4))
        #expect(table.cells(8, 7).map(\.columns) == Array(repeating: [.alliance, .nonagg], count: 4))
    }

    @Test func carriedAllianceIsFlaggedAndEndsWithItsMember() {
        let cells = table.cells(4, 1)
        #expect(cells.map(\.year) == [2019])
        #expect(cells.first?.carried == true)
        #expect(cells.first?.atopids == [9000])
        #expect(cells.first?.columns == [.alliance, .nonagg])
        // 1 → 4 combines nothing else; 1's own obligations in 2019 combine both treaties.
        let own = table.state(1, year: 2019)
        #expect(own?.columns == [.alliance, .defense, .neutral, .nonagg, .consul])
        #expect(own?.carried == true)
        #expect(own?.treaties == ["T-1"])
        #expect(table.state(1, year: 2020)?.carried == false)
    }

    @Test func daysAfterTodayDoNotCount() {
        let later = TreatyDyadYears(
            treaties: [Self.curated], years: 2019...2019, lastDay: Day(rawValue: 737_117))  // 2019-02-28
        #expect(later.count == 0)
    }
}
