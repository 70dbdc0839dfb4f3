import FoedusAnalysis
import FoedusCore
import FoedusTestSupport
import Testing

@Suite struct SystemDyadsTests {
    let dyads = SystemDyads(states: Fixtures.states)

    @Test func directedCountsMatchPeacesciencer() {
        // peacesciencer 1.2.9, create_dyadyears(system = "cow", directed = TRUE): 1,987,950 rows for 1816–2018
        // and 2,063,610 for 1816–2020 (shared/docs/baseline-peacesciencer.md).
        #expect(dyads.count(in: 1816...2018, directed: true) == 1_987_950)
        #expect(dyads.count(in: 1816...2020, directed: true) == 2_063_610)
        #expect(dyads.count(in: 1816...2018, directed: false) == 1_987_950 / 2)
    }

    @Test(arguments: [(1914, 1_980), (1950, 5_550), (1990, 27_044), (2018, 37_830)])
    func dyadsPerYear(year: Int, expected: Int) {
        #expect(dyads.count(in: year...year, directed: true) == expected)
    }

    @Test func aSharedYearWithoutACommonDayIsNoDyad() throws {
        // Germany (255) left the system on 1945-05-08; the USA is in throughout. But West Germany (260)
        // entered on 1955-05-05 and Germany is 255 again from 1990-10-03: 255 and 260 never share a day.
        var years: [Int] = []
        dyads.years(Fixtures.id(2), Fixtures.id(255), in: 1944...1946, into: &years)
        #expect(years == [1944, 1945])
        dyads.years(Fixtures.id(255), Fixtures.id(260), in: 1816...2018, into: &years)
        #expect(years.isEmpty)
        dyads.years(Fixtures.id(260), Fixtures.id(265), in: 1989...1991, into: &years)
        #expect(years == [1989, 1990])
    }
}
