import FoedusApp
import FoedusCore
import FoedusTestSupport
import Testing

/// Issue #13 §2.8: lists name each state as it was named on the list's day, and give its other names; a
/// treaty names each party as on the day it was first bound.
@Suite struct NamesInListsTests {
    func state(_ ccode: Int) -> State { Fixtures.states[Fixtures.id(ccode)] }

    @Test func otherNamesAreTheNamesOfOtherDaysOldestFirst() {
        #expect(state(365).otherNames(on: Fixtures.day("2025-01-01")) == ["Soviet Union"])
        #expect(state(365).otherNames(on: Fixtures.day("1961-08-13")) == ["Russia"])
        #expect(state(345).otherNames(on: Fixtures.day("2025-01-01")) == ["Yugoslavia"])
        #expect(state(345).otherNames(on: Fixtures.day("1950-01-01")) == ["Serbia"])
        #expect(state(345).otherNames(on: nil) == ["Serbia"])
        #expect(state(2).otherNames(on: Fixtures.day("2025-01-01")) == [])
    }

    @Test func theStatesListNamesEachStateOnItsDay() throws {
        let in1961 = StatesReportJSON(world: Fixtures.world, day: Fixtures.day("1961-08-13"))
        let ussr = try #require(in1961.states.first { $0.ccode == 365 })
        #expect(ussr.name == "Soviet Union")
        #expect(ussr.otherNames == ["Russia"])
        let in2025 = StatesReportJSON(world: Fixtures.world, day: Fixtures.day("2025-01-01"))
        let serbia = try #require(in2025.states.first { $0.ccode == 345 })
        #expect(serbia.name == "Serbia")
        #expect(serbia.otherNames == ["Yugoslavia"])
    }

    @Test func theTreatiesListNamesPartiesOnItsDay() throws {
        let day = Fixtures.day("1961-08-13")
        let report = TreatiesReportJSON(world: Fixtures.world, index: Fixtures.world.index(on: day), party: nil)
        let names = report.treaties.flatMap(\.parties).filter { $0.ccode == 365 }.map(\.name)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0 == "Soviet Union" })
    }
}
