/// The directed alliance matrix the similarity measures read, year by year: ATOP 5.1 itself up to 2018, then the
/// treaties Foedus reasons with (the ATOP alliances carried on and the curated treaties, ``TreatyDyadYears``), the
/// same alliance portfolio `foedus export dyad-years` gives past 2018 (docs/similarity.md, "After 2018").
public struct SimilarityAlliances: Sendable {
    /// The directed ATOP dyad-years (1815–2018).
    public let atop: AllianceDyadYears
    /// The years after ATOP's coverage, or `nil` when none are asked for.
    public let later: TreatyDyadYears?

    public init(atop: AllianceDyadYears, later: TreatyDyadYears? = nil) {
        self.atop = atop
        self.later = later
    }

    /// The first year with alliance data (ATOP 5.1: 1815).
    public static let firstYear = 1815

    /// The last year covered: ATOP's, or the last of ``later``.
    public var lastYear: Int { later.map { max($0.years.upperBound, atop.lastYear) } ?? atop.lastYear }

    /// Whether `year` has alliance data.
    public func covers(_ year: Int) -> Bool {
        (Self.firstYear...atop.lastYear).contains(year) || (later?.years.contains(year) ?? false)
    }

    /// `a`'s obligations towards `b` (COW numbers) in `year`: empty when they share no alliance.
    public func columns(_ a: Int, _ b: Int, year: Int) -> AllianceDyadYears.Columns {
        if year <= atop.lastYear {
            return atop.cells(a, b).first { Int($0.year) == year }?.columns ?? []
        }
        return later?.cells(a, b).first { $0.year == year }?.columns ?? []
    }
}
