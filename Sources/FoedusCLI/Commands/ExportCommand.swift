import ArgumentParser
import FoedusAPI
import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export data in the field's formats (dyad-years, state-years).",
        subcommands: [DyadYearsExport.self, StateYearsExport.self, AlliancesExport.self])
}

/// `--from`, `--to`, and the output options.
struct ExportOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "First year (from 1816).")
    var from = 1816
    @Option(name: .long, parsing: .unconditional, help: "Last year (default 2018, the end of ATOP 5.1).")
    var to = 2018
    @OptionGroup var out: OutputOptions

    func validate() throws {
        let thisYear = try Today.resolve().year
        guard from >= 1816 else {
            throw ValidationError("--from: \(from) is before 1816, where the state system starts")
        }
        guard to <= thisYear else { throw ValidationError("--to: \(to) is after this year (\(thisYear))") }
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    var format: DyadYearWriter.Format { out.format }
    var output: String? { out.file }
    var noHeader: Bool { out.noHeader }
    func withSink(_ body: (ByteSink) throws -> Void) throws { try out.withSink(body) }
}

/// `--format`, `--output`, `--no-header`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "csv or json.", transform: parseEnum)
    var format: DyadYearWriter.Format = .csv
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout (- for stdout).", valueName: "file"))
    var output: String?
    @Flag(name: .long, help: "Leave out the '# ' provenance lines before the CSV header.")
    var noHeader = false

    /// A sink that writes to the output file or stdout (no `--output`, or `-`). The file is written by
    /// ``AtomicFileWriter``: a temporary file beside it, renamed over it once complete; a folder, device, FIFO
    /// or read-only file is refused before anything is written, and nothing is ever removed.
    func withSink(_ body: (ByteSink) throws -> Void) throws {
        if let output, output != "-" {
            try AtomicFileWriter(path: output, field: "--output").write(body)
        } else {
            try body { try FileHandle.standardOutput.write(contentsOf: Data($0)) }
        }
    }

    /// The file named by `--output`, or nil for stdout.
    var file: String? { output == "-" ? nil : output }
}

struct DyadYearsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad-years",
        abstract: "Dyad-years of the COW state system with ATOP alliance columns and CINC (peacesciencer's names).",
        discussion: "Rules and columns: docs/dyad-years.md. Cite the sources: foedus cite.")
    @OptionGroup var options: ExportOptions
    @Flag(name: .customLong("directed"), help: "ccode1's obligations to ccode2, both orders (default).")
    var directedFlag = false
    @Flag(name: .long, help: "One row per pair (ccode1 < ccode2), the maximum over both directions.")
    var nondirected = false

    func validate() throws {
        if directedFlag && nondirected { throw ValidationError("give --directed or --nondirected, not both") }
    }

    func run() throws {
        try runReportingErrors(json: false) {
            let history = try History.load()
            let writer = DyadYearWriter(source: history.source)
            let years = options.from...options.to
            let header = options.noHeader ? [] : Provenance.dyadYears(directed: !nondirected, years: years)
            var rows = 0
            try options.withSink { sink in
                rows = try writer.write(
                    years: years, directed: !nondirected, format: options.format, header: header, to: sink)
            }
            Output.diagnostic("\(rows) dyad-years written" + (options.output.map { " to \($0)" } ?? ""))
        }
    }
}

struct StateYearsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state-years", abstract: "State-years of the COW state system with CINC and ATOP obligations.")
    @OptionGroup var options: ExportOptions

    func run() throws {
        try runReportingErrors(json: false) {
            let history = try History.load()
            let years = options.from...options.to
            let header = options.noHeader ? [] : Provenance.stateYears(years: years)
            var rows = 0
            let writer = StateYearWriter(
                states: history.states, spells: history.spells, capabilities: history.capabilities)
            try options.withSink { sink in
                rows = try writer.write(years: years, format: options.format, header: header, to: sink)
            }
            Output.diagnostic("\(rows) state-years written" + (options.output.map { " to \($0)" } ?? ""))
        }
    }
}

struct AlliancesExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances",
        abstract: "Member-level alliance rows: ATOP 5.1, then curated treaties in force after 2018 (source foedus).")
    @OptionGroup var options: OutputOptions

    func run() throws {
        try runReportingErrors(json: false) {
            let history = try History.load()
            let (world, _) = try WorldLoader.load(overlays: [])
            let writer = AllianceMemberWriter(
                states: history.states, spells: history.spells,
                curated: world.treaties.filter { $0.origin != "ATOP 5.1" })
            let header =
                options.noHeader
                ? []
                : Provenance.common() + [
                    "member-level alliance rows: ATOP 5.1 (source 'ATOP 5.1', signature dates, exit empty = in effect at the end of 2018),",
                    "then Foedus's curated treaties in force after 2018 (source 'foedus', entry-into-force dates; obligations by kind, no conditions)",
                    "cite the sources: foedus cite",
                ]
            var rows = 0
            try options.withSink { sink in rows = try writer.write(format: options.format, header: header, to: sink) }
            Output.diagnostic("\(rows) alliance member rows written" + (options.file.map { " to \($0)" } ?? ""))
        }
    }
}
