public import FoedusAnalysis
import FoedusCore

/// Writes dyad-years as CSV (peacesciencer's column names) or JSON, straight into a byte buffer.
///
/// Every per-row piece is prepared once: the ASCII of each COW number and year, the 64 combinations of the
/// six alliance columns, and the source text of each CINC value. A row is then a handful of copies.
public struct DyadYearWriter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public static let columns = [
        "ccode1", "ccode2", "year", "atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg",
        "atop_consul", "cinc1", "cinc2", "atopids",
    ]

    /// The columns added when the years run past ATOP's coverage (docs/dyad-years.md, "After 2018").
    public static let laterColumns = ["atop_carried", "foedus_treaties"]

    /// The columns of an export of `years`: ``laterColumns`` only when the years reach past ATOP and the source
    /// has those years, then the covariates'.
    public func columns(years: ClosedRange<Int>) -> [String] {
        Self.columns + (source.extended.map { $0.years.overlaps(years) } ?? false ? Self.laterColumns : [])
            + (covariates?.columns ?? [])
    }

    let source: DyadYearSource
    /// The covariate columns asked for, if any.
    public let covariates: DyadCovariates?
    private let ccodes: BytePool
    private let cinc: BytePool
    private let cincFirstYear: Int
    private let cincYears: Int
    /// `,a,d,o,n,g,c` for each of the 64 column combinations, then the NA row `,,,,,,`.
    private let flags: BytePool

    public init(source: DyadYearSource, covariates: DyadCovariates? = nil) {
        self.source = source
        self.covariates = covariates
        let states = source.states
        ccodes = BytePool(states.states.map { String($0.ccode) })
        let table = source.capabilities
        cincFirstYear = table.firstYear
        cincYears = table.lastYear - table.firstYear + 1
        var texts: [String] = []
        texts.reserveCapacity(states.count * cincYears)
        for s in 0..<states.count {
            for y in table.firstYear...table.lastYear { texts.append(table.text(StateID(s), year: y) ?? "") }
        }
        cinc = BytePool(texts)
        flags = BytePool(
            (0..<64).map { bits in (0..<6).map { bits >> $0 & 1 == 1 ? ",1" : ",0" }.joined() } + [",,,,,,"])
    }

    private func cincIndex(_ s: StateID, _ year: Int) -> Int? {
        let y = year - cincFirstYear
        guard y >= 0, y < cincYears else { return nil }
        return Int(s.index) * cincYears + y
    }

    /// Writes every dyad-year of `years` to `sink`; returns the number of rows.
    ///
    /// - Parameters:
    ///   - header: comment lines (`# …`) written before the CSV header; ignored for JSON.
    ///   - progress: called with the rows written so far, each time a buffer is handed to the sink.
    @discardableResult
    public func write(
        years: ClosedRange<Int>, directed: Bool, format: Format, header: [String], to sink: ByteSink,
        progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        let later = source.extended.map { $0.years.overlaps(years) } ?? false
        var table = ExportTable(format: format, columns: columns(years: years), header: header)
        var ids: [Int32] = []
        let states = source.states
        try source.forEachDyad(years: years, directed: directed) { a, b, list, cells in
            for year in list {
                ids.removeAll(keepingCapacity: true)
                var columns: UInt8 = 64  // NA
                var cell: TreatyDyadYears.Cell?
                if source.alliancesCover(year) {
                    columns = cells.columns(in: year, alliances: &ids).rawValue
                } else if source.treatiesCover(year) {
                    cell = cells.later(in: year)
                    columns = cell?.columns.rawValue ?? 0
                    ids = cell?.atopids ?? []
                }
                // atop_carried: 0 in ATOP's years, 0 or 1 after, NA where no alliance data apply.
                let carried = columns == 64 ? nil : (cell?.carried ?? false)
                if format == .csv {
                    ccodes.write(Int(a.index), to: &table.out)
                    table.out.append(44)
                    ccodes.write(Int(b.index), to: &table.out)
                    table.out.append(44)
                    table.out.append(decimal: year)
                    flags.write(Int(columns), to: &table.out)
                    table.out.append(44)
                    if let i = cincIndex(a, year) { cinc.write(i, to: &table.out) }
                    table.out.append(44)
                    if let i = cincIndex(b, year) { cinc.write(i, to: &table.out) }
                    table.out.append(44)
                    for (k, id) in ids.enumerated() {
                        if k > 0 { table.out.append(59) }  // ';'
                        table.out.append(decimal: Int(id))
                    }
                    if later {
                        table.out.append(44)
                        if let carried { table.out.append(carried ? 49 : 48) }
                        table.out.append(44)
                        if let cell { table.out.append(cell.treaties.joined(separator: ";")) }
                    }
                    if let covariates {
                        for value in covariates.values(states[a].ccode, states[b].ccode, year: year) {
                            table.out.append(44)
                            if let value { table.out.append(decimal: value) }
                        }
                    }
                    table.out.append(10)
                } else {
                    table.beginRecord()
                    writeJSON(a, b, year, columns, ids, to: &table.out)
                    if later {
                        table.out.removeLast()  // the closing brace
                        table.out.append(",\"atop_carried\":" + (carried.map { $0 ? "1" : "0" } ?? "null"))
                        let treaties = (cell?.treaties ?? []).map { "\"" + $0 + "\"" }
                        table.out.append(",\"foedus_treaties\":[" + treaties.joined(separator: ",") + "]}")
                    }
                    if let covariates {
                        table.out.removeLast()
                        let values = covariates.values(states[a].ccode, states[b].ccode, year: year)
                        for (name, value) in zip(covariates.columns, values) {
                            table.out.append(",\"\(name)\":" + (value.map(String.init) ?? "null"))
                        }
                        table.out.append("}")
                    }
                }
                if try table.endRow(into: sink) { progress?(table.rows) }
            }
        }
        return try table.finish(into: sink)
    }

    private func writeJSON(
        _ a: StateID, _ b: StateID, _ year: Int, _ columns: UInt8, _ ids: [Int32], to out: inout RawBuffer
    ) {
        out.append("{\"ccode1\":")
        ccodes.write(Int(a.index), to: &out)
        out.append(",\"ccode2\":")
        ccodes.write(Int(b.index), to: &out)
        out.append(",\"year\":")
        out.append(decimal: year)
        for i in 0..<6 {
            out.append(",\"\(Self.columns[3 + i])\":")
            if columns == 64 { out.append("null") } else { out.append(columns >> i & 1 == 1 ? 49 : 48) }
        }
        for (name, state) in [("cinc1", a), ("cinc2", b)] {
            out.append(",\"\(name)\":")
            if let i = cincIndex(state, year), cinc.length(i) > 0 {
                cinc.write(i, to: &out)
            } else {
                out.append("null")
            }
        }
        out.append(",\"atopids\":[")
        for (k, id) in ids.enumerated() {
            if k > 0 { out.append(44) }
            out.append(decimal: Int(id))
        }
        out.append("]}")
    }
}

/// Strings stored once as contiguous bytes, written by index.
struct BytePool {
    private let bytes: [UInt8]
    private let offsets: [Int32]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        for s in strings {
            bytes.append(contentsOf: s.utf8)
            offsets.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    func length(_ i: Int) -> Int { Int(offsets[i + 1] - offsets[i]) }

    @inline(__always) func write(_ i: Int, to out: inout RawBuffer) {
        let start = Int(offsets[i])
        let end = Int(offsets[i + 1])
        bytes.withUnsafeBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }
}
