import FoedusCore

/// Covariate columns peacesciencer users add to dyad-years by habit, from the COW data bundled with Foedus
/// (docs/dyad-years.md, "Covariates"): COW direct contiguity (`conttype`, as `add_contiguity()`) and COW
/// major-power status of each side (`cowmaj1`, `cowmaj2`, as `add_cow_majors()`).
public struct DyadCovariates: Sendable {
    /// A covariate, as named on the command line (`--covariates contiguity,major-power`).
    public enum Kind: String, CaseIterable, Sendable {
        case contiguity
        case majorPower = "major-power"

        /// The columns the covariate adds.
        public var columns: [String] {
            switch self {
            case .contiguity: ["conttype"]
            case .majorPower: ["cowmaj1", "cowmaj2"]
            }
        }
    }

    /// The covariates asked for, in the order of ``Kind/allCases``.
    public let kinds: [Kind]
    public let relevance: PoliticalRelevance
    /// The last year of the COW lists (2016); later years are NA, as in peacesciencer (`mry = FALSE`).
    public let lastYear: Int

    public init(kinds: [Kind], relevance: PoliticalRelevance, lastYear: Int = 2016) {
        self.kinds = Kind.allCases.filter(kinds.contains)
        self.relevance = relevance
        self.lastYear = lastYear
    }

    /// The added column names, in order.
    public var columns: [String] { kinds.flatMap(\.columns) }

    /// The values of the added columns for `a → b` in `year` (COW numbers), `nil` for NA.
    public func values(_ a: Int, _ b: Int, year: Int) -> [Int?] {
        guard year <= lastYear else { return Array(repeating: nil, count: columns.count) }
        var out: [Int?] = []
        for kind in kinds {
            switch kind {
            case .contiguity: out.append(relevance.contiguityType(a, b, in: year))
            case .majorPower:
                out.append(relevance.isMajorPower(a, in: year) ? 1 : 0)
                out.append(relevance.isMajorPower(b, in: year) ? 1 : 0)
            }
        }
        return out
    }
}
