public import FoedusCore

/// Directed alliance dyad-years built from alliance spells: for each pair of states and year, whether
/// they shared an alliance and which obligations the first state had towards the second, with the
/// contributing alliances.
///
/// The rules (docs/dyad-years.md): two members of one alliance form an allied dyad in a year if their
/// spells share at least one day of that year; state A's obligations towards B are those of A's spell;
/// several alliances combine by taking the maximum of each column.
public struct AllianceDyadYears: Sendable {
    /// Column bits of a directed dyad-year.
    public struct Columns: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let alliance = Columns(rawValue: 1)
        public static let defense = Columns(rawValue: 2)
        public static let offense = Columns(rawValue: 4)
        public static let neutral = Columns(rawValue: 8)
        public static let nonagg = Columns(rawValue: 16)
        public static let consul = Columns(rawValue: 32)

        init(_ obligations: AllianceSpell.Obligations) {
            self.init(rawValue: 1 | obligations.rawValue << 1)
        }
    }

    /// One directed dyad-year.
    public struct Cell: Sendable {
        public var year: Int16
        public var columns: Columns
        var alliancesStart: Int32
        var allianceCount: Int16
    }

    private let cells: [Cell]
    private let alliancePool: [Int32]
    private let pairs: [Int: Range<Int>]
    /// The last year covered (ATOP 5.1: 2018).
    public let lastYear: Int

    /// A cell of one alliance that the source corrected by hand: `columns` are 0 for `ccode1 → ccode2`
    /// in `years`, whatever the member rows say (ATOP's directed dyadic files, for alliances in which the
    /// obligations of members vary).
    public struct Correction: Hashable, Sendable {
        public var alliance: Int
        public var ccode1: Int
        public var ccode2: Int
        public var years: ClosedRange<Int>
        public var columns: Columns
        public init(alliance: Int, ccode1: Int, ccode2: Int, years: ClosedRange<Int>, columns: Columns) {
            self.alliance = alliance
            self.ccode1 = ccode1
            self.ccode2 = ccode2
            self.years = years
            self.columns = columns
        }
    }

    /// - Parameters:
    ///   - spells: alliance spells (ATOP member level).
    ///   - coverageEnd: the last day of the source's coverage; spells without an end run to it.
    ///   - corrections: cells the source corrected by hand (see ``Correction``).
    public init(spells: [AllianceSpell], coverageEnd: Day, corrections: [Correction] = []) {
        lastYear = coverageEnd.year
        struct Record: Comparable {
            var a: Int32
            var b: Int32
            var year: Int16
            var alliance: Int32
            var phase: Int16
            var columns: UInt8
            /// Sorted by dyad, year and alliance, the latest phase first.
            static func < (l: Record, r: Record) -> Bool {
                (l.a, l.b, l.year, l.alliance, r.phase) < (r.a, r.b, r.year, r.alliance, l.phase)
            }
        }
        var byPhase: [Int: [AllianceSpell]] = [:]
        for spell in spells { byPhase[spell.alliance * 1_000 + spell.phase, default: []].append(spell) }
        var records: [Record] = []
        for members in byPhase.values {
            for i in members {
                let iEnd = i.end ?? coverageEnd
                // Members pair within one phase, when their spells overlap strictly: leaving on a day and
                // joining on that day is no common membership (ATOP's dyadic rule).
                for j in members where j.ccode != i.ccode {
                    let jEnd = j.end ?? coverageEnd
                    guard i.start < jEnd, j.start < iEnd else { continue }
                    let columns = Columns(i.obligations).rawValue
                    for year in max(i.start, j.start).year...min(iEnd, jEnd).year {
                        records.append(
                            Record(
                                a: Int32(i.ccode), b: Int32(j.ccode), year: Int16(year), alliance: Int32(i.alliance),
                                phase: Int16(i.phase), columns: columns))
                    }
                }
            }
        }
        records.sort()
        func key(_ alliance: Int, _ a: Int, _ b: Int) -> Int { (alliance * 10_000 + a) * 10_000 + b }
        var masks: [Int: [(ClosedRange<Int>, UInt8)]] = [:]
        for c in corrections {
            masks[key(c.alliance, c.ccode1, c.ccode2), default: []].append((c.years, c.columns.rawValue))
        }
        var cells: [Cell] = []
        var pool: [Int32] = []
        var pairs: [Int: Range<Int>] = [:]
        var k = 0
        while k < records.count {
            let first = records[k]
            let pairStart = cells.count
            while k < records.count && records[k].a == first.a && records[k].b == first.b {
                let year = records[k].year
                var columns: UInt8 = 0
                let start = pool.count
                while k < records.count && records[k].a == first.a && records[k].b == first.b && records[k].year == year
                {
                    // One alliance: the latest phase in the year decides; the source's corrections apply to it.
                    let alliance = records[k].alliance
                    let phase = records[k].phase
                    var own: UInt8 = 0
                    while k < records.count && records[k].a == first.a && records[k].b == first.b
                        && records[k].year == year && records[k].alliance == alliance
                    {
                        if records[k].phase == phase { own |= records[k].columns }
                        k += 1
                    }
                    for (years, mask) in masks[key(Int(alliance), Int(first.a), Int(first.b))] ?? []
                    where years.contains(Int(year)) {
                        own &= ~mask
                    }
                    columns |= own
                    pool.append(alliance)
                }
                cells.append(
                    Cell(
                        year: year, columns: Columns(rawValue: columns), alliancesStart: Int32(start),
                        allianceCount: Int16(pool.count - start)))
            }
            pairs[Int(first.a) * 10_000 + Int(first.b)] = pairStart..<cells.count
        }
        self.cells = cells
        alliancePool = pool
        self.pairs = pairs
    }

    /// The allied years of `a` towards `b` (COW numbers), ascending.
    public func cells(_ a: Int, _ b: Int) -> ArraySlice<Cell> {
        guard let range = pairs[a * 10_000 + b] else { return [] }
        return cells[range]
    }

    /// The alliances (ATOP ids) behind a cell, ascending.
    public func alliances(_ cell: Cell) -> ArraySlice<Int32> {
        let start = Int(cell.alliancesStart)
        return alliancePool[start..<start + Int(cell.allianceCount)]
    }

    /// The number of directed allied dyad-years.
    public var count: Int { cells.count }

    /// Counts of cells with each column set, optionally within `years`.
    public func totals(in years: ClosedRange<Int>? = nil) -> [Columns: Int] {
        var out: [Columns: Int] = [:]
        for cell in cells where years?.contains(Int(cell.year)) ?? true {
            for column in [Columns.alliance, .defense, .offense, .neutral, .nonagg, .consul]
            where cell.columns.contains(column) {
                out[column, default: 0] += 1
            }
        }
        return out
    }
}
