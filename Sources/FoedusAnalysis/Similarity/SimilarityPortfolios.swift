public import FoedusCore

/// The alliance portfolios of two states in one year over a reference set: each state's row of the directed
/// alliance matrix, its own entry included (docs/similarity.md §1).
///
/// Entry *k* of the first state's portfolio is the code (``SimilarityCoding``) of that state's obligations
/// towards reference state *k* in the year, read from the directed alliance matrix (``SimilarityAlliances``: ATOP's
/// directed dyad-years up to 2018, the first state's side of the alliance, as in ATOP's directed dyadic data; then the
/// carried and curated treaties); its entry for itself is the top code.
/// The weights are the reference states' CINC scores (COW National Material Capabilities), the weights of the
/// capability-weighted S; they are used relative to their sum, which never is exactly 1 in NMC.
///
/// Pure: built from tables in memory, with no I/O.
public struct AlliancePortfolios: Sendable {
    public let first: StateID
    public let second: StateID
    public let year: Int
    public let reference: SimilarityReference
    public let coding: SimilarityCoding
    /// The reference states, ascending: the dimensions of the portfolios.
    public let states: [StateID]
    /// The first state's codes towards each reference state.
    public let firstCodes: [Int]
    /// The second state's codes towards each reference state.
    public let secondCodes: [Int]
    /// The reference states' CINC scores, or `nil` when no capability table was given or any reference state
    /// has no value (see ``missingWeights``).
    public let weights: [Double]?
    /// The year the weights were read from (the alliance year unless the caller carried CINC forward).
    public let weightYear: Int?
    /// Reference states without a CINC value in ``weightYear``.
    public let missingWeights: [StateID]

    /// Builds the portfolios of `a` and `b` in `year`.
    ///
    /// - Parameters:
    ///   - states: the state system.
    ///   - alliances: the directed alliance matrix (ATOP, and the treaties after 2018 when given).
    ///   - capabilities: CINC scores for the weighted S; `nil` leaves ``weights`` out.
    ///   - relevance: contiguity and major powers, for the ``SimilarityReference/relevant`` set.
    ///   - capabilityYear: the year to read CINC from (default `year`; a later alliance year may carry the last
    ///     CINC year forward, which the caller should say).
    /// - Throws: ``FoedusError`` `stateNotInSystem` if `a` or `b` was not in the system in `year`,
    ///   `invalidValue` if `a == b`, the year is outside the alliance data, or the reference set cannot be formed.
    public init(
        _ a: StateID, _ b: StateID, year: Int, states: StateTable, alliances: SimilarityAlliances,
        reference: SimilarityReference = .system, coding: SimilarityCoding = .valued,
        capabilities: Capabilities? = nil, capabilityYear: Int? = nil, relevance: PoliticalRelevance? = nil
    ) throws {
        guard a != b else {
            throw FoedusError(.invalidValue, "a state's similarity with itself is 1 by definition; give two states")
        }
        guard alliances.covers(year) else {
            throw FoedusError(
                .invalidValue,
                "no alliance data for \(year): the data cover \(Self.firstAllianceYear)–\(alliances.lastYear)")
        }
        for id in [a, b] where !SimilarityReference.exists(states[id], in: year) {
            throw FoedusError(.stateNotInSystem, "\(states.label(id)) was not a member of the state system in \(year)")
        }
        let members = try reference.states(for: a, b, year: year, in: states, relevance: relevance)
        func row(_ from: StateID) -> [Int] {
            let ccode = states[from].ccode
            return members.map { k in
                if k == from { return coding.selfCode }
                return coding.code(alliances.columns(ccode, states[k].ccode, year: year))
            }
        }
        first = a
        second = b
        self.year = year
        self.reference = reference
        self.coding = coding
        self.states = members
        firstCodes = row(a)
        secondCodes = row(b)
        if let capabilities {
            let weightYear = capabilityYear ?? year
            let values = members.map { capabilities.value($0, year: weightYear) }
            self.weightYear = weightYear
            missingWeights = zip(members, values).filter { $0.1 == nil }.map(\.0)
            weights = missingWeights.isEmpty ? values.compactMap { $0 } : nil
        } else {
            weightYear = nil
            missingWeights = []
            weights = nil
        }
    }

    /// The first year of ATOP 5.1's coverage.
    public static let firstAllianceYear = SimilarityAlliances.firstYear

    /// Every measure for the two portfolios.
    public var scores: SimilarityScores {
        SimilarityScores(firstCodes, secondCodes, weights: weights, coding: coding)
    }
}
