public import FoedusCore

extension ATOPTreatyImporter {
    /// A date ATOP records in another calendar or otherwise wrongly, and the day it stands for.
    public struct DateCorrection: Hashable, Sendable {
        /// The day as ATOP records it.
        public var atop: Day
        /// The day it stands for (proleptic Gregorian).
        public var corrected: Day
        public var source: String
    }

    /// Reads the sourced list of corrected ATOP dates (`atopid,atop_date,corrected,source,note`), for example a
    /// Julian date read as Gregorian. The importer replaces the alliance's and its members' dates equal to
    /// `atop_date` by `corrected`.
    /// - Throws: ``Diagnostic`` naming the line of a malformed row or of a row without a source.
    public static func dateCorrections(_ text: String) throws -> [Int: [DateCorrection]] {
        let file = "atop-date-corrections.csv"
        let csv = try CSVReader(text: text, file: file)
        let columns = try ["atopid", "atop_date", "corrected", "source"].map(csv.column)
        var out: [Int: [DateCorrection]] = [:]
        for row in csv.rows {
            let f = columns.map { row.fields[$0] }
            guard let id = Int(f[0]) else {
                throw Diagnostic(file: file, line: row.line, field: "atopid", message: "not a number")
            }
            guard let atop = Day(iso: f[1]) else {
                throw Diagnostic(file: file, line: row.line, field: "atop_date", message: "expected YYYY-MM-DD")
            }
            guard let corrected = Day(iso: f[2]), corrected != atop else {
                throw Diagnostic(
                    file: file, line: row.line, field: "corrected", message: "expected YYYY-MM-DD, not atop_date")
            }
            guard !f[3].isEmpty else {
                throw Diagnostic(file: file, line: row.line, field: "source", message: "a correction needs a source")
            }
            out[id, default: []].append(DateCorrection(atop: atop, corrected: corrected, source: f[3]))
        }
        return out
    }

    /// `date` with a listed correction applied (only a full date equal to ATOP's is replaced).
    static func corrected(_ date: PartialDate, _ corrections: [DateCorrection]) -> PartialDate {
        guard date.precision == .day, let hit = corrections.first(where: { $0.atop == date.first }) else {
            return date
        }
        return PartialDate(hit.corrected)
    }
}
