public import FoedusCore

/// Builds the ``StateTable`` from the COW state-system list and the code table.
public enum StateTableLoader {
    /// - Parameters:
    ///   - system: `states2016.csv` (COW State System Membership, one row per period).
    ///   - codes: the code table (`cown, cowc, iso3c, …, un_m49_region, un_m49_subregion, country_name`).
    ///   - aliases: `alias,ccode` rows of extra English names.
    ///   - names: `ccode,name,from,to,source` rows of names a state bore on some days (`to` empty: open).
    /// - Throws: ``Diagnostic`` for a malformed row.
    public static func load(system: String, codes: String, aliases: String, names: String = "") throws -> StateTable {
        let cow = try CSVReader(text: system, file: "states2016.csv")
        let (abb, ccode, name) = (try cow.column("stateabb"), try cow.column("ccode"), try cow.column("statenme"))
        let dateColumns = try ["styear", "stmonth", "stday", "endyear", "endmonth", "endday"].map(cow.column)
        var states: [Int: State] = [:]
        var coverageEnd = Day(rawValue: 0)
        for row in cow.rows {
            let f = row.fields
            let numbers = dateColumns.map { Int(f[$0]) }
            guard let code = Int(f[ccode]), numbers.allSatisfy({ $0 != nil }) else {
                throw Diagnostic(
                    file: cow.file, line: row.line, field: "", message: "expected numbers in ccode and the date columns"
                )
            }
            let n = numbers.map { $0 ?? 0 }
            guard let start = Day(year: n[0], month: n[1], day: n[2]), let end = Day(year: n[3], month: n[4], day: n[5])
            else {
                throw Diagnostic(file: cow.file, line: row.line, field: "", message: "impossible date")
            }
            coverageEnd = max(coverageEnd, end)
            states[
                code,
                default: State(
                    ccode: code, abbreviation: f[abb], iso3: nil, name: f[name], region: nil, subregion: nil,
                    periods: [])
            ]
            .periods.append(start...end)
        }
        let table = try CSVReader(text: codes, file: "codes.csv")
        let (cown, iso, region, subregion, country) = (
            try table.column("cown"), try table.column("iso3c"), try table.column("un_m49_region"),
            try table.column("un_m49_subregion"), try table.column("country_name")
        )
        for row in table.rows {
            guard let code = Int(row.fields[cown]), var state = states[code] else { continue }
            let f = row.fields
            state.iso3 = f[iso].isEmpty ? nil : f[iso]
            state.region = f[region].isEmpty ? nil : f[region]
            state.subregion = f[subregion].isEmpty ? nil : f[subregion]
            if !f[country].isEmpty && f[country] != state.name { state.aliases.append(f[country]) }
            states[code] = state
        }
        let extra = try CSVReader(text: aliases, file: "aliases.csv")
        let (alias, aliasCode) = (try extra.column("alias"), try extra.column("ccode"))
        for row in extra.rows {
            guard let code = Int(row.fields[aliasCode]), states[code] != nil else {
                throw Diagnostic(
                    file: extra.file, line: row.line, field: "ccode",
                    message: "unknown COW number '\(row.fields[aliasCode])'")
            }
            states[code]?.aliases.append(row.fields[alias])
        }
        if !names.isEmpty {
            let dated = try CSVReader(text: names, file: "names.csv")
            let columns = try ["ccode", "name", "from", "to"].map(dated.column)
            for row in dated.rows {
                let f = columns.map { row.fields[$0] }
                guard let code = Int(f[0]), states[code] != nil else {
                    throw Diagnostic(
                        file: dated.file, line: row.line, field: "ccode", message: "unknown COW number '\(f[0])'")
                }
                guard let from = Day(iso: f[2]), let to = f[3].isEmpty ? Day.distantFuture : Day(iso: f[3]), from <= to
                else {
                    throw Diagnostic(
                        file: dated.file, line: row.line, field: "from", message: "expected two days, in order")
                }
                states[code]?.datedNames.append(State.DatedName(days: from...to, name: f[1]))
            }
        }
        let list = states.values.map { state in
            var s = state
            s.periods.sort { $0.lowerBound < $1.lowerBound }
            return s
        }
        return StateTable(states: list, coverageEnd: coverageEnd)
    }
}
