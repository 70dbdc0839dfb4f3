/// A small RFC 4180 reader: comma-separated fields, optional double quotes (with `""` escapes), LF, CRLF or
/// CR line ends. Rows keep their line number for messages.
///
/// The text is scanned once into field offsets; a field becomes a `String` only when asked for, and
/// ``Row/int(_:)`` reads a number straight from the bytes, so reading a few columns of a wide file (ATOP's
/// 105) costs little.
public struct CSVReader: Sendable {
    /// The bytes and field offsets, shared by the rows.
    final class Storage: Sendable {
        let bytes: [UInt8]
        /// Per field: start and end offsets of its content (quotes excluded), and whether it was quoted.
        let starts: [Int32]
        let ends: [Int32]
        let quoted: [Bool]
        init(bytes: [UInt8], starts: [Int32], ends: [Int32], quoted: [Bool]) {
            self.bytes = bytes
            self.starts = starts
            self.ends = ends
            self.quoted = quoted
        }
    }

    /// One row: a window on the fields of the file.
    public struct Row: Sendable {
        public let line: Int
        let storage: Storage
        let first: Int
        public let count: Int

        /// The text of field `i`.
        public func field(_ i: Int) -> String {
            let k = first + i
            let slice = storage.bytes[Int(storage.starts[k])..<Int(storage.ends[k])]
            guard storage.quoted[k] else { return String(decoding: slice, as: UTF8.self) }
            // Inside quotes, a doubled quote stands for one.
            var unescaped: [UInt8] = []
            var previousQuote = false
            for b in slice {
                if b == UInt8(ascii: "\"") && previousQuote {
                    previousQuote = false
                    continue
                }
                previousQuote = b == UInt8(ascii: "\"")
                unescaped.append(b)
            }
            return String(decoding: unescaped, as: UTF8.self)
        }

        /// Field `i` as a whole number (optionally signed), or `nil` if it is empty, not a number or too large
        /// for an `Int`.
        public func int(_ i: Int) -> Int? {
            let k = first + i
            var p = Int(storage.starts[k])
            let end = Int(storage.ends[k])
            guard p < end else { return nil }
            let bytes = storage.bytes
            var negative = false
            if bytes[p] == UInt8(ascii: "-") {
                negative = true
                p += 1
            }
            guard p < end else { return nil }
            // Accumulated negatively, so that Int.min (whose magnitude no Int holds) reads too.
            var value = 0
            while p < end {
                let digit = Int(bytes[p]) - 48
                guard (0...9).contains(digit) else { return nil }
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.subtractingReportingOverflow(digit)
                guard !o1 && !o2 else { return nil }
                value = next
                p += 1
            }
            if negative { return value }
            return value == .min ? nil : -value
        }

        /// Every field's text.
        public var fields: [String] { (0..<count).map(field) }
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]

    /// Parses `text`; the first row is the header.
    ///
    /// - Throws: ``Diagnostic`` for an unterminated quote, a control character (NUL, …) or a row whose width
    ///   differs from the header's.
    public init(text: String, file: String) throws {
        self.file = file
        // A leading byte-order mark (Excel writes one) is not part of the first column's name.
        let bytes = text.hasPrefix("\u{FEFF}") ? Array(text.utf8.dropFirst(3)) : Array(text.utf8)
        var starts: [Int32] = []
        var ends: [Int32] = []
        var quoted: [Bool] = []
        var rowSpans: [(line: Int, first: Int, count: Int)] = []
        var i = 0
        var line = 1
        var rowLine = 1
        var rowFirst = 0
        var fieldStart = 0
        var fieldQuoted = false
        var inQuotes = false
        func endField(_ end: Int) {
            starts.append(Int32(fieldStart))
            ends.append(Int32(end))
            quoted.append(fieldQuoted)
        }
        func endRow() {
            rowSpans.append((rowLine, rowFirst, starts.count - rowFirst))
            rowFirst = starts.count
        }
        while i < bytes.count {
            let b = bytes[i]
            if (b < 32 && b != 9 && b != 10 && b != 13) || b == 127 {
                throw Diagnostic(
                    file: file, line: line, field: "",
                    message: "control character U+\(String(b, radix: 16, uppercase: true)) in the text (a binary file?)"
                )
            }
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        i += 1
                    } else {
                        inQuotes = false
                        endField(i)
                        // Skip to the separator after the closing quote.
                        i += 1
                        while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != 10, bytes[i] != 13 { i += 1 }
                        if i < bytes.count && bytes[i] == UInt8(ascii: ",") {
                            fieldStart = i + 1
                            fieldQuoted = false
                            i += 1
                            if i == bytes.count {
                                fieldStart = i
                                endField(i)
                            }
                            continue
                        }
                        fieldStart = -1  // the field is already recorded
                        continue
                    }
                } else if b == 10 {
                    line += 1
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\"") where i == fieldStart:
                inQuotes = true
                fieldQuoted = true
                fieldStart = i + 1
            case UInt8(ascii: ","):
                if fieldStart >= 0 { endField(i) }
                fieldStart = i + 1
                fieldQuoted = false
            case 10, 13:
                if fieldStart >= 0 { endField(i) }
                endRow()
                if b == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                line += 1
                rowLine = line
                fieldStart = i + 1
                fieldQuoted = false
            default:
                break
            }
            i += 1
        }
        if inQuotes { throw Diagnostic(file: file, line: rowLine, field: "", message: "unterminated quoted field") }
        if fieldStart >= 0 && fieldStart < bytes.count { endField(bytes.count) }
        if starts.count > rowFirst { endRow() }
        let storage = Storage(bytes: bytes, starts: starts, ends: ends, quoted: quoted)
        let all = rowSpans.map { Row(line: $0.line, storage: storage, first: $0.first, count: $0.count) }
        guard let first = all.first else { throw Diagnostic(file: file, line: 1, field: "", message: "empty file") }
        header = first.fields
        rows = Array(all.dropFirst())
        for row in rows where row.count != header.count {
            throw Diagnostic(
                file: file, line: row.line, field: "", message: "expected \(header.count) fields, found \(row.count)")
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
