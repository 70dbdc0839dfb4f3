/// A calendar day in the proleptic Gregorian calendar, in UTC.
///
/// `Day` counts days from 0001-01-01 (day 0). It is a plain integer, so comparing, hashing and
/// storing days is free; conversions to and from year, month and day are exact for every year
/// from 1 to 9999. Core never reads the wall clock: "today" is supplied by the caller.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 0001-01-01.
    public var rawValue: Int32

    /// Creates a day from its offset since 0001-01-01.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Creates a day from a valid calendar date, or returns `nil` (2024-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        rawValue = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// Whether `year` is a leap year in the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month, 28 to 31.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The calendar components of this day.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days, shifted to our epoch (0001-01-01).
        let z = Int(rawValue) + Day.epochShift
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    /// The year of this day.
    public var year: Int { components.year }

    /// The day `n` days later (or earlier, for negative `n`).
    public func adding(days n: Int) -> Day { Day(rawValue: rawValue + Int32(n)) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else, including impossible dates.
    public init?(iso string: some StringProtocol) {
        guard let date = PartialDate(iso: string), date.precision == .day else { return nil }
        self = date.first
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The earliest day Foedus models (the start of the COW state system).
    public static let systemStart = Day(rawValue: 662_914)  // 1816-01-01
    /// A day later than any real one, used as an open end.
    public static let distantFuture = Day(rawValue: Int32.max / 2)

    // days_from_civil relative to 1970-01-01, minus the offset of 0001-01-01.
    private static let epochShift = 719_468 - 719_162
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - epochShift
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
