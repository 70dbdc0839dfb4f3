import FoedusCore

/// Which states matter to each other: contiguity (COW Direct Contiguity: land, river, or up to 400 miles
/// of water) and major-power status (COW). A dyad is "politically relevant" when its states are contiguous or
/// either is a major power.
///
/// Both sources end in 2016: spells still running then are assumed to continue (as the state list is).
public struct PoliticalRelevance: Sendable {
    /// One spell of contiguity between two states (COW numbers), in years.
    public struct Contiguity: Hashable, Sendable {
        public var ccode1: Int
        public var ccode2: Int
        /// 1 land or river, 2–5 separated by up to 12, 24, 150 or 400 miles of water.
        public var type: Int
        public var years: ClosedRange<Int>
        public init(ccode1: Int, ccode2: Int, type: Int, years: ClosedRange<Int>) {
            self.ccode1 = ccode1
            self.ccode2 = ccode2
            self.type = type
            self.years = years
        }
    }

    private var contiguity: [Int: [Contiguity]] = [:]
    private var majors: [Int: [ClosedRange<Int>]] = [:]

    /// - Parameters:
    ///   - contiguity: spells (both directions are filed).
    ///   - majorPowers: COW number → the years of major-power status.
    public init(contiguity: [Contiguity], majorPowers: [(Int, ClosedRange<Int>)]) {
        for c in contiguity {
            self.contiguity[Self.key(c.ccode1, c.ccode2), default: []].append(c)
            self.contiguity[Self.key(c.ccode2, c.ccode1), default: []].append(c)
        }
        for (ccode, years) in majorPowers { majors[ccode, default: []].append(years) }
    }

    private static func key(_ a: Int, _ b: Int) -> Int { a * 10_000 + b }

    /// Whether `a` and `b` were contiguous in `year` with a type up to `maxType` (5 = within 400 miles of water).
    public func contiguous(_ a: Int, _ b: Int, in year: Int, maxType: Int = 5) -> Bool {
        contiguity[Self.key(a, b)]?.contains { $0.type <= maxType && $0.years.contains(year) } ?? false
    }

    /// Whether `ccode` was a major power in `year`.
    /// The lowest (closest) COW contiguity type of `a` and `b` in force in `year` (1 land or river, 2–5 water up to
    /// 12, 24, 150, 400 miles), or 0 when they are not contiguous (peacesciencer's `conttype`).
    public func contiguityType(_ a: Int, _ b: Int, in year: Int) -> Int {
        contiguity[Self.key(a, b)]?.lazy.filter { $0.years.contains(year) }.map(\.type).min() ?? 0
    }

    public func isMajorPower(_ ccode: Int, in year: Int) -> Bool {
        majors[ccode]?.contains { $0.contains(year) } ?? false
    }

    /// Whether the dyad is politically relevant in `year`: contiguous, or either state a major power.
    public func relevant(_ a: Int, _ b: Int, in year: Int) -> Bool {
        contiguous(a, b, in: year) || isMajorPower(a, in: year) || isMajorPower(b, in: year)
    }
}
