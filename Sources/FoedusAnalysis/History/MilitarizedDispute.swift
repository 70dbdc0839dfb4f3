public import FoedusCore

/// A militarized interstate dispute (GML MID 2.2.1, participant level): who took part, on which side, from
/// which day, and who was there on the first day. The ground truth of the joiner forecasts
/// (`foedus backtest --disputes`).
public struct MilitarizedDispute: Hashable, Sendable, Identifiable {
    /// One participant episode (a state can have several in one dispute, and can switch sides).
    public struct Participant: Hashable, Sendable {
        public var ccode: Int
        /// MID `sidea`: on side A, the side that took the first militarized action.
        public var sideA: Bool
        /// MID `orig`: an originator, present on the dispute's first day; otherwise a joiner.
        public var originator: Bool
        /// The first day of the episode (an unknown day of the month is MID's imputed `dummy_stday`).
        public var start: Day
        /// The line of the row in its file, for messages.
        public var line: Int

        public init(ccode: Int, sideA: Bool, originator: Bool, start: Day, line: Int) {
            self.ccode = ccode
            self.sideA = sideA
            self.originator = originator
            self.start = start
            self.line = line
        }
    }

    /// MID `dispnum`.
    public var id: Int
    public var participants: [Participant]

    public init(id: Int, participants: [Participant]) {
        self.id = id
        self.participants = participants
    }

    /// The first day: the earliest start of an originator (of any participant if none is marked).
    public var firstDay: Day {
        let originators = participants.filter(\.originator)
        return (originators.isEmpty ? participants : originators).map(\.start).min() ?? Day.systemStart
    }

    /// The originators present on the first day.
    public var firstDayOriginators: [Participant] {
        let day = firstDay
        return participants.filter { $0.originator && $0.start == day }
    }

    /// The side each joiner (a participant with `orig = 0`) joined: that of its earliest joiner episode
    /// (side A on a tie); `true` is side A.
    public var joiners: [Int: Bool] {
        var first: [Int: (start: Day, sideA: Bool)] = [:]
        for p in participants where !p.originator {
            if let seen = first[p.ccode], (seen.start, seen.sideA ? 0 : 1) <= (p.start, p.sideA ? 0 : 1) { continue }
            first[p.ccode] = (p.start, p.sideA)
        }
        return first.mapValues(\.sideA)
    }
}
