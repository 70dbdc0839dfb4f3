public import FoedusCore

/// The states that held nuclear weapons and when (`Data/states/nuclear-armed.csv`), shown beside the
/// security index; it does not enter any formula.
public struct NuclearArmed: Sendable {
    /// One state's period as a nuclear-armed state.
    public struct Period: Sendable, Equatable {
        public let state: StateID
        /// The first day (the first nuclear test, or an estimate where `verified` is false).
        public let from: Day
        /// The last day, or `nil` while the state still holds weapons.
        public let to: Day?
        /// What the dates rest on ("first nuclear test", "undeclared, …").
        public let basis: String
        /// False where the source gives an estimate (Israel's start, South Africa's years).
        public let verified: Bool
        public let source: String

        public init(state: StateID, from: Day, to: Day?, basis: String, verified: Bool, source: String) {
            self.state = state
            self.from = from
            self.to = to
            self.basis = basis
            self.verified = verified
            self.source = source
        }

        public func covers(_ day: Day) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
    }

    public let periods: [Period]

    public init(periods: [Period]) { self.periods = periods }

    /// The state's period covering the day, or `nil` when it was not nuclear-armed then.
    public func period(of state: StateID, on day: Day) -> Period? {
        periods.first { $0.state == state && $0.covers(day) }
    }
}
