/// A member of the interstate system, as listed by the Correlates of War project.
public struct State: Hashable, Sendable {
    /// The COW state number (`365` for Russia): the canonical identity.
    public var ccode: Int
    /// The COW abbreviation (`RUS`).
    public var abbreviation: String
    /// The ISO 3166 alpha-3 code, where one exists (`nil` for Austria-Hungary, Bavaria, …).
    public var iso3: String?
    /// The English name.
    public var name: String
    /// The UN M49 region (`Europe`, `Asia`, …), where one exists.
    public var region: String?
    /// The UN M49 sub-region (`Northern America`, `Eastern Asia`, …), where one exists.
    public var subregion: String?
    /// The periods in which the state was a member of the system, sorted (inclusive days).
    public var periods: [ClosedRange<Day>]
    /// Other names a user may type (`North Korea`, `South Korea`, `UK`).
    public var aliases: [String]
    /// Names the state bore on some days instead of ``name`` (COW 345 is Serbia before 1918-12-01, 365 the
    /// Soviet Union from 1922-12-30 to 1991-12-25).
    public var datedNames: [DatedName] = []

    /// A name borne on an inclusive span of days.
    public struct DatedName: Hashable, Sendable {
        public var days: ClosedRange<Day>
        public var name: String
        public init(days: ClosedRange<Day>, name: String) {
            self.days = days
            self.name = name
        }
    }

    /// The state's name on `day` (``name`` when no dated name covers it, or without a day).
    public func name(on day: Day?) -> String {
        guard let day else { return name }
        return datedNames.first { $0.days.contains(day) }?.name ?? name
    }

    /// The other names the state bears on other days, oldest first, without its name on `day` (365 on
    /// 2025-01-01: `["Soviet Union"]`; in 1961: `["Russia"]`). Without a day: every name but ``name``.
    public func otherNames(on day: Day?) -> [String] {
        var starts: [(Day, String)] = periods.map { ($0.lowerBound, name(on: $0.lowerBound)) }
        for dated in datedNames {
            starts.append((dated.days.lowerBound, dated.name))
            let after = dated.days.upperBound.adding(days: 1)
            if exists(on: after) { starts.append((after, name(on: after))) }
        }
        let current = day.map { name(on: $0) } ?? name
        var seen: [String] = []
        for (_, n) in starts.sorted(by: { $0.0 < $1.0 }) where n != current && !seen.contains(n) { seen.append(n) }
        return seen
    }

    public init(
        ccode: Int, abbreviation: String, iso3: String?, name: String, region: String?, subregion: String?,
        periods: [ClosedRange<Day>], aliases: [String] = []
    ) {
        self.ccode = ccode
        self.abbreviation = abbreviation
        self.iso3 = iso3
        self.name = name
        self.region = region
        self.subregion = subregion
        self.periods = periods
        self.aliases = aliases
    }

    /// Whether the state was a member of the system on `day`.
    public func exists(on day: Day) -> Bool { periods.contains { $0.contains(day) } }
}
