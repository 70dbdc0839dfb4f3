public import FoedusCore

/// State-years of the system: each state in each year it was a member on at least one day, with the ATOP
/// obligations it held in that year (the union over its alliance spells that year).
public struct StateYears: Sendable {
    public let states: StateTable
    private var byState: [[AllianceSpell]]
    public let allianceCoverage: ClosedRange<Int>

    public init(states: StateTable, spells: [AllianceSpell], allianceCoverage: ClosedRange<Int>) {
        self.states = states
        self.allianceCoverage = allianceCoverage
        var byState = [[AllianceSpell]](repeating: [], count: states.count)
        for spell in spells {
            if let id = states.id(ccode: spell.ccode) { byState[Int(id.index)].append(spell) }
        }
        self.byState = byState
    }

    /// Whether `state` was in the system on at least one day of `year`.
    public func exists(_ state: StateID, in year: Int) -> Bool {
        states[state].periods.contains { $0.lowerBound.year <= year && year <= $0.upperBound.year }
    }

    /// The obligations `state` held in `year` and the alliances behind them; `nil` outside the alliance
    /// data's coverage (NA). Spells without an end run to the last covered year.
    public func alliances(_ state: StateID, in year: Int) -> (AllianceSpell.Obligations, [Int])? {
        guard allianceCoverage.contains(year) else { return nil }
        var obligations = AllianceSpell.Obligations()
        var ids: [Int] = []
        for spell in byState[Int(state.index)]
        where spell.start.year <= year && year <= (spell.end?.year ?? allianceCoverage.upperBound) {
            obligations.formUnion(spell.obligations)
            if ids.last != spell.alliance && !ids.contains(spell.alliance) { ids.append(spell.alliance) }
        }
        return (obligations, ids.sorted())
    }
}
