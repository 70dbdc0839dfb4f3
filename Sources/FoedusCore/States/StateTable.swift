/// The states of the system, with dense ids and lookups by COW number.
///
/// Built once per ``World``. Ids follow the order of COW numbers, so every listing is sorted the same
/// way on every run.
public struct StateTable: Sendable {
    /// The states, indexed by ``StateID/index``.
    public let states: [State]
    /// The last day covered by the source list (COW v2016 ends on 2016-12-31); states alive then are
    /// assumed to go on.
    public let coverageEnd: Day
    private let byCcode: [UInt16]  // ccode → index + 1; 0 = none

    public init(states: [State], coverageEnd: Day) {
        let sorted = states.sorted { $0.ccode < $1.ccode }
        precondition(sorted.count <= StateSet.capacity, "more states than a StateSet holds")
        var table = [UInt16](repeating: 0, count: (sorted.last?.ccode ?? 0) + 1)
        for (i, state) in sorted.enumerated() { table[state.ccode] = UInt16(i + 1) }
        self.states = sorted.map { state in
            var state = state
            // A state alive at the end of coverage is assumed to go on.
            if let last = state.periods.last, last.upperBound == coverageEnd {
                state.periods[state.periods.count - 1] = last.lowerBound...Day.distantFuture
            }
            return state
        }
        self.byCcode = table
        self.coverageEnd = coverageEnd
    }

    public var count: Int { states.count }

    public subscript(id: StateID) -> State { states[Int(id.index)] }

    /// The dense id of a COW number, if the table has it.
    public func id(ccode: Int) -> StateID? {
        guard ccode >= 0, ccode < byCcode.count, byCcode[ccode] != 0 else { return nil }
        return StateID(Int(byCcode[ccode]) - 1)
    }

    /// The states in the system on `day`.
    public func alive(on day: Day) -> StateSet {
        var set = StateSet()
        for (i, state) in states.enumerated() where state.exists(on: day) { set.insert(StateID(i)) }
        return set
    }

    /// Whether the answer for `day` relies on states carried past the end of the COW list.
    public func isCarriedForward(_ day: Day) -> Bool { day > coverageEnd }

    /// `Russia (365)`.
    public func label(_ id: StateID) -> String {
        let state = self[id]
        return "\(state.name) (\(state.ccode))"
    }
}
