public import FoedusAnalysis
public import FoedusCore

/// Reads the nuclear-armed table (`ccode, stateabb, from, to, basis, verified, source`).
public enum NuclearArmedLoader {
    /// - Throws: ``Diagnostic`` naming the line and field of an unknown state, a bad date or flag.
    public static func load(_ text: String, file: String = "nuclear-armed.csv", states: StateTable) throws
        -> NuclearArmed
    {
        let csv = try CSVReader(text: text, file: file)
        let columns = try ["ccode", "from", "to", "basis", "verified", "source"].map { try csv.column($0) }
        let (ccode, from, to, basis, verified, source) = (
            columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]
        )
        func day(_ row: CSVReader.Row, _ column: Int, _ name: String) throws -> Day {
            guard let d = Day(iso: row.field(column)) else {
                throw Diagnostic(
                    file: file, line: row.line, field: name, message: "not a date (YYYY-MM-DD): '\(row.field(column))'")
            }
            return d
        }
        let periods = try csv.rows.map { row in
            guard let code = row.int(ccode), let id = states.id(ccode: code) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "ccode", message: "unknown COW state '\(row.field(ccode))'")
            }
            let start = try day(row, from, "from")
            let end = row.field(to).isEmpty ? nil : try day(row, to, "to")
            if let end, end < start {
                throw Diagnostic(file: file, line: row.line, field: "to", message: "ends before it starts")
            }
            guard let flag = Bool(row.field(verified)) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "verified",
                    message: "expected true or false, not '\(row.field(verified))'")
            }
            return NuclearArmed.Period(
                state: id, from: start, to: end, basis: row.field(basis), verified: flag, source: row.field(source))
        }
        return NuclearArmed(periods: periods)
    }
}
