public import FoedusCore

/// Directed alliance dyad-years after the end of ATOP's coverage, read from the treaties Foedus reasons with:
/// the curated treaties and the ATOP alliances carried past 2018 (docs/dyad-years.md, "After 2018").
///
/// A treaty's provisions map onto ATOP's columns by kind (``ATOPColumnMapping``: defense, offense, neutrality and no
/// aid to an aggressor, non-aggression with non-participation and territorial non-use, consultation). Two parties
/// share a treaty in a year (`atop_alliance`) when both were bound on a common day of it, the treaty in force, and
/// the treaty has at least one provision of a mapped kind; `a → b` takes the provisions `a` owes to `b` (obligors
/// and beneficiaries as coded) that apply on such a day and that no formal or unilateral suspension removes for the
/// whole of it. Several treaties combine by taking the maximum.
public struct TreatyDyadYears: Sendable {
    /// One directed dyad-year.
    public struct Cell: Sendable, Equatable {
        public var year: Int
        public var columns: AllianceDyadYears.Columns
        /// Whether an ATOP alliance carried past 2018 contributes to the cell.
        public var carried: Bool
        /// The ATOP ids behind the cell (carried alliances and curated treaties linked to ATOP), ascending.
        public var atopids: [Int32]
        /// The curated treaties behind the cell (Foedus ids), ascending.
        public var treaties: [String]
    }

    /// The years covered.
    public let years: ClosedRange<Int>
    private let pairs: [Int: [Cell]]
    /// Per state (COW number) and year: the union over its partners (the state's own obligations, for
    /// state-years).
    private let byState: [Int: [Int: Cell]]

    /// - Parameters:
    ///   - treaties: the world's treaties (curated, and ATOP alliances as imported and carried).
    ///   - years: the years to cover (after ATOP's coverage).
    ///   - lastDay: the last day known (today): later days of the last year are left out.
    public init(treaties: [Treaty], years: ClosedRange<Int>, lastDay: Day) {
        self.years = years
        var out: [Int: [Int: Cell]] = [:]
        for treaty in treaties where ATOPColumnMapping.counts(treaty) {
            let treatyStart = treaty.inForce.first
            let treatyEnd = treaty.terminated?.last ?? Day.distantFuture
            guard let first = Day(year: years.lowerBound, month: 1, day: 1),
                treatyEnd >= first, treatyStart <= lastDay
            else { continue }
            let carried = treaty.isFromATOP
            let periods = treaty.parties.map { party in
                (
                    party.ccode, max(party.joined?.first ?? treatyStart, treatyStart),
                    min(party.left?.last ?? treatyEnd, treatyEnd)
                )
            }
            for year in years {
                guard let jan = Day(year: year, month: 1, day: 1), let dec = Day(year: year, month: 12, day: 31) else {
                    continue
                }
                let window = (jan, min(dec, lastDay))
                guard window.0 <= window.1 else { continue }
                for (a, aStart, aEnd) in periods {
                    for (b, bStart, bEnd) in periods where b != a {
                        let start = max(window.0, aStart, bStart)
                        let end = min(window.1, aEnd, bEnd)
                        guard start <= end else { continue }
                        var columns: AllianceDyadYears.Columns = .alliance
                        for provision in treaty.provisions {
                            guard let column = ATOPColumnMapping.column(provision.kind),
                                provision.obligors?.contains(a) ?? true, provision.beneficiaries?.contains(b) ?? true
                            else { continue }
                            let from = max(start, provision.from?.first ?? start)
                            let to = min(end, provision.to?.last ?? end)
                            guard from <= to, !Self.suspended(treaty, a, b, from, to) else { continue }
                            columns.insert(column)
                        }
                        let key = a * 10_000 + b
                        var cell =
                            out[key]?[year]
                            ?? Cell(year: year, columns: [], carried: false, atopids: [], treaties: [])
                        cell.columns.formUnion(columns)
                        cell.carried = cell.carried || carried
                        if let id = treaty.atopid, !cell.atopids.contains(Int32(id)) { cell.atopids.append(Int32(id)) }
                        if !carried, !cell.treaties.contains(treaty.id) { cell.treaties.append(treaty.id) }
                        out[key, default: [:]][year] = cell
                    }
                }
            }
        }
        var byState: [Int: [Int: Cell]] = [:]
        for (key, byYear) in out {
            for (year, cell) in byYear {
                var own =
                    byState[key / 10_000]?[year]
                    ?? Cell(year: year, columns: [], carried: false, atopids: [], treaties: [])
                own.columns.formUnion(cell.columns)
                own.carried = own.carried || cell.carried
                own.atopids = Array(Set(own.atopids + cell.atopids)).sorted()
                own.treaties = Array(Set(own.treaties + cell.treaties)).sorted()
                byState[key / 10_000, default: [:]][year] = own
            }
        }
        self.byState = byState
        pairs = out.mapValues { byYear in
            byYear.values.sorted { $0.year < $1.year }.map { cell in
                var sorted = cell
                sorted.atopids.sort()
                sorted.treaties.sort()
                return sorted
            }
        }
    }

    /// Whether formal or unilateral suspensions of `treaty` remove `a`'s duties to `b` on every day of `from...to`.
    static func suspended(_ treaty: Treaty, _ a: Int, _ b: Int, _ from: Day, _ to: Day) -> Bool {
        let spans = treaty.suspensions.filter {
            ($0.basis == .formal || $0.basis == .unilateral) && $0.covers(obligor: a, beneficiary: b)
        }
        .map { ($0.from.first, $0.to?.last ?? Day.distantFuture) }
        .sorted { $0.0 < $1.0 }
        var next = from
        for (start, end) in spans {
            guard start <= next else { return false }
            if end >= to { return true }
            if end >= next { next = end.adding(days: 1) }
        }
        return false
    }

    /// The allied years of `a` towards `b` (COW numbers), ascending.
    public func cells(_ a: Int, _ b: Int) -> [Cell] { pairs[a * 10_000 + b] ?? [] }

    /// A state's own obligations in `year` (the union over its partners), or `nil` when it is bound to none.
    public func state(_ ccode: Int, year: Int) -> Cell? { byState[ccode]?[year] }

    /// The number of directed allied dyad-years.
    public var count: Int { pairs.values.reduce(0) { $0 + $1.count } }
}
