public import FoedusAnalysis
public import FoedusCore

/// The joiner back-test on militarized disputes as it is asked for (`foedus backtest --disputes FILE`, `GET
/// /v1/backtest/disputes`): the one place where its draws and years are checked, against the limits of the door
/// and the disputes to be run, before they become ``JoinerForecast/Options``.
///
/// Each message begins with the field as the caller spells it (``ScenarioRequest/Door``: `--validate-from` on the
/// command line, `validateFrom` over HTTP), so the errors carry no separate location.
public struct DisputeBacktestRequest: Hashable, Sendable {
    public typealias Door = ScenarioRequest.Door

    /// The ranges a door accepts.
    public struct Limits: Hashable, Sendable {
        /// Monte Carlo draws per dispute.
        public var runs: ClosedRange<Int>
        /// The last year of the training period.
        public var fitUntil: ClosedRange<Int>

        public init(runs: ClosedRange<Int>, fitUntil: ClosedRange<Int>) {
            self.runs = runs
            self.fitUntil = fitUntil
        }

        /// `foedus backtest --disputes`: any file, so any year the state system may reach.
        public static let commandLine = Limits(runs: 1...100_000, fitUntil: 1816...2100)
    }

    public var door: Door
    public var runs: Int
    public var seed: UInt64
    public var policy: EscalationPolicy
    public var model: ForecastModel
    /// The last year of the training period.
    public var fitUntil: Int
    /// A validation run (``JoinerForecast/Options/validateFrom``): fit on the disputes that began before this
    /// year, score those from it through ``fitUntil``.
    public var validateFrom: Int?
    /// Threads; the result does not depend on it.
    public var threads: Int

    public init(
        door: Door, runs: Int = 1_000, seed: UInt64 = 1, policy: EscalationPolicy = .treaty,
        model: ForecastModel = .defaultModel, fitUntil: Int = 1945, validateFrom: Int? = nil, threads: Int = 1
    ) {
        self.door = door
        self.runs = runs
        self.seed = seed
        self.policy = policy
        self.model = model
        self.fitUntil = fitUntil
        self.validateFrom = validateFrom
        self.threads = threads
    }

    /// The checks that need no dispute: `runs` and `fitUntil` within `limits`, `validateFrom` before `fitUntil`.
    ///
    /// - Throws: ``FoedusError/Code/invalidValue``, its message beginning with the field's name.
    public func check(limits: Limits) throws(FoedusError) {
        guard limits.runs.contains(runs) else {
            throw outside(
                "runs", limits.runs, "must be between \(limits.runs.lowerBound) and \(limits.runs.upperBound)")
        }
        guard limits.fitUntil.contains(fitUntil) else {
            throw outside(
                "fitUntil", limits.fitUntil,
                "must be a year \(limits.fitUntil.lowerBound)–\(limits.fitUntil.upperBound)")
        }
        if let validateFrom, validateFrom >= fitUntil {
            let (from, until) = (door.name("validateFrom"), door.name("fitUntil"))
            throw Self.invalid(
                "\(from) must be a year before \(until) (\(fitUntil)): the validation years are "
                    + "\(door == .commandLine ? "YEAR" : from) through \(until)")
        }
    }

    /// The options of the run on `disputes` (read from `source`, which the messages name), after ``check(limits:)``.
    /// With `validateFrom`, a dispute must have begun before it (to fit on) and one from it through `fitUntil` (to
    /// validate on).
    ///
    /// - Throws: ``FoedusError/Code/invalidValue``, its message beginning with the field's name.
    public func options(
        disputes: [MilitarizedDispute], source: String, limits: Limits
    ) throws(FoedusError) -> JoinerForecast.Options {
        try check(limits: limits)
        if let from = validateFrom {
            let field = door.name("validateFrom")
            let years = disputes.map(\.firstDay.year)
            guard let first = years.min(), first < from else {
                throw Self.invalid(
                    "\(field) \(from): no dispute in \(source) began before \(from)"
                        + (years.min().map { " (the first began in \($0))" } ?? "") + ", so there is nothing to fit on")
            }
            guard years.contains(where: { (from...fitUntil).contains($0) }) else {
                throw Self.invalid(
                    "\(field) \(from): no dispute in \(source) began in \(from)–\(fitUntil), so there is nothing to "
                        + "validate on")
            }
        }
        return JoinerForecast.Options(
            runs: runs, seed: seed, policy: policy, fitUntil: fitUntil, threads: threads, model: model,
            validateFrom: validateFrom)
    }

    /// A whole number outside its range: `--runs must be …` on the command line (`phrase`), `runs: expected a whole
    /// number from … to …` over HTTP (as the server's other parameters).
    private func outside(_ field: String, _ range: ClosedRange<Int>, _ phrase: String) -> FoedusError {
        switch door {
        case .commandLine: Self.invalid("\(door.name(field)) \(phrase)")
        case .http, .body:
            Self.invalid(
                "\(door.name(field)): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
    }

    private static func invalid(_ message: String) -> FoedusError { FoedusError(.invalidValue, message) }
}
