/// A small RFC 4180 reader: comma-separated fields, optional double quotes (with `""` escapes), LF or
/// CRLF line ends. Rows keep their line number for messages.
public struct CSVReader: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]

    /// Parses `text`; the first row is the header.
    ///
    /// - Throws: ``Diagnostic`` for an unterminated quote or a row whose width differs from the header's.
    public init(text: String, file: String) throws {
        self.file = file
        var rows: [Row] = []
        var field: [UInt8] = []
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var rowLine = 1
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
            } else {
                switch b {
                case UInt8(ascii: "\""): inQuotes = true
                case UInt8(ascii: ","): endField()
                case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
                    break
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    endField()
                    rows.append(Row(line: rowLine, fields: fields))
                    fields.removeAll()
                    line += 1
                    rowLine = line
                default: field.append(b)
                }
            }
            i += 1
        }
        if inQuotes { throw Diagnostic(file: file, line: rowLine, field: "", message: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
        }
        guard let first = rows.first else { throw Diagnostic(file: file, line: 1, field: "", message: "empty file") }
        header = first.fields
        self.rows = Array(rows.dropFirst())
        for row in self.rows where row.fields.count != header.count {
            throw Diagnostic(
                file: file, line: row.line, field: "",
                message: "expected \(header.count) fields, found \(row.fields.count)")
        }
    }

    /// The index of a header column.
    ///
    /// - Throws: ``Diagnostic`` naming the missing column.
    public func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw Diagnostic(file: file, line: 1, field: name, message: "missing column")
        }
        return i
    }
}
