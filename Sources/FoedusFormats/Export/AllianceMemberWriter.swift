public import FoedusAnalysis
public import FoedusCore

/// Writes member-level alliance rows (`foedus export alliances`): ATOP 5.1's spells, as ATOP codes them; and, for
/// an export past 2018, an `atop_carried` column and the member rows of the years after ATOP's coverage
/// (``TreatyMembers``: the ATOP alliances carried on, then the curated treaties), with the carry rule of the
/// dyad-years (docs/dyad-years.md, "After 2018").
public struct AllianceMemberWriter {
    public static let columns = [
        "source", "atopid", "treaty", "ccode", "stateabb", "entry", "exit", "defense", "offense", "neutral",
        "nonagg", "consul",
    ]
    /// The column added when the export reaches past 2018.
    public static let laterColumns = ["atop_carried"]

    let states: StateTable
    let spells: [AllianceSpell]
    /// The member rows after 2018, or `nil` for ATOP's rows alone.
    public let later: TreatyMembers?

    /// - Parameter later: the member rows after ATOP's coverage (``TreatyMembers``); `nil` writes ATOP's rows alone,
    ///   byte for byte as before.
    public init(states: StateTable, spells: [AllianceSpell], later: TreatyMembers? = nil) {
        self.states = states
        self.spells = spells
        self.later = later
    }

    /// The columns written: ``columns``, and ``laterColumns`` with the rows after 2018.
    public var names: [String] { Self.columns + (later == nil ? [] : Self.laterColumns) }

    @discardableResult
    public func write(format: DyadYearWriter.Format, header: [String], to sink: ByteSink) throws -> Int {
        let names = names
        var table = ExportTable(format: format, columns: names, header: header)
        let numeric: Set<Int> = [1, 3, 7, 8, 9, 10, 11, 12]
        let extra = later == nil ? [] : ["0"]
        let flags: [AllianceSpell.Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
        for spell in spells.sorted(by: { ($0.alliance, $0.ccode, $0.start) < ($1.alliance, $1.ccode, $1.start) }) {
            try table.row(
                [
                    ATOPLoader.origin.description, String(spell.alliance), "", String(spell.ccode),
                    abbreviation(spell.ccode),
                    spell.start.description, spell.end?.description ?? "",
                ] + flags.map { spell.obligations.contains($0) ? "1" : "0" } + extra,
                columns: names, numeric: numeric, into: sink)
        }
        let columns: [AllianceDyadYears.Columns] = [.defense, .offense, .neutral, .nonagg, .consul]
        for row in later?.rows ?? [] {
            try table.row(
                [
                    row.carried ? ATOPLoader.origin.description : "foedus", row.atopid.map(String.init) ?? "",
                    row.carried ? "" : row.treaty,
                    String(row.ccode), abbreviation(row.ccode), row.entry.description, row.exit?.description ?? "",
                ] + columns.map { row.obligations.contains($0) ? "1" : "0" } + [row.carried ? "1" : "0"],
                columns: names, numeric: numeric, into: sink)
        }
        return try table.finish(into: sink)
    }

    private func abbreviation(_ ccode: Int) -> String {
        states.id(ccode: ccode).map { states[$0].abbreviation } ?? ""
    }
}
