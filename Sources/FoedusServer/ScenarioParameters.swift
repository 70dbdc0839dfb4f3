import FoedusAPI
import FoedusCore

/// The parameters that describe a scenario, as the generated code decodes them for obligations, scenario and
/// simulate (three query types of the same fields).
protocol ScenarioParameters {
    var on: Components.Parameters.On? { get }
    var attack: Components.Parameters.Attack { get }
    var policy: Components.Parameters.Policy? { get }
    var honour: Components.Parameters.Honour? { get }
    var includeUncertain: Components.Parameters.IncludeUncertain? { get }
    var includeContested: Components.Parameters.IncludeContested? { get }
    var sovereignty: Components.Parameters.Sovereignty? { get }
    var with: Components.Parameters.With? { get }
    var workspace: Components.Parameters.Workspace? { get }
    /// The states to explain ("why not"); none for simulate.
    var statesToExplain: [String] { get }
}

extension Operations.Obligations.Input.Query: ScenarioParameters {
    var statesToExplain: [String] { explain ?? [] }
}

extension Operations.Scenario.Input.Query: ScenarioParameters {
    var statesToExplain: [String] { explain ?? [] }
}

extension Operations.Simulate.Input.Query: ScenarioParameters {
    var statesToExplain: [String] { [] }
}

extension ContractAPI {
    /// The day, the world (with the user treaties named) and the scenario the parameters describe, with the
    /// states to explain. (The enumerations come as the contract's cases, which are the engine's: a test
    /// checks that they match.)
    func scenario(
        _ parameters: some ScenarioParameters, defaultPolicy: EscalationPolicy
    ) async throws -> (today: Day, world: World, scenario: Scenario, explain: [StateID]) {
        let today = try Today.resolve()
        let day = try QueryReader.day(parameters.on, today: today)
        let world = try await world(with: parameters.with, workspace: parameters.workspace?.rawValue)
        let (scenario, explain) = try QueryReader.scenario(
            attacks: parameters.attack, explain: parameters.statesToExplain,
            policy: parameters.policy.flatMap { EscalationPolicy(rawValue: $0.rawValue) } ?? defaultPolicy,
            honour: parameters.honour.flatMap { HonourThreshold(rawValue: $0.rawValue) } ?? .discretionary,
            includeUncertain: parameters.includeUncertain ?? false,
            includeContested: parameters.includeContested ?? false,
            sovereignty: parameters.sovereignty.flatMap { SovereigntyReading(rawValue: $0.rawValue) } ?? .disputed,
            world: world, day: day, limits: limits)
        return (today, world, scenario, explain)
    }

    /// Evaluates the scenario the parameters describe, with its explanations.
    func evaluate(
        _ parameters: some ScenarioParameters, defaultPolicy: EscalationPolicy
    ) async throws -> ResultPresenter {
        let (today, world, scenario, explain) = try await self.scenario(parameters, defaultPolicy: defaultPolicy)
        var evaluator = Evaluator(index: reference.index(of: world, on: scenario.day))
        let result = try evaluator.evaluate(scenario)
        return ResultPresenter(world: world, result: result, today: today, explain: explain)
    }
}
