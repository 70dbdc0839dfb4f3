public import FoedusCore

/// An interstate war of the Correlates of War data: its participants, their sides, days in the war
/// and who initiated it. The ground truth the engine is tested against (the back-test).
public struct InterstateWar: Hashable, Sendable, Identifiable {
    /// One state's participation (COW: one row per state, two if it changed sides).
    public struct Participant: Hashable, Sendable {
        public var ccode: Int
        /// COW's side, 1 or 2.
        public var side: Int
        /// The periods of participation (a second one when the state left and re-entered).
        public var periods: [ClosedRange<Day>]
        /// COW's `Initiator`: the state began the war.
        public var initiator: Bool
        /// COW's `WhereFought`: the region code of the combat involving the state (``COWRegion``), `nil` when
        /// not given.
        public var whereFought: Int?

        public init(ccode: Int, side: Int, periods: [ClosedRange<Day>], initiator: Bool, whereFought: Int? = nil) {
            self.ccode = ccode
            self.side = side
            self.periods = periods
            self.initiator = initiator
            self.whereFought = whereFought
        }

        /// The first day the state took part.
        public var entry: Day? { periods.map(\.lowerBound).min() }
    }

    /// COW's `WarNum`.
    public var id: Int
    public var name: String
    public var participants: [Participant]

    public init(id: Int, name: String, participants: [Participant]) {
        self.id = id
        self.name = name
        self.participants = participants
    }

    /// The first day of the war (the earliest entry).
    public var start: Day? { participants.compactMap(\.entry).min() }
}
