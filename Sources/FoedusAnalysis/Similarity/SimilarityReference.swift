public import FoedusCore

/// The states over which two alliance portfolios are compared: the dimensions of the vectors
/// (docs/similarity.md "Reference sets").
///
/// A state belongs to a year's set if it was a member of the state system on at least one day of that year
/// (the rule of ``StateYears/exists(_:in:)``). The pair itself is always in the set.
///
/// - ``system``: every state in the system that year (EUGene's "global" S, `s_un_glo` / `s_wt_glo`).
/// - ``region``: the states of the UN M49 region of either member of the pair (both regions when they
///   differ), in the spirit of EUGene's regional S (`s_un_reg`), which used COW regions instead.
///
/// - ``relevant``: the politically relevant states of the pair: the pair, the major powers of the year and
///   the states contiguous to either member (COW Direct Contiguity, land or up to 400 miles of water).
public enum SimilarityReference: String, CaseIterable, Hashable, Sendable {
    case system
    case region
    case relevant

    /// The reference set for `a` and `b` in `year`, in ascending id (COW number) order.
    ///
    /// - Throws: ``FoedusError`` `invalidValue` for ``region`` when neither member of the pair has a region, and
    ///   for ``relevant`` without contiguity and major-power data.
    public func states(
        for a: StateID, _ b: StateID, year: Int, in table: StateTable, relevance: PoliticalRelevance? = nil
    ) throws -> [StateID] {
        if self == .relevant && relevance == nil {
            throw FoedusError(.invalidValue, "the relevant reference set needs contiguity and major-power data")
        }
        var regions: Set<String> = []
        if self == .region {
            for id in [a, b] {
                if let region = Self.region(of: table[id]) { regions.insert(region) }
            }
            guard !regions.isEmpty else {
                throw FoedusError(
                    .invalidValue,
                    "no UN M49 region for \(table.label(a)) or \(table.label(b)); use the system reference set")
            }
        }
        var out: [StateID] = []
        for i in 0..<table.count {
            let id = StateID(i)
            guard Self.exists(table[id], in: year) else { continue }
            switch self {
            case .system:
                out.append(id)
            case .region:
                if id == a || id == b || Self.region(of: table[id]).map(regions.contains) == true { out.append(id) }
            case .relevant:
                let code = table[id].ccode
                let (ca, cb) = (table[a].ccode, table[b].ccode)
                let isRelevant =
                    id == a || id == b || relevance?.isMajorPower(code, in: year) == true
                    || relevance?.contiguous(ca, code, in: year) == true
                    || relevance?.contiguous(cb, code, in: year) == true
                if isRelevant { out.append(id) }
            }
        }
        return out
    }

    /// Whether `state` was in the system on at least one day of `year`.
    static func exists(_ state: State, in year: Int) -> Bool {
        state.periods.contains { $0.lowerBound.year <= year && year <= $0.upperBound.year }
    }

    /// The UN M49 region of a state (`Europe`, `Asia`, `Africa`, `Americas`, `Oceania`).
    ///
    /// The code table has no M49 entry for 25 historical COW states that have no ISO code; they are given the
    /// region in which their whole territory lies (that of their successor states): the German and Italian
    /// states, Austria-Hungary, Czechoslovakia, Yugoslavia and Kosovo are in Europe; Zanzibar in Africa; the
    /// two Yemens, Taiwan, Korea (1887–1905) and the Republic of Vietnam in Asia. Any other state without a
    /// region is in no regional set except as a member of the pair.
    public static func region(of state: State) -> String? {
        state.region ?? regionsWithoutM49Code[state.ccode]
    }

    /// COW states with no M49 code in `Data/states/codes.csv`, by COW number.
    static let regionsWithoutM49Code: [Int: String] = {
        var table: [Int: String] = [:]
        for ccode in [240, 245, 260, 265, 267, 269, 271, 273, 275, 280, 300, 315, 329, 332, 335, 337, 345, 347] {
            table[ccode] = "Europe"
        }
        table[511] = "Africa"
        for ccode in [678, 680, 713, 730, 817] { table[ccode] = "Asia" }
        return table
    }()
}
