/// Runs the casus-foederis cascade for scenarios on one ``DayIndex``.
///
/// Two ways to run a scenario, one cascade (``Run``): ``evaluate(_:)`` records every duty and returns the full
/// result, with everything needed for explanations (``Recording/full``); ``sides(_:)`` and its variants return
/// only the two sides, the fast path for benchmarks and simulation (``Recording/sidesOnly``), optionally under a
/// Monte Carlo draw (``HonourDraw``, or a ``PreparedDraw`` for many scenarios under one draw).
///
/// An evaluator keeps one run whose buffers it reuses from one scenario to the next, so evaluating many
/// scenarios allocates little, and the fast path's bounds for the last rules it ran (``PairBounds``). It is not
/// thread-safe: use one per thread.
public struct Evaluator {
    public let index: DayIndex
    /// The cascade, restarted for each scenario (its buffers, and the fast path's bounds, are reused).
    var run: Run
    /// Tests turn the bounds off to check that skipping changes no result.
    var boundsEnabled = true

    public init(index: DayIndex) {
        self.index = index
        run = Run(index: index)
    }

    /// Evaluates a scenario and returns the full result, with everything needed for explanations.
    ///
    /// - Throws: ``FoedusError`` with code `invalidScenario` (no attacks, a state attacking itself, an odd
    ///   cycle of attacks, a day other than the index's) or `stateNotInSystem`.
    public mutating func evaluate(_ scenario: Scenario) throws -> ScenarioResult {
        evaluate(try ValidatedScenario(scenario, on: index))
    }

    /// Evaluates a validated scenario and returns the full result.
    public mutating func evaluate(_ scenario: ValidatedScenario) -> ScenarioResult {
        run.restartingToFixpoint(scenario, mode: .full)
        return run.result(scenario.scenario)
    }
}
