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
    }

    public let states: StateTable
    public let alliances: AllianceDyadYears
    public let capabilities: Capabilities
    /// The first year the alliance data cover (ATOP: 1815).
    public let firstAllianceYear: Int

    public init(
        states: StateTable, alliances: AllianceDyadYears, capabilities: Capabilities, firstAllianceYear: Int = 1815
    ) {
        self.states = states
        self.alliances = alliances
        self.capabilities = capabilities
        self.firstAllianceYear = firstAllianceYear
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
                try body(ia, ib, list, &cells)
            }
        }
    }

    /// Whether the alliance columns have values in `year` (else NA).
    public func alliancesCover(_ year: Int) -> Bool { year >= firstAllianceYear && year <= alliances.lastYear }

    /// Calls `body` for every dyad-year in `years`, in (ccode1, ccode2, year) order.
    public func forEach(years: ClosedRange<Int>, directed: Bool, _ body: (borrowing Row) throws -> Void) rethrows {
        var row = Row(a: StateID(0), b: StateID(0), year: 0, columns: nil, alliances: [])
        try forEachDyad(years: years, directed: directed) { a, b, list, cells in
            row.a = a
            row.b = b
            for year in list {
                row.year = year
                row.alliances.removeAll(keepingCapacity: true)
                row.columns = alliancesCover(year) ? cells.columns(in: year, alliances: &row.alliances) : nil
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
