public import FoedusAnalysis
import FoedusCore

/// Reads the participant file of the GML Militarized Interstate Dispute data (2.2.1, as packaged by
/// peacesciencer's `gml_part`): one row per state and episode. Only the columns the joiner forecasts need are
/// read; the others may be anything.
public enum MIDLoader {
    /// The columns read; every one must be present.
    public static let columns = ["dispnum", "ccode", "styear", "stmon", "stday", "dummy_stday", "sidea", "orig"]

    /// The disputes in order of first appearance.
    ///
    /// - Throws: ``Diagnostic`` naming the file, line and column of the first problem: a missing column, a
    ///   value that is not a number, a side or `orig` other than 0 or 1, an impossible date, a dispute without
    ///   an originator.
    public static func disputes(_ text: String, file: String) throws -> [MilitarizedDispute] {
        let csv = try CSVReader(text: text, file: file)
        let c = try columns.map(csv.column)
        var disputes: [Int: MilitarizedDispute] = [:]
        var order: [Int] = []
        for row in csv.rows {
            func number(_ i: Int) throws -> Int {
                guard let value = row.int(c[i]) else {
                    let text = row.field(c[i])
                    throw Diagnostic(
                        file: file, line: row.line, field: columns[i],
                        message: text.isEmpty ? "empty; expected a number" : "not a whole number: '\(text.prefix(40))'")
                }
                return value
            }
            func flag(_ i: Int) throws -> Bool {
                let value = try number(i)
                guard value == 0 || value == 1 else {
                    throw Diagnostic(
                        file: file, line: row.line, field: columns[i], message: "expected 0 or 1, not \(value)")
                }
                return value == 1
            }
            let id = try number(0)
            let ccode = try number(1)
            let (year, month) = (try number(2), try number(3))
            // MID codes an unknown day of the month as -9 and imputes `dummy_stday`.
            var dayOfMonth = try number(4)
            var field = columns[4]
            if dayOfMonth == -9 {
                dayOfMonth = try number(5)
                field = columns[5]
            }
            guard (1816...2100).contains(year), let start = Day(year: year, month: month, day: dayOfMonth) else {
                throw Diagnostic(
                    file: file, line: row.line, field: field,
                    message: "impossible start date \(year)-\(month)-\(dayOfMonth)")
            }
            let participant = MilitarizedDispute.Participant(
                ccode: ccode, sideA: try flag(6), originator: try flag(7), start: start, line: row.line)
            if disputes[id] == nil {
                order.append(id)
                disputes[id] = MilitarizedDispute(id: id, participants: [])
            }
            disputes[id]?.participants.append(participant)
        }
        let result = order.compactMap { disputes[$0] }
        for dispute in result where !dispute.participants.contains(where: \.originator) {
            throw Diagnostic(
                file: file, line: dispute.participants.first?.line, field: "orig",
                message: "dispute \(dispute.id) has no originator (orig = 1)")
        }
        return result
    }
}
