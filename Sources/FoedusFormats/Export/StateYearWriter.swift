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

    public init(states: StateTable, spells: [AllianceSpell], capabilities: Capabilities) {
        years = StateYears(states: states, spells: spells, allianceCoverage: 1815...2018)
        self.capabilities = capabilities
    }

    @discardableResult
    public func write(
        years range: ClosedRange<Int>, format: DyadYearWriter.Format, header: [String], to sink: ByteSink
    ) throws -> Int {
        var buffer = RawBuffer()
        let flags: [AllianceSpell.Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
        var rows = 0
        if format == .csv {
            for line in header { buffer.append("# " + line + "\n") }
            buffer.append(Self.columns.joined(separator: ",") + "\n")
        } else {
            buffer.append("[\n")
        }
        for s in 0..<years.states.count {
            let id = StateID(s)
            let state = years.states[id]
            for year in range where years.exists(id, in: year) {
                let atop = years.alliances(id, in: year)
                var values: [String] = []
                if let (obligations, ids) = atop {
                    values.append(ids.isEmpty ? "0" : "1")
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
                        ]
                    buffer.append(fields.joined(separator: ",") + "\n")
                } else {
                    if rows > 0 { buffer.append(",\n") }
                    var pairs = [
                        "\"ccode\":\(state.ccode)", "\"stateabb\":\"\(state.abbreviation)\"", "\"year\":\(year)",
                    ]
                    pairs.append("\"cinc\":" + (cinc.isEmpty ? "null" : cinc))
                    for (i, v) in values.enumerated() {
                        pairs.append("\"\(Self.columns[4 + i])\":" + (v.isEmpty ? "null" : v))
                    }
                    pairs.append("\"atopids\":[" + ids.joined(separator: ",") + "]")
                    buffer.append("{" + pairs.joined(separator: ",") + "}")
                }
                rows += 1
                if buffer.isFull { try buffer.drain(into: sink) }
            }
        }
        if format == .json { buffer.append("\n]\n") }
        try buffer.drain(into: sink)
        return rows
    }
}
