public import FoedusAnalysis
import FoedusCore

/// Reads the COW Inter-State War data v4.0 (participant level).
public enum WarLoader {
    /// - Throws: ``Diagnostic`` naming the line of a malformed row.
    public static func wars(_ text: String, file: String = "Inter-StateWarData_v4.0.csv") throws -> [InterstateWar] {
        let csv = try CSVReader(text: text, file: file)
        let names = [
            "WarNum", "WarName", "ccode", "Side", "StartMonth1", "StartDay1", "StartYear1", "EndMonth1", "EndDay1",
            "EndYear1", "StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2", "EndYear2", "Initiator",
            "WhereFought",
        ]
        let c = try names.map(csv.column)
        var wars: [Int: InterstateWar] = [:]
        var order: [Int] = []
        for row in csv.rows {
            let f = row.fields
            func number(_ i: Int) throws -> Int {
                guard let value = Int(f[c[i]].trimmingCharacters()) else {
                    throw Diagnostic(file: file, line: row.line, field: names[i], message: "not a number: '\(f[c[i]])'")
                }
                return value
            }
            func day(_ m: Int, _ d: Int, _ y: Int, end: Bool) throws -> Day? {
                let (month, dayOfMonth, year) = (try number(m), try number(d), try number(y))
                guard year > 0 else { return nil }  // -8: not applicable
                guard
                    let date = ATOPLoader.date(
                        year, month > 0 ? month : nil, dayOfMonth > 0 ? dayOfMonth : nil, end: end)
                else {
                    throw Diagnostic(file: file, line: row.line, field: names[y], message: "impossible date")
                }
                return date
            }
            let id = try number(0)
            var periods: [ClosedRange<Day>] = []
            if let s = try day(4, 5, 6, end: false), let e = try day(7, 8, 9, end: true), s <= e {
                periods.append(s...e)
            }
            if let s = try day(10, 11, 12, end: false), let e = try day(13, 14, 15, end: true), s <= e {
                periods.append(s...e)
            }
            let whereFought = try number(17)
            guard whereFought < 0 || COWRegion.regions(whereFought: whereFought) != nil else {
                throw Diagnostic(
                    file: file, line: row.line, field: names[17],
                    message: "unknown region code \(whereFought) (the codebook's codes are 1, 2, 4, 6, 7, 9 and 11–19)")
            }
            let participant = InterstateWar.Participant(
                ccode: try number(2), side: try number(3), periods: periods, initiator: try number(16) == 1,
                whereFought: whereFought < 0 ? nil : whereFought)
            if wars[id] == nil {
                order.append(id)
                wars[id] = InterstateWar(id: id, name: f[c[1]], participants: [])
            }
            wars[id]?.participants.append(participant)
        }
        return order.compactMap { wars[$0] }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
