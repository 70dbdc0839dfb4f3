public import FoedusCore

/// One state's spell in a coded alliance, with the obligations it took on: the unit of the ATOP
/// member-level file (one row per member, phase and spell).
public struct AllianceSpell: Hashable, Sendable {
    /// The five ATOP obligation types, as bits.
    public struct Obligations: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let defense = Obligations(rawValue: 1)
        public static let offense = Obligations(rawValue: 2)
        public static let neutrality = Obligations(rawValue: 4)
        public static let nonAggression = Obligations(rawValue: 8)
        public static let consultation = Obligations(rawValue: 16)
    }

    /// The alliance (ATOP `atopid`).
    public var alliance: Int
    public var ccode: Int
    public var phase: Int
    /// The first day of the spell (ATOP records signature dates).
    public var start: Day
    /// The last day of the spell; `nil` when still in effect at the end of the source's coverage.
    public var end: Day?
    public var obligations: Obligations

    public init(alliance: Int, ccode: Int, phase: Int, start: Day, end: Day?, obligations: Obligations) {
        self.alliance = alliance
        self.ccode = ccode
        self.phase = phase
        self.start = start
        self.end = end
        self.obligations = obligations
    }
}
