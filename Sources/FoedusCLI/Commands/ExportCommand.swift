import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data in the field's formats (dyad-years, state-years, alliances, similarity).",
        subcommands: [DyadYearsExport.self, StateYearsExport.self, AlliancesExport.self, SimilarityExport.self])
}

/// `--from`, `--to`, and the output options.
struct ExportOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "First year (from 1816).")
    var from = 1816
    @Option(
        name: .long, parsing: .unconditional,
        help:
            "Last year (default 2018, the end of ATOP 5.1; later years, up to this year, come from the curated treaties and the ATOP alliances carried on)."
    )
    var to = 2018
    @OptionGroup var out: OutputOptions

    func validate() throws {
        try out.validate()
        guard from >= 1816 else {
            throw ValidationError("--from: \(from) is before 1816, where the state system starts")
        }
        try Self.checkNotAfterThisYear(to)
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    /// Refuses a `--to` after this year (today's, or `FOEDUS_TODAY`'s): the exports past 2018 end today.
    static func checkNotAfterThisYear(_ to: Int) throws {
        let thisYear = try Today.resolve().year
        guard to <= thisYear else { throw ValidationError("--to: \(to) is after this year (\(thisYear))") }
    }
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
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Covariate columns, comma-separated: contiguity (conttype), major-power (cowmaj1, cowmaj2).",
            valueName: "list"),
        transform: DyadYearsExport.covariates)
    var covariates: [DyadCovariates.Kind] = []

    static func covariates(_ text: String) throws -> [DyadCovariates.Kind] {
        try text.split(separator: ",").map { word in
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let kind = DyadCovariates.Kind(rawValue: name) else {
                throw ValidationError(
                    "--covariates: '\(name)' is not a covariate; give "
                        + DyadCovariates.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
    }

    func validate() throws {
        if directedFlag && nondirected { throw ValidationError("give --directed or --nondirected, not both") }
    }

    func run() throws {
        try runReportingErrors(json: false) {
            try options.out.checkTargets()
            let history = try History.load()
            var source = history.source
            source.extended = try History.later(through: options.to)
            let writer = DyadYearWriter(
                source: source,
                covariates: covariates.isEmpty
                    ? nil : DyadCovariates(kinds: covariates, relevance: try History.relevance()))
            let years = options.from...options.to
            let provenance = Provenance.dyadYears(directed: !nondirected, years: years)
            let out = options.out
            try out.export(
                "dyad-years",
                command: "foedus export dyad-years --from \(years.lowerBound) --to \(years.upperBound)"
                    + (nondirected ? " --nondirected" : "")
                    + (writer.covariates.map { " --covariates " + $0.kinds.map(\.rawValue).joined(separator: ",") }
                        ?? ""),
                columns: writer.columns(years: years), provenance: provenance + Provenance.covariates(covariates)
            ) { header, sink in
                let progress = ExportProgress(what: "dyad-years", unit: "rows", toFile: out.file != nil)
                defer { progress.finish() }
                return try writer.write(
                    years: years, directed: !nondirected, format: out.format, header: header, to: sink,
                    progress: progress.report)
            }
        }
    }
}

struct StateYearsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state-years", abstract: "State-years of the COW state system with CINC and ATOP obligations.")
    @OptionGroup var options: ExportOptions

    func run() throws {
        try runReportingErrors(json: false) {
            try options.out.checkTargets()
            let history = try History.load()
            let years = options.from...options.to
            let writer = StateYearWriter(
                states: history.states, spells: history.spells, capabilities: history.capabilities,
                later: try History.later(through: options.to))
            let out = options.out
            try out.export(
                "state-years", command: "foedus export state-years --from \(years.lowerBound) --to \(years.upperBound)",
                columns: writer.columns(years: years), provenance: Provenance.stateYears(years: years)
            ) { header, sink in
                let progress = ExportProgress(what: "state-years", unit: "rows", toFile: out.file != nil)
                defer { progress.finish() }
                return try writer.write(
                    years: years, format: out.format, header: header, to: sink, progress: progress.report)
            }
        }
    }
}

struct AlliancesExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances",
        abstract:
            "Member-level alliance rows: ATOP 5.1; with --to past 2018, the carried ATOP and curated treaty rows.",
        discussion: """
            By default (--to 2018) ATOP 5.1's member rows alone. With --to after 2018, an atop_carried column and, \
            after ATOP's rows, the member rows of 2019 to --to (up to today) with the carry rule of the dyad-years: \
            the ATOP alliances carried on (atop_carried = 1) and the curated treaties (source foedus). Columns and \
            rules: docs/dyad-years.md. Cite the sources: foedus cite.
            """)
    @Option(
        name: .long, parsing: .unconditional,
        help:
            "Last year (default 2018, ATOP 5.1's rows alone; later years, up to this year, add the carried ATOP and curated treaty rows)."
    )
    var to = 2018
    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.validate()
        try ExportOptions.checkNotAfterThisYear(to)
        guard to >= 2018 else {
            throw ValidationError("--to: \(to) is before 2018; ATOP's rows run to 2018 (filter them by entry and exit)")
        }
    }

    func run() throws {
        try runReportingErrors(json: false) {
            try options.checkTargets()
            let history = try History.load()
            let writer = AllianceMemberWriter(
                states: history.states, spells: history.spells, later: try History.laterMembers(through: to))
            try options.export(
                "alliance member rows", command: "foedus export alliances" + (to == 2018 ? "" : " --to \(to)"),
                columns: writer.names, provenance: Provenance.alliances(through: to)
            ) { header, sink in
                try writer.write(format: options.format, header: header, to: sink)
            }
        }
    }
}
