public import FoedusAnalysis
public import FoedusCore

/// Reads COW National Material Capabilities (`NMC-60-abridged.csv`: stateabb, ccode, year, …, cinc, version).
public enum CapabilitiesLoader {
    /// The years a table may cover: the state system's start to a far horizon for projections (a year past it
    /// would make the table's memory grow without bound).
    public static let years = 1816...2200

    /// - Throws: ``Diagnostic`` naming the line of a malformed row or an unknown state.
    public static func load(_ text: String, file: String = "NMC-60-abridged.csv", states: StateTable) throws
        -> Capabilities
    {
        let csv = try CSVReader(text: text, file: file)
        let (ccode, year, cinc) = (try csv.column("ccode"), try csv.column("year"), try csv.column("cinc"))
        var span: ClosedRange<Int>?
        for row in csv.rows {
            guard let y = Int(row.fields[year]) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "year", message: "not a year: '\(row.fields[year])'")
            }
            // The table holds every state-year of its span: a stray year (18504203) would ask for gigabytes.
            guard Self.years.contains(y) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "year",
                    message: "year \(y) is outside \(Self.years.lowerBound)–\(Self.years.upperBound)")
            }
            span = span.map { min($0.lowerBound, y)...max($0.upperBound, y) } ?? y...y
        }
        guard let span else { throw Diagnostic(file: file, line: 1, field: "", message: "no rows") }
        var table = Capabilities(stateCount: states.count, firstYear: span.lowerBound, lastYear: span.upperBound)
        for row in csv.rows {
            guard let code = row.int(ccode), let id = states.id(ccode: code) else {
                throw Diagnostic(
                    file: file, line: row.line, field: "ccode", message: "unknown COW state '\(row.field(ccode))'")
            }
            guard let y = row.int(year) else { continue }
            let text = row.field(cinc)
            if text.isEmpty || text == "-9" { continue }  // missing in the source
            guard let value = Double(text) else {
                throw Diagnostic(file: file, line: row.line, field: "cinc", message: "not a number: '\(text)'")
            }
            table.set(id, year: y, value: value, text: text)
        }
        return table
    }
}
