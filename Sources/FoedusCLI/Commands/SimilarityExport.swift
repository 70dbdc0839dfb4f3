import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusFormats
import Foundation

/// `foedus export similarity --year Y [--to Y2]`: every similarity measure for every pair of states of the years.
struct SimilarityExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similarity",
        abstract:
            "Alliance-portfolio similarity (S, kappa, pi, tau-b) for every pair of states of a year (like add_fpsim()).",
        discussion: "Measures, codings and reference sets: docs/similarity.md. Cite the sources: foedus cite.")

    @Option(
        name: .long,
        help: "The (first) year, 1816 to this year (ATOP 5.1 to 2018, then the carried and curated treaties).")
    var year: Int
    @Option(name: .long, help: "The last year (default: --year).")
    var to: Int?
    @Option(
        name: .long, help: "Reference set: system, region or relevant (see foedus similarity --help).",
        transform: parseEnum)
    var reference: SimilarityReference = .system
    @Option(name: .long, help: "Coding: valued or binary.", transform: parseEnum)
    var coding: SimilarityCoding = .valued
    @Flag(name: .long, help: "Both orders of each pair (the values are the same), for merging onto directed data.")
    var directed = false
    @OptionGroup var out: OutputOptions

    var years: ClosedRange<Int> { year...(to ?? year) }

    func validate() throws {
        try out.validate()
        let thisYear = try Today.resolve().year
        for (name, value) in [("--year", year), ("--to", to ?? year)] where !(1816...thisYear).contains(value) {
            throw ValidationError(
                "\(name): \(value) is outside 1816-\(thisYear) (the state system from 1816, up to this year)")
        }
        guard year <= to ?? year else { throw ValidationError("--year \(year) is after --to \(to ?? year)") }
    }

    func run() throws {
        try runReportingErrors(json: false) {
            try out.checkTargets()
            let history = try History.load()
            let writer = SimilarityWriter(states: history.states)
            let alliances = try history.similarityAlliances(through: years.upperBound)
            let provenance = Provenance.similarity(
                years: years, reference: reference, coding: coding, directed: directed)
            let command =
                "foedus export similarity --year \(year)" + (to.map { " --to \($0)" } ?? "")
                + " --reference \(reference.rawValue) --coding \(coding.rawValue)" + (directed ? " --directed" : "")
            let progress = ExportProgress(
                what: "similarity", unit: "years", total: years.count, toFile: out.file != nil)
            try out.export("pairs", command: command, columns: SimilarityWriter.columns, provenance: provenance) {
                header, sink in
                try writer.write(
                    years: years, directed: directed, format: out.format, header: header, to: sink,
                    year: {
                        try SimilarityReportJSON.year($0, alliances: alliances, reference: reference, coding: coding)
                    },
                    progress: progress.report)
            }
            progress.finish()
        }
    }
}
