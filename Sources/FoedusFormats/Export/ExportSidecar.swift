import Foundation

/// The provenance of an exported file, written beside it as `FILE.meta.json` so that the file itself stays a
/// plain table every default reader loads (`read.csv`, `readr::read_csv`, `pandas.read_csv`, duckdb, Stata's
/// `import delimited`, Excel).
public struct ExportSidecar: Codable, Equatable, Sendable {
    /// The exported file's name (without its folder).
    public var file: String
    /// `csv` or `json`.
    public var format: String
    /// Data rows (the CSV header not counted).
    public var rows: Int
    /// The column names, in order.
    public var columns: [String]
    /// The command that wrote the file, as typed (without `--output`).
    public var command: String
    /// The provenance lines (versions, sources, rules, coverage and missing values).
    public var provenance: [String]
    /// How to cite the sources.
    public var cite: String

    public init(
        file: String, format: String, rows: Int, columns: [String], command: String, provenance: [String],
        cite: String = "foedus cite (or foedus cite --bibtex)"
    ) {
        self.file = file
        self.format = format
        self.rows = rows
        self.columns = columns
        self.command = command
        self.provenance = provenance
        self.cite = cite
    }

    /// The sidecar's path for an exported file's path.
    public static func path(for output: String) -> String { output + ".meta.json" }

    /// Pretty, key-sorted JSON with a final newline: the same export gives the same bytes.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + Array("\n".utf8)
    }
}
