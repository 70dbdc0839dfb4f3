public import FoedusAnalysis
public import FoedusCore

/// Reads the ATOP 5.1 member-level file into alliance spells.
///
/// Conventions (ATOP codebook): entry dates are signature dates; `yrexit = 0` means still in effect at
/// the end of coverage (2018-12-31); an empty day or month means the source gives only the month or the
/// year, taken here as the first day of the window for an entry and the last for an exit; member 8152
/// (Annam) has no COW code and is left out, as in ATOP's own dyadic files.
public enum ATOPLoader {
    /// The ATOP release read (the bundled files are version 5.1).
    public static let version = "5.1"
    /// The origin of every treaty imported from these files.
    public static let origin = TreatyOrigin.atop(version: version)
    /// The last day ATOP 5.1 covers.
    public static let coverageEnd = Day(rawValue: 737_058)  // 2018-12-31

    /// - Throws: ``Diagnostic`` naming the line and column of a malformed value.
    public static func members(_ text: String, file: String = "atop5_1m.csv", states: StateTable) throws
        -> [AllianceSpell]
    {
        let csv = try CSVReader(text: text, file: file)
        let names = [
            "atopid", "member", "phase", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "defense",
            "offense", "neutral", "nonagg", "consul",
        ]
        let c = try names.map(csv.column)
        var spells: [AllianceSpell] = []
        spells.reserveCapacity(csv.rows.count)
        for row in csv.rows {
            func int(_ i: Int, _ name: String) throws -> Int? {
                if let value = row.int(c[i]) { return value }
                let text = row.field(c[i])
                if text.isEmpty { return nil }
                guard let value = Int(text) else {
                    throw Diagnostic(file: file, line: row.line, field: name, message: "not a whole number: '\(text)'")
                }
                return value
            }
            guard let atopid = try int(0, "atopid"), let member = try int(1, "member") else {
                throw Diagnostic(file: file, line: row.line, field: "atopid", message: "missing atopid or member")
            }
            guard states.id(ccode: member) != nil else { continue }  // Annam (8152): not a COW state
            guard let start = date(try int(3, "yrent"), try int(4, "moent"), try int(5, "dayent"), end: false) else {
                throw Diagnostic(file: file, line: row.line, field: "yrent", message: "impossible entry date")
            }
            var end: Day?
            if let year = try int(6, "yrexit"), year != 0 {
                guard let day = date(year, try int(7, "moexit"), try int(8, "dayexit"), end: true) else {
                    throw Diagnostic(file: file, line: row.line, field: "yrexit", message: "impossible exit date")
                }
                end = day
            }
            var obligations = AllianceSpell.Obligations()
            let flags: [(Int, String, AllianceSpell.Obligations)] = [
                (9, "defense", .defense), (10, "offense", .offense), (11, "neutral", .neutrality),
                (12, "nonagg", .nonAggression), (13, "consul", .consultation),
            ]
            for (i, name, flag) in flags where (try int(i, name) ?? 0) == 1 { obligations.insert(flag) }
            spells.append(
                AllianceSpell(
                    alliance: atopid, ccode: member, phase: try int(2, "phase") ?? 0, start: start, end: end,
                    obligations: obligations))
        }
        return spells
    }

    /// Reads the table of ATOP's hand corrections to its directed dyadic files
    /// (`atopid, ccode1, ccode2, year_from, year_to, column`).
    public static func corrections(_ text: String, file: String = "atop-dyad-corrections.csv") throws
        -> [AllianceDyadYears.Correction]
    {
        let csv = try CSVReader(text: text, file: file)
        let c = try ["atopid", "ccode1", "ccode2", "year_from", "year_to", "column"].map(csv.column)
        let names: [String: AllianceDyadYears.Columns] = [
            "defense": .defense, "offense": .offense, "neutral": .neutral, "nonagg": .nonagg, "consul": .consul,
        ]
        return try csv.rows.map { row in
            let f = row.fields
            guard let id = Int(f[c[0]]), let a = Int(f[c[1]]), let b = Int(f[c[2]]), let from = Int(f[c[3]]),
                let to = Int(f[c[4]]), from <= to
            else {
                throw Diagnostic(
                    file: file, line: row.line, field: "", message: "expected numbers and year_from <= year_to")
            }
            guard let column = names[f[c[5]]] else {
                throw Diagnostic(file: file, line: row.line, field: "column", message: "unknown column '\(f[c[5]])'")
            }
            return .init(alliance: id, ccode1: a, ccode2: b, years: from...to, columns: column)
        }
    }

    /// A day from ATOP's year, month and day columns; a missing month or day takes the window's first
    /// (`end == false`) or last day.
    static func date(_ year: Int?, _ month: Int?, _ day: Int?, end: Bool) -> Day? {
        guard let year, year > 0 else { return nil }
        let m = month.flatMap { $0 == 0 ? nil : $0 } ?? (end ? 12 : 1)
        guard (1...12).contains(m) else { return nil }
        let d = day.flatMap { $0 == 0 ? nil : $0 } ?? (end ? Day.daysInMonth(year: year, month: m) : 1)
        return Day(year: year, month: m, day: d)
    }
}
