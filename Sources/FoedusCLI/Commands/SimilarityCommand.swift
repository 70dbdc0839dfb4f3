import ArgumentParser
import FoedusAPI
import FoedusAnalysis
import FoedusCore
import Foundation

/// `foedus similarity --year Y A B`: every alliance-portfolio similarity measure for a pair of states.
struct SimilarityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similarity",
        abstract: "Alliance-portfolio similarity of two states in a year (S, kappa, pi, tau-b).",
        discussion: """
            Portfolios are the states' rows of the directed ATOP 5.1 alliance matrix (1815-2018) over the reference \
            set, own entry included. Formulas, codings and sources: docs/similarity.md.
            """)

    @Option(name: .long, help: "The year (ATOP 5.1 covers 1815-2018).")
    var year: Int
    @Argument(help: ArgumentHelp("The two states (COW number, COW or ISO3 code, or name).", valueName: "state"))
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
        guard states.count == 2 else { throw ValidationError("give exactly two states, e.g. USA RUS") }
    }

    func run() throws {
        try runReportingErrors(json: json) {
            let history = try History.load()
            let table = history.states
            let resolver = StateResolver(table: table)
            let a = try resolve(states[0], resolver: resolver, table: table)
            let b = try resolve(states[1], resolver: resolver, table: table)
            let capabilities = history.capabilities
            let weightYear = min(max(year, capabilities.firstYear), capabilities.lastYear)
            let portfolios = try AlliancePortfolios(
                a, b, year: year, states: table, alliances: history.alliances, reference: reference, coding: coding,
                capabilities: capabilities, capabilityYear: weightYear,
                relevance: reference == .relevant ? try History.relevance() : nil)
            var notes: [String] = []
            if weightYear != year {
                notes.append(
                    "CINC (NMC v6.0) covers \(capabilities.firstYear)-\(capabilities.lastYear): "
                        + "weights from \(weightYear) carried to \(year)")
            }
            if portfolios.weights == nil && !portfolios.missingWeights.isEmpty {
                let names = portfolios.missingWeights.prefix(5).map { table[$0].abbreviation }.joined(separator: ", ")
                notes.append(
                    "no CINC in \(weightYear) for \(portfolios.missingWeights.count) reference state(s) (\(names)): "
                        + "weighted S left out")
            }
            let report = SimilarityReportJSON(portfolios, table: table, notes: notes)
            if json { try Output.json(report) } else { Output.text(text(report)) }
        }
    }

    /// Resolves a state that existed in the year: on the year's last day, or on the last day of a membership
    /// that ended during the year.
    private func resolve(_ text: String, resolver: StateResolver, table: StateTable) throws -> StateID {
        guard let december = Day(year: year, month: 12, day: 31) else {
            throw ValidationError("--year: \(year) is not a valid year")
        }
        var days = [december]
        for state in table.states {
            for period in state.periods where period.upperBound.year == year { days.append(period.upperBound) }
        }
        for day in days.sorted(by: >) {
            if let id = try? resolver.resolve(text, on: day) { return id }
        }
        if let id = try? resolver.resolve(text, on: nil) { return id }  // reported as not in the system in the year
        return try resolver.resolve(text, on: december)
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

/// The `--json` report of `foedus similarity` (docs/similarity.md).
struct SimilarityReportJSON: Encodable {
    struct Measure: Encodable {
        var name: String
        var value: Double?
        var definition: String
        enum CodingKeys: String, CodingKey { case name, value, definition }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(value, forKey: .value)  // null when undefined
            try c.encode(definition, forKey: .definition)
        }
    }
    struct Entry: Encodable {
        var state: StateJSON
        var first: Int
        var second: Int
        var weight: Double?
    }
    var year: Int
    var first: StateJSON
    var second: StateJSON
    var reference: String
    var coding: String
    var codingRule: String
    var referenceStates: Int
    var weightYear: Int?
    var measures: [Measure]
    /// The two portfolios over the reference set, in COW-number order.
    var portfolios: [Entry]
    var notes: [String]

    init(_ p: AlliancePortfolios, table: StateTable, notes: [String]) {
        year = p.year
        first = StateJSON(table[p.first])
        second = StateJSON(table[p.second])
        reference = p.reference.rawValue
        coding = p.coding.rawValue
        codingRule =
            p.coding == .valued
            ? "defense or offense 3, neutrality or consultation 2, non-aggression only 1, none 0; own entry 3"
            : "any ATOP obligation 1, none 0; own entry 1"
        referenceStates = p.states.count
        weightYear = p.weights == nil ? nil : p.weightYear
        let m = p.coding.maximum
        let definitions = [
            "Signorino-Ritter S, unweighted, absolute distance, d_max = N*\(m)",
            "Signorino-Ritter S, unweighted, squared distance, d_max = N*\(m * m)",
            "Signorino-Ritter S, CINC-weighted, absolute distance, d_max = sum(w)*\(m)",
            "Signorino-Ritter S, CINC-weighted, squared distance, d_max = sum(w)*\(m * m)",
            "Cohen's kappa, squared disagreement weights (Hage 2011)",
            "Cohen's kappa, nominal",
            "Scott's pi, nominal (Hage 2011)",
            "Scott's pi, squared disagreement weights",
            "Kendall's tau-b (with ties)",
        ]
        measures = zip(p.scores.all, definitions).map { Measure(name: $0.0.name, value: $0.0.value, definition: $0.1) }
        portfolios = p.states.indices.map { k in
            Entry(
                state: StateJSON(table[p.states[k]]), first: p.firstCodes[k], second: p.secondCodes[k],
                weight: p.weights?[k])
        }
        self.notes = notes
    }
}
