/// The frame every export writes, in CSV or JSON: the provenance as `# ` lines (only those it is given) and the
/// header row, or JSON's opening bracket; one row at a time into a buffer that is handed to the sink when full; then
/// the end. The writers (dyad-years, state-years, alliance rows, similarity) fill the rows; the CLI's
/// `OutputOptions.export` writes the sidecar and the count.
///
/// Not copyable: it owns its buffer. It holds no sink (a writer's sink need not escape): each call that may drain
/// the buffer is given it.
struct ExportTable: ~Copyable {
    let format: DyadYearWriter.Format
    /// The buffer a row is written into.
    var out = RawBuffer()
    /// The rows ended so far.
    private(set) var rows = 0

    /// Starts the table: for CSV the `header` lines as `# ` comments, then the column names; for JSON `[`.
    init(format: DyadYearWriter.Format, columns: [String], header: [String]) {
        self.format = format
        if format == .csv {
            for line in header { out.append("# " + line + "\n") }
            out.append(columns.joined(separator: ",") + "\n")
        } else {
            out.append("[\n")
        }
    }

    /// Starts a JSON record: the separator before every record but the first. Nothing for CSV.
    mutating func beginRecord() {
        if format == .json && rows > 0 { out.append(",\n") }
    }

    /// Ends a row: counts it and hands a full buffer to the sink. Returns whether it did (for progress).
    @discardableResult
    mutating func endRow(into sink: ByteSink) throws -> Bool {
        rows += 1
        guard out.isFull else { return false }
        try out.drain(into: sink)
        return true
    }

    /// Writes one row of text fields: CSV-quoted, or a JSON object whose `numeric` fields (by index) are bare and
    /// whose empty fields are `null`.
    mutating func row(_ fields: [String], columns: [String], numeric: Set<Int>, into sink: ByteSink) throws {
        if format == .csv {
            out.append(fields.map(Self.csvField).joined(separator: ",") + "\n")
        } else {
            beginRecord()
            let pairs = zip(columns, fields).enumerated().map { i, pair in
                "\"\(pair.0)\":"
                    + (pair.1.isEmpty ? "null" : numeric.contains(i) ? pair.1 : "\"\(Self.jsonEscape(pair.1))\"")
            }
            out.append("{" + pairs.joined(separator: ",") + "}")
        }
        try endRow(into: sink)
    }

    /// Ends the table (JSON's closing bracket), hands the rest to the sink and returns the number of rows.
    consuming func finish(into sink: ByteSink) throws -> Int {
        if format == .json { out.append("\n]\n") }
        try out.drain(into: sink)
        return rows
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }

    static func jsonEscape(_ s: String) -> String {
        s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    }
}
