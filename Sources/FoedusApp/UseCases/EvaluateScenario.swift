public import FoedusCore

/// The main job, as one use case for every door: a scenario request (or a scenario already read from a file)
/// is resolved in a world, run through the cascade on the day's index, and readied for presentation. The CLI's
/// `obligations` and `scenario`, the HTTP `GET /v1/obligations` and `/v1/scenario`, and a saved scenario's
/// re-run all come through here.
public enum EvaluateScenario {
    /// Resolves `request` on `day` in `world` and evaluates it.
    ///
    /// - Parameters:
    ///   - index: the day's compiled index when the caller keeps one (the server caches the bundled world's);
    ///     `nil` compiles it.
    ///   - today: the day the report says it was made ("in force today"), resolved once by the caller.
    public static func run(
        _ request: ScenarioRequest, on day: Day, in world: World, today: Day, defaultPolicy: EscalationPolicy,
        limits: ScenarioRequest.Limits? = nil, index: DayIndex? = nil
    ) throws -> ResultPresenter {
        let (scenario, explain) = try request.scenario(
            on: day, in: world, defaultPolicy: defaultPolicy, limits: limits)
        return try run(scenario, explain: explain, in: world, today: today, index: index)
    }

    /// Evaluates a scenario already built (a scenario file, say).
    public static func run(
        _ scenario: Scenario, explain: [StateID], in world: World, today: Day, index: DayIndex? = nil
    ) throws -> ResultPresenter {
        var evaluator = Evaluator(index: index ?? world.index(on: scenario.day))
        let result = try evaluator.evaluate(scenario)
        return ResultPresenter(world: world, result: result, today: today, explain: explain)
    }
}
