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

    /// Calls `body` once per dyad with the years of `years` in which it exists (ascending) and the allied
    /// cells of both directions (`backward` is empty for directed data), in (ccode1, ccode2) order.
    ///
    /// The fast path for writers: per-year work stays in the caller's loop.
    public func forEachDyad(
        years: ClosedRange<Int>, directed: Bool,
        _ body: (StateID, StateID, [Int], ArraySlice<AllianceDyadYears.Cell>, ArraySlice<AllianceDyadYears.Cell>) throws
            -> Void
    ) rethrows {
        let dyads = SystemDyads(states: states)
        var list: [Int] = []
        for a in 0..<states.count {
            for b in (directed ? 0 : a + 1)..<states.count where a != b {
                let (ia, ib) = (StateID(a), StateID(b))
                dyads.years(ia, ib, in: years, into: &list)
                guard !list.isEmpty else { continue }
                let (ca, cb) = (states[ia].ccode, states[ib].ccode)
                try body(ia, ib, list, alliances.cells(ca, cb), directed ? [] : alliances.cells(cb, ca))
            }
        }
    }

    /// Whether the alliance columns have values in `year` (else NA).
    public func alliancesCover(_ year: Int) -> Bool { year >= firstAllianceYear && year <= alliances.lastYear }

    /// Calls `body` for every dyad-year in `years`, in (ccode1, ccode2, year) order.
    public func forEach(years: ClosedRange<Int>, directed: Bool, _ body: (borrowing Row) throws -> Void) rethrows {
        let dyads = SystemDyads(states: states)
        var list: [Int] = []
        var row = Row(a: StateID(0), b: StateID(0), year: 0, columns: nil, alliances: [])
        let covered = firstAllianceYear...alliances.lastYear
        for a in 0..<states.count {
            for b in (directed ? 0 : a + 1)..<states.count where a != b {
                let (ia, ib) = (StateID(a), StateID(b))
                dyads.years(ia, ib, in: years, into: &list)
                guard !list.isEmpty else { continue }
                let (ca, cb) = (states[ia].ccode, states[ib].ccode)
                var forward = alliances.cells(ca, cb)[...]
                var backward = directed ? [][...] : alliances.cells(cb, ca)[...]
                row.a = ia
                row.b = ib
                for year in list {
                    row.year = year
                    row.alliances.removeAll(keepingCapacity: true)
                    guard covered.contains(year) else {
                        row.columns = nil
                        try body(row)
                        continue
                    }
                    var columns = AllianceDyadYears.Columns()
                    while let cell = forward.first, Int(cell.year) < year { forward = forward.dropFirst() }
                    while let cell = backward.first, Int(cell.year) < year { backward = backward.dropFirst() }
                    if let cell = forward.first, Int(cell.year) == year {
                        columns.formUnion(cell.columns)
                        row.alliances.append(contentsOf: alliances.alliances(cell))
                    }
                    if let cell = backward.first, Int(cell.year) == year {
                        columns.formUnion(cell.columns)
                        row.alliances.append(contentsOf: alliances.alliances(cell))
                        row.alliances.sort()
                        var unique: [Int32] = []
                        for id in row.alliances where unique.last != id { unique.append(id) }
                        row.alliances = unique
                    }
                    row.columns = columns
                    try body(row)
                }
            }
        }
    }
}
