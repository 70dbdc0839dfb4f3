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
