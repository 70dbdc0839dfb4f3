public import FoedusAnalysis
public import FoedusCore
import FoedusFormats

/// The `--json` report of `foedus similarity` (docs/similarity.md).
public struct SimilarityReportJSON: Encodable, Hashable, Sendable {
    public struct Measure: Encodable, Hashable, Sendable {
        public var name: String
        public var value: Double?
        public var definition: String
        public enum CodingKeys: String, CodingKey { case name, value, definition }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(value, forKey: .value)  // null when undefined
            try c.encode(definition, forKey: .definition)
        }
    }
    public struct Entry: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var first: Int
        public var second: Int
        public var weight: Double?
    }
    public var year: Int
    public var first: StateJSON
    public var second: StateJSON
    public var reference: String
    public var coding: String
    public var codingRule: String
    public var referenceStates: Int
    public var weightYear: Int?
    public var measures: [Measure]
    /// The two portfolios over the reference set, in COW-number order.
    public var portfolios: [Entry]
    public var notes: [String]

    public init(_ p: AlliancePortfolios, table: StateTable, notes: [String]) {
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

extension SimilarityReportJSON {
    /// The similarity of two states (named as a user would) in a year, with the notes on carried weights: ATOP 5.1
    /// up to 2018, then the carried and curated treaties up to this year (``SimilarityAlliances``).
    ///
    /// - Parameter alliances: the alliance matrix through `year`, when the caller computes several pairs (built
    ///   here otherwise).
    public static func compute(
        _ first: String, _ second: String, year: Int, reference: SimilarityReference, coding: SimilarityCoding,
        alliances: SimilarityAlliances? = nil
    ) throws -> SimilarityReportJSON {
        let thisYear = try Today.resolve().year
        guard (1815...thisYear).contains(year), let december = Day(year: year, month: 12, day: 31) else {
            throw FoedusError(
                .invalidValue,
                "year: \(year) is outside 1815-\(thisYear) (ATOP 5.1 to 2018, then the carried and curated treaties)")
        }
        try checkReference(reference, year: year)
        let history = try History.load()
        let table = history.states
        let resolver = StateResolver(table: table)
        let a = try resolve(first, year: year, december: december, resolver: resolver, table: table)
        let b = try resolve(second, year: year, december: december, resolver: resolver, table: table)
        let capabilities = history.capabilities
        let weightYear = min(max(year, capabilities.firstYear), capabilities.lastYear)
        let portfolios = try AlliancePortfolios(
            a, b, year: year, states: table, alliances: try alliances ?? history.similarityAlliances(through: year),
            reference: reference, coding: coding,
            capabilities: capabilities, capabilityYear: weightYear,
            relevance: reference == .relevant ? try History.relevance() : nil)
        var notes: [String] = []
        if year > ATOPLoader.coverageEnd.year {
            notes.append(
                "after 2018 (ATOP's coverage ends) the portfolios come from the ATOP alliances carried on and the "
                    + "curated treaties, as in foedus export dyad-years (docs/similarity.md, After 2018)")
        }
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
        return SimilarityReportJSON(portfolios, table: table, notes: notes)
    }

    /// Every pair of states of `year` (`foedus export similarity`), with CINC weights carried as ``compute`` does.
    ///
    /// - Parameter alliances: the alliance matrix for the export's years (``History/similarityAlliances(through:)``,
    ///   built once for all of them).
    public static func year(
        _ year: Int, alliances: SimilarityAlliances, reference: SimilarityReference, coding: SimilarityCoding
    ) throws -> SimilarityYear {
        try checkReference(reference, year: year)
        let history = try History.load()
        let capabilities = history.capabilities
        return try SimilarityYear(
            year: year, states: history.states, alliances: alliances, reference: reference, coding: coding,
            capabilities: capabilities,
            capabilityYear: min(max(year, capabilities.firstYear), capabilities.lastYear),
            relevance: reference == .relevant ? try History.relevance() : nil)
    }

    /// Refuses the `relevant` set after 2018: the contiguity and major-power lists end in 2016 and are carried to
    /// 2018 only, so later sets would hold the pair alone.
    public static func checkReference(_ reference: SimilarityReference, year: Int) throws {
        guard reference == .relevant, year > ATOPLoader.coverageEnd.year else { return }
        throw FoedusError(
            .invalidValue,
            "reference: the relevant set needs contiguity and major powers, which end in 2016 (carried to 2018); "
                + "for \(year) use system or region")
    }

    /// Resolves a state that existed in the year: on the year's last day, or on the last day of a membership
    /// that ended during the year.
    private static func resolve(
        _ text: String, year: Int, december: Day, resolver: StateResolver, table: StateTable
    ) throws -> StateID {
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
}
