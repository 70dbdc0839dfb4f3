public import FoedusCore

/// Member-level alliance rows after the end of ATOP's coverage, read from the treaties Foedus reasons with, with
/// the carry rule of ``TreatyDyadYears``: the ATOP alliances in effect at the end of 2018 carried on (ended by the
/// sourced terminations and member exits) and the curated treaties, each a party's period in force on at least
/// one day of the years (docs/dyad-years.md, "After 2018"; `foedus export alliances --to Y`).
///
/// A member's obligations are the kinds of the provisions it owes (obligors as coded, any beneficiary) that apply on
/// a day of its period within the years, mapped onto ATOP's columns by ``ATOPColumnMapping``; a treaty with no
/// provision of a mapped kind is no alliance and gives no row.
public struct TreatyMembers: Sendable {
    /// One member's period in one treaty.
    public struct Row: Sendable, Equatable {
        /// The Foedus id of the treaty (`ATOP-3180` for a carried ATOP alliance, `NATO-1949` for a curated one).
        public var treaty: String
        /// The ATOP id: the carried alliance's, or the one a curated treaty is linked to.
        public var atopid: Int?
        /// Whether the row is an ATOP alliance carried past 2018 (else a curated treaty).
        public var carried: Bool
        public var ccode: Int
        /// The member's first day bound (ATOP's signature dates for a carried alliance, entry into force for a
        /// curated treaty).
        public var entry: PartialDate
        /// The member's last day bound, or `nil` when still bound at the end of the years (or today).
        public var exit: PartialDate?
        /// The ATOP columns the member's provisions fill (without `.alliance`).
        public var obligations: AllianceDyadYears.Columns
    }

    /// The years covered.
    public let years: ClosedRange<Int>
    /// The rows: carried ATOP alliances by ATOP id, then curated treaties by id; within a treaty by member and
    /// entry.
    public let rows: [Row]

    /// - Parameters:
    ///   - treaties: the world's treaties (curated, and ATOP alliances as imported and carried).
    ///   - years: the years to cover (after ATOP's coverage).
    ///   - lastDay: the last day known (today): later days of the last year are left out.
    public init(treaties: [Treaty], years: ClosedRange<Int>, lastDay: Day) {
        self.years = years
        guard let first = Day(year: years.lowerBound, month: 1, day: 1),
            let december = Day(year: years.upperBound, month: 12, day: 31)
        else {
            rows = []
            return
        }
        let last = min(december, lastDay)
        var carried: [Row] = []
        var curated: [Row] = []
        for treaty in treaties where ATOPColumnMapping.counts(treaty) {
            let treatyStart = treaty.inForce.first
            let treatyEnd = treaty.terminated?.last ?? Day.distantFuture
            guard treatyEnd >= first, treatyStart <= last else { continue }
            let isCarried = treaty.isFromATOP
            for party in treaty.parties {
                let start = max(party.joined?.first ?? treatyStart, treatyStart)
                let end = min(party.left?.last ?? treatyEnd, treatyEnd)
                let from = max(start, first)
                let to = min(end, last)
                guard from <= to else { continue }
                var obligations: AllianceDyadYears.Columns = []
                for provision in treaty.provisions where provision.obligors?.contains(party.ccode) ?? true {
                    guard let column = ATOPColumnMapping.column(provision.kind),
                        max(from, provision.from?.first ?? from) <= min(to, provision.to?.last ?? to)
                    else { continue }
                    obligations.insert(column)
                }
                let exitDate: PartialDate? =
                    end > last ? nil : (party.left.flatMap { $0.last == end ? $0 : nil } ?? treaty.terminated)
                let row = Row(
                    treaty: treaty.id, atopid: treaty.atopid, carried: isCarried, ccode: party.ccode,
                    entry: party.joined.flatMap { $0.first >= treatyStart ? $0 : nil } ?? treaty.inForce,
                    exit: exitDate, obligations: obligations)
                if isCarried { carried.append(row) } else { curated.append(row) }
            }
        }
        func order(_ a: Row, _ b: Row) -> Bool {
            (a.atopid ?? 0, a.treaty, a.ccode, a.entry.first) < (b.atopid ?? 0, b.treaty, b.ccode, b.entry.first)
        }
        rows =
            carried.sorted(by: order)
            + curated.sorted { ($0.treaty, $0.ccode, $0.entry.first) < ($1.treaty, $1.ccode, $1.entry.first) }
    }
}
