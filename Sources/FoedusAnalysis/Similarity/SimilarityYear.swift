public import FoedusCore

/// Alliance-portfolio similarity for every pair of states in one year (docs/similarity.md, "All pairs of a
/// year"): the measures of ``SimilarityScores`` for each pair of states in the system in the year, as
/// peacesciencer's `add_fpsim()` gives them for all dyads.
///
/// The alliance codes of the year are read once into a matrix; each pair then takes its two rows over its
/// reference set, so the values are those ``AlliancePortfolios`` gives for the pair.
public struct SimilarityYear: Sendable {
    public let year: Int
    public let reference: SimilarityReference
    public let coding: SimilarityCoding
    /// The states in the system in the year (at least one day), ascending.
    public let states: [StateID]
    /// The year the weights were read from (`nil` without capabilities).
    public let weightYear: Int?
    private let table: StateTable
    private let codes: [Int]
    private let weights: [Double?]
    private let relevance: PoliticalRelevance?

    /// - Throws: ``FoedusError`` `invalidValue` if the year is outside the alliance data, or the reference set
    ///   needs data that were not given.
    public init(
        year: Int, states table: StateTable, alliances: SimilarityAlliances, reference: SimilarityReference = .system,
        coding: SimilarityCoding = .valued, capabilities: Capabilities? = nil, capabilityYear: Int? = nil,
        relevance: PoliticalRelevance? = nil
    ) throws {
        guard alliances.covers(year) else {
            throw FoedusError(
                .invalidValue,
                "no alliance data for \(year): the data cover \(AlliancePortfolios.firstAllianceYear)–\(alliances.lastYear)"
            )
        }
        if reference == .relevant && relevance == nil {
            throw FoedusError(.invalidValue, "the relevant reference set needs contiguity and major-power data")
        }
        self.year = year
        self.reference = reference
        self.coding = coding
        self.table = table
        self.relevance = relevance
        let n = table.count
        states = (0..<n).map { StateID($0) }.filter { SimilarityReference.exists(table[$0], in: year) }
        var codes = [Int](repeating: 0, count: n * n)
        for a in states {
            let ca = table[a].ccode
            for b in states {
                if a == b {
                    codes[Int(a.index) * n + Int(b.index)] = coding.selfCode
                    continue
                }
                codes[Int(a.index) * n + Int(b.index)] = coding.code(alliances.columns(ca, table[b].ccode, year: year))
            }
        }
        self.codes = codes
        if let capabilities {
            let weightYear = capabilityYear ?? year
            self.weightYear = weightYear
            weights = (0..<n).map { capabilities.value(StateID($0), year: weightYear) }
        } else {
            weightYear = nil
            weights = []
        }
    }

    /// The scores of `a` and `b` (the same as ``AlliancePortfolios`` for the pair), with the size of the
    /// reference set.
    public func scores(_ a: StateID, _ b: StateID) throws -> (scores: SimilarityScores, referenceStates: Int) {
        let members =
            reference == .system
            ? states : try reference.states(for: a, b, year: year, in: table, relevance: relevance)
        let n = table.count
        let x = members.map { codes[Int(a.index) * n + Int($0.index)] }
        let y = members.map { codes[Int(b.index) * n + Int($0.index)] }
        var w: [Double]?
        if weightYear != nil {
            let values = members.map { weights[Int($0.index)] }
            w = values.contains { $0 == nil } ? nil : values.compactMap { $0 }
        }
        return (SimilarityScores(x, y, weights: w, coding: coding), members.count)
    }

    /// Calls `body` for every pair of states in the system in the year, in (ccode1, ccode2) order: `ccode1 <
    /// ccode2`, or both orders when `directed` (the measures are symmetric: both orders have the same values).
    public func forEachPair(
        directed: Bool, _ body: (StateID, StateID, SimilarityScores, Int) throws -> Void
    ) throws {
        let ordered = states.sorted { table[$0].ccode < table[$1].ccode }
        var cache: [Int: (SimilarityScores, Int)] = [:]
        for a in ordered {
            for b in ordered where a != b && (directed || table[a].ccode < table[b].ccode) {
                let key = min(Int(a.index), Int(b.index)) * 10_000 + max(Int(a.index), Int(b.index))
                let result: (SimilarityScores, Int)
                if let cached = cache[key] {
                    result = cached
                    cache[key] = nil
                } else {
                    let computed = try scores(a, b)
                    result = (computed.scores, computed.referenceStates)
                    if directed { cache[key] = result }
                }
                try body(a, b, result.0, result.1)
            }
        }
    }
}
