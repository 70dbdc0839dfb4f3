public import FoedusCore

/// Dyad-years of the state system with their ATOP alliance columns, contributing alliances and
/// capabilities, in the order peacesciencer users expect: by `ccode1`, then `ccode2`, then year.
///
/// Rules (docs/dyad-years.md): a dyad exists in a year only if both states were in the system on a
/// common day of it; directed rows give `ccode1`'s obligations towards `ccode2`; non-directed rows
/// (`ccode1 < ccode2`) take the maximum over both directions; outside a source's coverage the value is
/// missing (NA), never 0.
public struct DyadYearSource: Sendable {
    /// One dyad-year, handed to the caller's closure (nothing is stored per row).
    public struct Row {
        public var a: StateID
        public var b: StateID
        public var year: Int
        /// `nil` outside the alliance data's coverage (NA).
        public var columns: AllianceDyadYears.Columns?
        /// The contributing alliances (ATOP ids), ascending.
        public var alliances: [Int32]
        /// After ATOP's coverage: whether a carried ATOP alliance contributes; `nil` in ATOP's years.
        public var carried: Bool?
    }

    public let states: StateTable
    public let alliances: AllianceDyadYears
    public let capabilities: Capabilities
    /// The first year the alliance data cover (ATOP: 1815).
    public let firstAllianceYear: Int
    /// The years after ATOP's coverage, from the curated treaties and the carried ATOP alliances, when asked for.
    public var extended: TreatyDyadYears?

    public init(
        states: StateTable, alliances: AllianceDyadYears, capabilities: Capabilities, firstAllianceYear: Int = 1815,
        extended: TreatyDyadYears? = nil
    ) {
        self.states = states
        self.alliances = alliances
        self.capabilities = capabilities
        self.firstAllianceYear = firstAllianceYear
        self.extended = extended
    }

    /// Calls `body` once per dyad with the years of `years` in which it exists (ascending) and a cursor over
    /// its allied cells, in (ccode1, ccode2) order.
    ///
    /// The fast path for writers: per-year work stays in the caller's loop.
    public func forEachDyad(
        years: ClosedRange<Int>, directed: Bool, _ body: (StateID, StateID, [Int], inout DyadCells) throws -> Void
    ) rethrows {
        let dyads = SystemDyads(states: states)
        var list: [Int] = []
        for a in 0..<states.count {
            for b in (directed ? 0 : a + 1)..<states.count where a != b {
                let (ia, ib) = (StateID(a), StateID(b))
                dyads.years(ia, ib, in: years, into: &list)
                guard !list.isEmpty else { continue }
                let (ca, cb) = (states[ia].ccode, states[ib].ccode)
                var cells = DyadCells(
                    table: alliances, forward: alliances.cells(ca, cb),
                    backward: directed ? [] : alliances.cells(cb, ca))
                if let extended, list.last.map({ $0 > alliances.lastYear }) ?? false {
                    cells.laterForward = extended.cells(ca, cb)[...]
                    if !directed { cells.laterBackward = extended.cells(cb, ca)[...] }
                }
                try body(ia, ib, list, &cells)
            }
        }
    }

    /// Whether the alliance columns have values in `year` from ATOP itself.
    public func alliancesCover(_ year: Int) -> Bool { year >= firstAllianceYear && year <= alliances.lastYear }

    /// Whether the alliance columns have values in `year` from the treaties after ATOP's coverage.
    public func treatiesCover(_ year: Int) -> Bool { extended?.years.contains(year) ?? false }

    /// Calls `body` for every dyad-year in `years`, in (ccode1, ccode2, year) order.
    public func forEach(years: ClosedRange<Int>, directed: Bool, _ body: (borrowing Row) throws -> Void) rethrows {
        var row = Row(a: StateID(0), b: StateID(0), year: 0, columns: nil, alliances: [], carried: nil)
        try forEachDyad(years: years, directed: directed) { a, b, list, cells in
            row.a = a
            row.b = b
            for year in list {
                row.year = year
                row.alliances.removeAll(keepingCapacity: true)
                row.carried = nil
                if alliancesCover(year) {
                    row.columns = cells.columns(in: year, alliances: &row.alliances)
                } else if treatiesCover(year) {
                    let cell = cells.later(in: year)
                    row.columns = cell?.columns ?? []
                    row.alliances = cell?.atopids ?? []
                    row.carried = cell?.carried ?? false
                } else {
                    row.columns = nil
                }
                try body(row)
            }
        }
    }
}

/// The allied cells of one dyad, read year by year in ascending order.
public struct DyadCells {
    let table: AllianceDyadYears
    var forward: ArraySlice<AllianceDyadYears.Cell>
    var backward: ArraySlice<AllianceDyadYears.Cell>
    var laterForward: ArraySlice<TreatyDyadYears.Cell> = []
    var laterBackward: ArraySlice<TreatyDyadYears.Cell> = []

    /// The dyad's cell in `year` after ATOP's coverage (the maximum over both directions for non-directed data),
    /// or `nil` when the two share no treaty. Years must be asked in ascending order.
    public mutating func later(in year: Int) -> TreatyDyadYears.Cell? {
        while let cell = laterForward.first, cell.year < year { laterForward = laterForward.dropFirst() }
        while let cell = laterBackward.first, cell.year < year { laterBackward = laterBackward.dropFirst() }
        let f = laterForward.first.flatMap { $0.year == year ? $0 : nil }
        let b = laterBackward.first.flatMap { $0.year == year ? $0 : nil }
        guard var cell = f ?? b else { return nil }
        if let f, let b {
            cell.columns.formUnion(b.columns)
            cell.carried = f.carried || b.carried
            cell.atopids = Array(Set(f.atopids + b.atopids)).sorted()
            cell.treaties = Array(Set(f.treaties + b.treaties)).sorted()
        }
        return cell
    }

    /// The dyad's columns in `year` (the maximum over both directions for non-directed data), appending the
    /// contributing alliances to `ids` (ascending, once each). Years must be asked in ascending order.
    public mutating func columns(in year: Int, alliances ids: inout [Int32]) -> AllianceDyadYears.Columns {
        var columns = AllianceDyadYears.Columns()
        while let cell = forward.first, Int(cell.year) < year { forward = forward.dropFirst() }
        while let cell = backward.first, Int(cell.year) < year { backward = backward.dropFirst() }
        if let cell = forward.first, Int(cell.year) == year {
            columns.formUnion(cell.columns)
            ids.append(contentsOf: table.alliances(cell))
        }
        if let cell = backward.first, Int(cell.year) == year {
            columns.formUnion(cell.columns)
            ids.append(contentsOf: table.alliances(cell))
            ids.sort()
            ids = ids.reduce(into: []) { if $0.last != $1 { $0.append($1) } }
        }
        return columns
    }
}
