import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import Foundation

/// `foedus similarity --year Y A B [C …]`: every alliance-portfolio similarity measure for a pair of states, or for
/// every pair of more than two.
struct SimilarityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similarity",
        abstract: "Alliance-portfolio similarity of two or more states in a year (S, kappa, pi, tau-b).",
        discussion: """
            Portfolios are the states' rows of the directed alliance matrix over the reference set, own entry \
            included: ATOP 5.1 up to 2018, then (up to this year) the ATOP alliances carried on and the curated \
            treaties, as in foedus export dyad-years. With more than two states, every pair (one row each; --json: an array of the \
            pairs' reports). Every pair of a year: foedus export similarity. Formulas, codings and sources: \
            docs/similarity.md.
            """)

    @Option(name: .long, help: "The year: 1815-2018 from ATOP 5.1, later years (up to this year) from the treaties.")
    var year: Int
    @Argument(
        help: ArgumentHelp("Two or more states (COW number, COW or ISO3 code, or name).", valueName: "state"))
    var states: [String]
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Reference set: system (all states that year), region (the pair's UN M49 regions) or relevant "
                + "(the pair, the major powers and the states contiguous to either)."),
        transform: parseEnum)
    var reference: SimilarityReference = .system
    @Option(
        name: .long, help: "Coding: valued (defense/offense 3, neutrality/consultation 2, non-aggression 1) or binary.",
        transform: parseEnum)
    var coding: SimilarityCoding = .valued
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard states.count >= 2 else { throw ValidationError("give two or more states, e.g. USA RUS") }
    }

    func run() throws {
        try runReportingErrors(json: json) {
            if states.count == 2 {
                let report = try SimilarityReportJSON.compute(
                    states[0], states[1], year: year, reference: reference, coding: coding)
                if json { try Output.json(report) } else { Output.text(text(report)) }
                return
            }
            var reports: [SimilarityReportJSON] = []
            // The alliance matrix once for all the pairs (past 2018 it is built from the treaties).
            let alliances = try History.load().similarityAlliances(through: year)
            for i in states.indices {
                for j in states.indices where j > i {
                    reports.append(
                        try SimilarityReportJSON.compute(
                            states[i], states[j], year: year, reference: reference, coding: coding,
                            alliances: alliances))
                }
            }
            if json { try Output.json(reports) } else { Output.text(pairs(reports)) }
        }
    }

    /// One row per pair: the two states, the size of the reference set and every measure.
    private func pairs(_ reports: [SimilarityReportJSON]) -> String {
        guard let first = reports.first else { return "" }
        var lines = [
            "Alliance-portfolio similarity, \(year): \(reports.count) pairs; reference set: \(first.reference); "
                + "coding: \(first.coding) (\(first.codingRule))"
        ]
        var rows = [["first", "second", "N"] + first.measures.map(\.name)]
        for r in reports {
            rows.append(
                [r.first.abbreviation, r.second.abbreviation, String(r.referenceStates)]
                    + r.measures.map { m in m.value.map { String(format: "%.6f", $0) } ?? "undefined" })
        }
        lines.append(table(rows))
        var notes: [String] = []
        for note in reports.flatMap(\.notes) where !notes.contains(note) { notes.append(note) }
        lines += notes.map { "note: " + $0 }
        return lines.joined(separator: "\n")
    }

    private func text(_ r: SimilarityReportJSON) -> String {
        var lines = [
            "Alliance-portfolio similarity, \(r.year): \(r.first.name) (\(r.first.ccode)) and "
                + "\(r.second.name) (\(r.second.ccode))",
            "reference set: \(r.reference), \(r.referenceStates) states; coding: \(r.coding) (\(r.codingRule))",
        ]
        var rows = [["measure", "value", "definition"]]
        for m in r.measures {
            rows.append([m.name, m.value.map { String(format: "%.6f", $0) } ?? "undefined", m.definition])
        }
        lines.append(table(rows))
        lines += r.notes.map { "note: " + $0 }
        return lines.joined(separator: "\n")
    }
}
