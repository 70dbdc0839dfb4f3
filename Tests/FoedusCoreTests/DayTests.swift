import FoedusCore
import Testing

@Suite struct DayTests {
    @Test func knownOffsets() {
        #expect(Day(year: 1, month: 1, day: 1)?.rawValue == 0)
        #expect(Day(year: 1970, month: 1, day: 1)?.rawValue == 719_162)
        #expect(Day(year: 1816, month: 1, day: 1) == Day.systemStart)
    }

    @Test(arguments: [
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "24-01-01", "2024-1-01", "2024-01-01x",
        "",
    ])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapDays() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test func roundTripOverFourCenturies() {
        // Every day from 1800-01-01 to 2200-12-31 converts to components and back, in order.
        guard let start = Day(year: 1800, month: 1, day: 1), let end = Day(year: 2200, month: 12, day: 31) else {
            Issue.record("bad bounds")
            return
        }
        var previous: (Int, Int, Int)?
        for raw in start.rawValue...end.rawValue {
            let day = Day(rawValue: raw)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
            if let (py, pm, pd) = previous {
                let next =
                    (pd < Day.daysInMonth(year: py, month: pm))
                    ? (py, pm, pd + 1) : (pm < 12 ? (py, pm + 1, 1) : (py + 1, 1, 1))
                #expect(next == (y, m, d))
            }
            previous = (y, m, d)
        }
    }

    @Test func partialDatesKeepTheirPrecision() throws {
        let year = try #require(PartialDate(iso: "2006"))
        #expect(year.precision == .year)
        #expect(year.first.description == "2006-01-01")
        #expect(year.last.description == "2006-12-31")
        #expect(year.description == "2006")
        let month = try #require(PartialDate(iso: "2024-02"))
        #expect(month.last.description == "2024-02-29")
        #expect(month.description == "2024-02")
        #expect(PartialDate(iso: "2024-02-30") == nil)
    }

    @Test func truthInsidePartialWindowsIsUncertain() throws {
        let start = try #require(PartialDate(iso: "2006"))
        #expect(Truth.within(try #require(Day(iso: "2005-12-31")), start: start, end: nil) == .no)
        #expect(Truth.within(try #require(Day(iso: "2006-06-01")), start: start, end: nil) == .uncertain)
        #expect(Truth.within(try #require(Day(iso: "2007-01-01")), start: start, end: nil) == .yes)
        let end = try #require(PartialDate(iso: "2010-03-15"))
        #expect(Truth.within(try #require(Day(iso: "2010-03-15")), start: start, end: end) == .yes)
        #expect(Truth.within(try #require(Day(iso: "2010-03-16")), start: start, end: end) == .no)
    }
}

@Suite struct StateSetTests {
    @Test func setOperations() {
        var a = StateSet([StateID(0), StateID(63), StateID(64), StateID(200)])
        #expect(a.count == 4)
        #expect(a.contains(StateID(64)))
        #expect(!a.contains(StateID(65)))
        a.remove(StateID(63))
        #expect(Array(a) == [StateID(0), StateID(64), StateID(200)])
        let b = StateSet([StateID(64), StateID(255)])
        #expect(Array(a.union(b)) == [StateID(0), StateID(64), StateID(200), StateID(255)])
        #expect(Array(a.intersection(b)) == [StateID(64)])
        #expect(Array(a.subtracting(b)) == [StateID(0), StateID(200)])
        #expect(StateSet.all(count: 256).count == 256)
    }
}
