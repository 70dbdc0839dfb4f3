/// A date known to the day, the month or only the year.
///
/// Data coded from sources keeps the precision the source gives: `2006` is the whole year 2006,
/// never silently 2006-01-01. ``first`` and ``last`` bound the window; an answer that depends on
/// where inside the window the true day lies is reported as uncertain.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    /// How much of a date is known.
    public enum Precision: String, Hashable, Sendable, Codable {
        case day, month, year
    }

    /// The first day of the window.
    public var first: Day
    /// How much is known.
    public var precision: Precision

    /// A date known to the day.
    public init(_ day: Day) {
        first = day
        precision = .day
    }

    /// A date with the given precision whose window starts on `first`.
    public init(first: Day, precision: Precision) {
        self.first = first
        self.precision = precision
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for anything else or an impossible date.
    public init?(iso string: some StringProtocol) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        guard
            let day = Day(
                year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1,
                day: numbers.count > 2 ? numbers[2] : 1)
        else { return nil }
        first = day
        precision = numbers.count == 3 ? .day : numbers.count == 2 ? .month : .year
    }

    /// The last day of the window.
    public var last: Day {
        let (y, m, _) = first.components
        switch precision {
        case .day: return first
        case .month: return first.adding(days: Day.daysInMonth(year: y, month: m) - 1)
        case .year: return first.adding(days: Day.isLeapYear(y) ? 365 : 364)
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var description: String {
        let text = first.description
        switch precision {
        case .day: return text
        case .month: return String(text.prefix(7))
        case .year: return String(text.prefix(4))
        }
    }
}
