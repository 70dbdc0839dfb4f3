import FoedusCore

extension ATOPTreatyImporter {
    /// One row of a sourced list of member changes after ATOP's coverage (`atopid,ccode,<day>,source,quote,note`):
    /// the parsing that the member exits (``memberExits(_:)``) and joins (``memberJoins(_:)``) share.
    struct MemberRow {
        var atopid: Int
        var ccode: Int
        var day: Day
        var source: String
        var line: Int
    }

    /// Reads the rows of `file`, by alliance and member.
    /// - Parameters:
    ///   - dayColumn: the column holding the day (`last_day` for exits, `first_day` for joins).
    ///   - change: what a row records, in the diagnostics ("member exit").
    ///   - verb: what the member does, in the diagnostic of a row listed twice ("leaves").
    /// - Throws: ``Diagnostic`` naming the file, line and field of a malformed row, a day before 2019, a row
    ///   without a source or quote, or a member listed twice for one alliance.
    static func memberRows(
        _ text: String, file: String, dayColumn: String, change: String, verb: String
    ) throws -> [Int: [Int: MemberRow]] {
        let csv = try CSVReader(text: text, file: file)
        let columns = try ["atopid", "ccode", dayColumn, "source", "quote"].map(csv.column)
        var out: [Int: [Int: MemberRow]] = [:]
        for row in csv.rows {
            let f = columns.map { row.fields[$0] }
            guard let id = Int(f[0]) else {
                throw Diagnostic(file: file, line: row.line, field: "atopid", message: "not a number")
            }
            guard let ccode = Int(f[1]) else {
                throw Diagnostic(file: file, line: row.line, field: "ccode", message: "not a COW number")
            }
            guard let day = Day(iso: f[2]), day > ATOPLoader.coverageEnd else {
                throw Diagnostic(
                    file: file, line: row.line, field: dayColumn, message: "expected a day after 2018-12-31")
            }
            guard !f[3].isEmpty else {
                throw Diagnostic(file: file, line: row.line, field: "source", message: "a \(change) needs a source")
            }
            guard !f[4].isEmpty else {
                throw Diagnostic(
                    file: file, line: row.line, field: "quote", message: "a \(change) needs the source's words")
            }
            guard out[id]?[ccode] == nil else {
                throw Diagnostic(
                    file: file, line: row.line, field: "ccode", message: "COW \(ccode) already \(verb) ATOP \(id)")
            }
            out[id, default: [:]][ccode] = MemberRow(atopid: id, ccode: ccode, day: day, source: f[3], line: row.line)
        }
        return out
    }
}
