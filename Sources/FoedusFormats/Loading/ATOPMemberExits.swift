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
        try memberRows(
            text, file: "atop-member-exits.csv", dayColumn: "last_day", change: "member exit", verb: "leaves"
        )
        .mapValues { $0.mapValues { MemberExit(lastDay: $0.day, source: $0.source, line: $0.line) } }
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
