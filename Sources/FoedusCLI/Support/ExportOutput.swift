import ArgumentParser
import FoedusFormats
import Foundation

/// `--format`, `--output`, `--provenance-comments`, `--verbose`: how an export is written.
///
/// By default a CSV is a plain table (the header row, then data) that `read.csv`, `readr::read_csv`,
/// `pandas.read_csv`, duckdb, Stata's `import delimited` and Excel read with their default arguments; the
/// provenance goes to `FILE.meta.json` beside the file (``ExportSidecar``), to stderr with `--verbose`, and into
/// the file as `# ` lines only with `--provenance-comments`.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"), help: "csv or json (default: from the --output extension, else csv).",
        transform: parseEnum)
    var formatOption: DyadYearWriter.Format?
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout (- for stdout).", valueName: "file"))
    var output: String?
    @Flag(
        name: .long,
        help: "Put the provenance into the CSV as '# ' lines before the header (readers then need comment='#').")
    var provenanceComments = false
    @Flag(name: .long, help: "Also print the provenance lines on stderr.")
    var verbose = false
    /// Left the `# ` lines out before they were left out by default (issue #15); kept so that scripts still run.
    @Flag(name: .long, help: .hidden)
    var noHeader = false

    /// The extensions an output file may have, and the format each implies.
    static let extensions: [String: DyadYearWriter.Format] = ["csv": .csv, "txt": .csv, "json": .json]

    func validate() throws {
        if noHeader && provenanceComments {
            throw ValidationError("give --no-header or --provenance-comments, not both")
        }
        guard let file else { return }
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard !ext.isEmpty else { return }
        guard let implied = Self.extensions[ext] else {
            let parquet =
                ext == "parquet"
                ? " (for Parquet, read the CSV with pandas and call DataFrame.to_parquet, or use the Python package)"
                : ""
            throw ValidationError(
                "--output: '\(file)' ends in .\(ext), a format Foedus does not write; name it .csv or .json\(parquet)")
        }
        if let formatOption, formatOption != implied {
            throw ValidationError(
                "--output: '\(file)' ends in .\(ext) but --format is \(formatOption.rawValue); make them agree")
        }
    }

    /// The format: `--format`, else the one the output's extension implies, else CSV.
    var format: DyadYearWriter.Format {
        formatOption ?? file.flatMap { Self.extensions[URL(fileURLWithPath: $0).pathExtension.lowercased()] } ?? .csv
    }

    /// The file named by `--output`, or nil for stdout.
    var file: String? { output == "-" ? nil : output }

    /// Refuses an output file or sidecar that cannot be written (a folder, a device, a read-only file) before any
    /// work starts; call it first in `run()`.
    func checkTargets() throws {
        guard let file else { return }
        _ = try AtomicFileWriter(path: file, field: "--output").check()
        _ = try AtomicFileWriter(path: ExportSidecar.path(for: file), field: "--output's .meta.json").check()
    }

    /// Writes one export: the table to the output file (or stdout), with the provenance as `# ` lines only under
    /// `--provenance-comments`; then, for a file, its sidecar `FILE.meta.json`; the provenance on stderr under
    /// `--verbose`; and the row count on stderr. Returns the number of rows.
    ///
    /// - Parameters:
    ///   - what: the rows' name for the count ("dyad-years").
    ///   - command: the command as a user would type it again (without `--output`), for the sidecar.
    ///   - write: writes the table with the given comment lines to the sink; returns the number of rows.
    @discardableResult
    func export(
        _ what: String, command: String, columns: [String], provenance: [String],
        write: @escaping ([String], ByteSink) throws -> Int
    ) throws -> Int {
        let sidecar = file.map { AtomicFileWriter(path: ExportSidecar.path(for: $0), field: "--output's .meta.json") }
        // Refuse a sidecar path that cannot be written (a folder, a read-only file) before writing anything.
        _ = try sidecar?.check()
        var rows = 0
        let header = provenanceComments && format == .csv ? provenance : []
        if let file {
            try AtomicFileWriter(path: file, field: "--output").write { sink in rows = try write(header, sink) }
        } else {
            rows = try write(header) { try FileHandle.standardOutput.write(contentsOf: Data($0)) }
        }
        if let file, let sidecar {
            let meta = ExportSidecar(
                file: URL(fileURLWithPath: file).lastPathComponent, format: format.rawValue, rows: rows,
                columns: columns, command: command + (format == .json ? " --format json" : ""),
                provenance: provenance)
            try sidecar.write(try meta.encoded())
        }
        if verbose { for line in provenance { Output.diagnostic("# " + line) } }
        Output.diagnostic(
            "\(rows) \(what) written"
                + (file.map { " to \($0) (provenance in \(ExportSidecar.path(for: $0)))" } ?? ""))
        return rows
    }
}
