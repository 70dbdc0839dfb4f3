public import FoedusCore

extension ATOPTreatyImporter {
    /// The real end of an alliance that ATOP 5.1 codes as not ended (in effect at the end of its coverage,
    /// 2018-12-31): it ended later, or it ended earlier than ATOP knows, for example replaced by a treaty
    /// without an assistance clause that ATOP does not record.
    public struct Termination: Hashable, Sendable {
        /// How the alliance ended.
        public enum Kind: String, CaseIterable, Hashable, Sendable {
            /// Expired, denounced or otherwise ended.
            case terminated
            /// Abrogated and replaced by a treaty that has no assistance (defence) clause.
            case replacedWithoutAssistance = "replaced-without-assistance"
        }

        /// The last day in force.
        public var lastDay: Day
        public var kind: Kind
        public var source: String
        /// The line of `atop-terminations.csv` (for diagnostics naming the row).
        public var line: Int

        public init(lastDay: Day, kind: Kind = .terminated, source: String, line: Int = 0) {
            self.lastDay = lastDay
            self.kind = kind
            self.source = source
            self.line = line
        }

        /// The sentence the imported treaty's date note gets.
        var note: String {
            let how = kind == .terminated ? "ended" : "replaced by a treaty without an assistance clause"
            let when =
                lastDay > ATOPLoader.coverageEnd
                ? "In effect at the end of ATOP's coverage (2018-12-31); ended after it"
                : "Coded by ATOP 5.1 as not ended, but \(how) before the end of its coverage"
            return " \(when): last day in force \(lastDay) (Data/history/atop-terminations.csv; \(source))."
        }
    }

    /// Reads the sourced list of the real ends of alliances ATOP codes as not ended
    /// (`atopid,last_day,kind,source,note`; `kind` is `terminated` or `replaced-without-assistance`).
    /// Whether the alliance exists, is not ended by ATOP and starts before the last day is checked on import
    /// (``treaties(alliances:members:general:terminations:exits:dates:states:)``).
    /// - Throws: ``Diagnostic`` naming the file, line and field of a malformed row, an unknown kind, a row without
    ///   a source or an alliance listed twice.
    public static func terminations(_ text: String) throws -> [Int: Termination] {
        let file = "atop-terminations.csv"
        let csv = try CSVReader(text: text, file: file)
        let columns = try ["atopid", "last_day", "kind", "source"].map(csv.column)
        var out: [Int: Termination] = [:]
        for row in csv.rows {
            let f = columns.map { row.fields[$0] }
            guard let id = Int(f[0]) else {
                throw Diagnostic(file: file, line: row.line, field: "atopid", message: "not a number")
            }
            guard let day = Day(iso: f[1]) else {
                throw Diagnostic(file: file, line: row.line, field: "last_day", message: "expected YYYY-MM-DD")
            }
            guard let kind = Termination.Kind(rawValue: f[2]) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "kind",
                    message: "expected one of \(Termination.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !f[3].isEmpty else {
                throw Diagnostic(file: file, line: row.line, field: "source", message: "a termination needs a source")
            }
            if let earlier = out[id] {
                throw Diagnostic(
                    file: file, line: row.line, field: "atopid",
                    message: "ATOP \(id) already has a last day (line \(earlier.line))")
            }
            out[id] = Termination(lastDay: day, kind: kind, source: f[3], line: row.line)
        }
        return out
    }

    /// Checks every termination against ATOP's alliance rows: the alliance exists, ATOP codes it as not ended,
    /// and its last day is not before its first.
    static func checkTerminations(_ terminations: [Int: Termination], begins: [Int: Day], ended: [Int: Day]) throws {
        let file = "atop-terminations.csv"
        for (id, termination) in terminations.sorted(by: { $0.value.line < $1.value.line }) {
            guard let begin = begins[id] else {
                throw Diagnostic(
                    file: file, line: termination.line, field: "atopid",
                    message: "no alliance \(id) in \(ATOPLoader.origin)")
            }
            if let end = ended[id] {
                throw Diagnostic(
                    file: file, line: termination.line, field: "atopid",
                    message:
                        "ATOP 5.1 already ends alliance \(id) (\(end)); only an alliance it codes as not ended can get a last day here"
                )
            }
            guard termination.lastDay >= begin else {
                throw Diagnostic(
                    file: file, line: termination.line, field: "last_day",
                    message: "\(termination.lastDay) is before the alliance's start (\(begin))")
            }
        }
    }
}
