public import FoedusAnalysis
public import FoedusCore

/// Writes state-years (`ccode, stateabb, year, cinc, atop_alliance … atop_consul, atopids`) as CSV or JSON.
public struct StateYearWriter {
    public static let columns = [
        "ccode", "stateabb", "year", "cinc", "atop_alliance", "atop_defense", "atop_offense", "atop_neutral",
        "atop_nonagg", "atop_consul", "atopids",
    ]
    let years: StateYears
    let capabilities: Capabilities
    /// The years after ATOP's coverage, from the curated treaties and the carried ATOP alliances.
    let later: TreatyDyadYears?

    public init(
        states: StateTable, spells: [AllianceSpell], capabilities: Capabilities, later: TreatyDyadYears? = nil
    ) {
        years = StateYears(states: states, spells: spells, allianceCoverage: 1815...2018)
        self.capabilities = capabilities
        self.later = later
    }

    /// The columns of an export of `years`: `atop_carried` and `foedus_treaties` only when the years reach past
    /// ATOP's coverage and the writer has the later years.
    public func columns(years range: ClosedRange<Int>) -> [String] {
        Self.columns + (later.map { $0.years.overlaps(range) } ?? false ? DyadYearWriter.laterColumns : [])
    }

    @discardableResult
    public func write(
        years range: ClosedRange<Int>, format: DyadYearWriter.Format, header: [String], to sink: ByteSink,
        progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        let flags: [AllianceSpell.Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
        let names = columns(years: range)
        let extended = names.count > Self.columns.count
        var table = ExportTable(format: format, columns: names, header: header)
        for s in 0..<years.states.count {
            let id = StateID(s)
            let state = years.states[id]
            for year in range where years.exists(id, in: year) {
                var atop = years.alliances(id, in: year)
                var allied = atop.map { !$0.1.isEmpty }
                var extra = extended ? ["", ""] : []  // atop_carried, foedus_treaties
                if atop != nil, extended {
                    extra[0] = "0"
                } else if let later, later.years.contains(year) {
                    let cell = later.state(state.ccode, year: year)
                    let obligations = AllianceSpell.Obligations(rawValue: (cell?.columns.rawValue ?? 0) >> 1)
                    atop = (obligations, (cell?.atopids ?? []).map(Int.init))
                    allied = cell != nil
                    extra = [cell?.carried == true ? "1" : "0", cell?.treaties.joined(separator: ";") ?? ""]
                }
                var values: [String] = []
                if let (obligations, _) = atop {
                    values.append(allied == true ? "1" : "0")
                    values += flags.map { obligations.contains($0) ? "1" : "0" }
                } else {
                    values = Array(repeating: "", count: 6)
                }
                let cinc = capabilities.text(id, year: year) ?? ""
                let ids = atop?.1.map(String.init) ?? []
                if format == .csv {
                    let fields =
                        [String(state.ccode), state.abbreviation, String(year), cinc] + values + [
                            ids.joined(separator: ";")
                        ] + extra
                    table.out.append(fields.joined(separator: ",") + "\n")
                } else {
                    table.beginRecord()
                    var pairs = [
                        "\"ccode\":\(state.ccode)", "\"stateabb\":\"\(state.abbreviation)\"", "\"year\":\(year)",
                    ]
                    pairs.append("\"cinc\":" + (cinc.isEmpty ? "null" : cinc))
                    for (i, v) in values.enumerated() {
                        pairs.append("\"\(Self.columns[4 + i])\":" + (v.isEmpty ? "null" : v))
                    }
                    pairs.append("\"atopids\":[" + ids.joined(separator: ",") + "]")
                    if extended {
                        pairs.append("\"atop_carried\":" + (extra[0].isEmpty ? "null" : extra[0]))
                        let treaties = extra[1].split(separator: ";").map { "\"\($0)\"" }
                        pairs.append("\"foedus_treaties\":[" + treaties.joined(separator: ",") + "]")
                    }
                    table.out.append("{" + pairs.joined(separator: ",") + "}")
                }
                if try table.endRow(into: sink) { progress?(table.rows) }
            }
        }
        return try table.finish(into: sink)
    }
}
