public import FoedusCore

/// Fixtures that need only the treaty model: days, ids, a scenario run. FoedusTestSupport adds the bundled
/// world (and with it the bundled data and Yams), which Core tests do not compile.
public enum Fixtures {
    /// A day, for tests; traps on a malformed literal (a test bug, not input).
    public static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    /// The dense id of a COW number in `world`.
    public static func id(_ ccode: Int, in world: World) -> StateID {
        guard let id = world.id(ccode: ccode) else { preconditionFailure("no state \(ccode)") }
        return id
    }

    /// Evaluates a scenario on `world`.
    public static func evaluate(
        _ attacks: [(Int, Int)], on date: String, policy: EscalationPolicy = .treaty, in world: World,
        honour: HonourThreshold = .discretionary, includeUncertain: Bool = false
    ) throws -> ScenarioResult {
        let d = day(date)
        var evaluator = Evaluator(index: world.index(on: d))
        let scenario = Scenario(
            day: d, attacks: attacks.map { Attack(aggressor: id($0.0, in: world), victim: id($0.1, in: world)) },
            policy: policy, honour: honour, includeUncertain: includeUncertain)
        return try evaluator.evaluate(scenario)
    }

    /// COW numbers of a set, sorted.
    public static func codes(_ set: StateSet, in world: World) -> [Int] {
        set.map { world.states[$0].ccode }.sorted()
    }
}
