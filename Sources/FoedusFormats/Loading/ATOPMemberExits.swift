public import FoedusCore

extension ATOPTreatyImporter {
    /// One member leaving, after ATOP's coverage, a multilateral alliance that ATOP has in effect at 2018-12-31:
    /// only that member's party period ends; the alliance and the other members' duties go on.
    public struct MemberExit: Hashable, Sendable {
        /// The last day the member is bound.
        public var lastDay: Day
        public var source: String
        /// The line of `atop-member-exits.csv` (for diagnostics naming the row).
        public var line: Int
    }

    /// Reads the sourced list of member exits (`atopid,ccode,last_day,source,quote,note`), by alliance and member.
    /// - Throws: ``Diagnostic`` naming the file, line and field of a malformed row, a day before 2019, a row
    ///   without a source or quote, or a member listed twice for one alliance.
    public static func memberExits(_ text: String) throws -> [Int: [Int: MemberExit]] {
        let file = "atop-member-exits.csv"
        let csv = try CSVReader(text: text, file: file)
        let columns = try ["atopid", "ccode", "last_day", "source", "quote"].map(csv.column)
        var out: [Int: [Int: MemberExit]] = [:]
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
                    file: file, line: row.line, field: "last_day", message: "expected a day after 2018-12-31")
            }
            guard !f[3].isEmpty else {
                throw Diagnostic(file: file, line: row.line, field: "source", message: "a member exit needs a source")
            }
            guard !f[4].isEmpty else {
                throw Diagnostic(
                    file: file, line: row.line, field: "quote", message: "a member exit needs the source's words")
            }
            guard out[id]?[ccode] == nil else {
                throw Diagnostic(
                    file: file, line: row.line, field: "ccode", message: "COW \(ccode) already leaves ATOP \(id)")
            }
            out[id, default: [:]][ccode] = MemberExit(lastDay: day, source: f[3], line: row.line)
        }
        return out
    }

    /// Checks that every exit names a member ATOP still has in the alliance at the end of its coverage.
    static func checkExits(_ exits: [Int: [Int: MemberExit]], open: [Int: Set<Int>]) throws {
        for (id, members) in exits.sorted(by: { $0.key < $1.key }) {
            for (ccode, exit) in members.sorted(by: { $0.key < $1.key }) where open[id]?.contains(ccode) != true {
                throw Diagnostic(
                    file: "atop-member-exits.csv", line: exit.line, field: "ccode",
                    message:
                        "COW \(ccode) is not a member of ATOP \(id) in effect at the end of ATOP's coverage (2018-12-31)"
                )
            }
        }
    }
}
