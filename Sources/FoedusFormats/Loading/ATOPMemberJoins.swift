public import FoedusCore

extension ATOPTreatyImporter {
    /// A state joining, after ATOP's coverage, a multilateral alliance that ATOP has in effect at 2018-12-31 (an
    /// accession): it becomes a party from that day, owed the duties of the members and owing those all of them
    /// owe at the end of ATOP's coverage.
    public struct MemberJoin: Hashable, Sendable {
        /// The first day the state is bound.
        public var firstDay: Day
        public var source: String
        /// The line of `atop-member-joins.csv` (for diagnostics naming the row).
        public var line: Int
    }

    /// Reads the sourced list of member joins (`atopid,ccode,first_day,source,quote,note`), by alliance and state.
    /// - Throws: ``Diagnostic`` naming the file, line and field of a malformed row, a day before 2019, a row
    ///   without a source or quote, or a state listed twice for one alliance.
    public static func memberJoins(_ text: String) throws -> [Int: [Int: MemberJoin]] {
        try memberRows(
            text, file: "atop-member-joins.csv", dayColumn: "first_day", change: "member join", verb: "joins"
        )
        .mapValues { $0.mapValues { MemberJoin(firstDay: $0.day, source: $0.source, line: $0.line) } }
    }

    /// The party a join adds: bound from its first day, with a note naming the list and the source.
    static func party(joining ccode: Int, _ join: MemberJoin) -> Party {
        Party(
            ccode: ccode, joined: PartialDate(join.firstDay),
            note:
                "Joined after the end of ATOP's coverage (2018-12-31): first day bound \(join.firstDay) "
                + "(Data/history/atop-member-joins.csv; \(join.source)).")
    }

    /// Adds the joining state to the obligors of every provision that all members in effect at ATOP's end owe
    /// and that has no end (an obligation some members do not owe is not presumed of the newcomer).
    static func joinedProvisions(_ provisions: [Provision], joinedBy ccodes: [Int], members: Set<Int>) -> [Provision] {
        provisions.map { provision in
            guard provision.to == nil, let obligors = provision.obligors, members.isSubset(of: obligors) else {
                return provision
            }
            var joined = provision
            joined.obligors = obligors + ccodes.filter { !obligors.contains($0) }
            return joined
        }
    }

    /// Checks that every join names a COW state, an alliance ATOP has in effect at the end of its coverage, a
    /// state not already a member in effect then, and a day before the alliance's curated end.
    static func checkJoins(
        _ joins: [Int: [Int: MemberJoin]], open: [Int: Set<Int>], terminations: [Int: Termination],
        states: StateTable
    ) throws {
        let file = "atop-member-joins.csv"
        for (id, members) in joins.sorted(by: { $0.key < $1.key }) {
            for (ccode, join) in members.sorted(by: { $0.key < $1.key }) {
                guard states.id(ccode: ccode) != nil else {
                    throw Diagnostic(
                        file: file, line: join.line, field: "ccode", message: "COW \(ccode) is not a state")
                }
                guard let inEffect = open[id] else {
                    throw Diagnostic(
                        file: file, line: join.line, field: "atopid",
                        message: "ATOP \(id) is not an alliance in effect at the end of ATOP's coverage (2018-12-31)")
                }
                guard !inEffect.contains(ccode) else {
                    throw Diagnostic(
                        file: file, line: join.line, field: "ccode",
                        message: "COW \(ccode) is already a member of ATOP \(id) at the end of ATOP's coverage")
                }
                if let end = terminations[id], end.lastDay < join.firstDay {
                    throw Diagnostic(
                        file: file, line: join.line, field: "first_day",
                        message: "ATOP \(id) ends on \(end.lastDay), before the join")
                }
            }
        }
    }
}
