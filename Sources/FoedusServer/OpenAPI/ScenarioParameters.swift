import FoedusApp
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

extension ScenarioParameters {
    /// The request these parameters make (the enumerations come as the contract's cases, which are the engine's:
    /// a test checks that they match).
    var request: ScenarioRequest {
        ScenarioRequest(
            door: .http, on: on, attacks: attack, policy: policy.flatMap { EscalationPolicy(rawValue: $0.rawValue) },
            honour: honour.flatMap { HonourThreshold(rawValue: $0.rawValue) } ?? .discretionary,
            includeUncertain: includeUncertain ?? false, includeContested: includeContested ?? false,
            sovereignty: sovereignty.flatMap { SovereigntyReading(rawValue: $0.rawValue) } ?? .disputed,
            explain: statesToExplain)
    }
}

extension ServerConfiguration.Limits {
    /// The limits a scenario request must keep.
    var scenario: ScenarioRequest.Limits { ScenarioRequest.Limits(attacks: attacks) }
}

extension ContractAPI {
    /// The day, the world (with the user treaties named) and the scenario the parameters describe, with the
    /// states to explain.
    func scenario(
        _ parameters: some ScenarioParameters, defaultPolicy: EscalationPolicy
    ) async throws -> (world: World, scenario: Scenario) {
        let request = parameters.request
        let day = try request.day(today: try Today.resolve())
        let world = try await world(with: parameters.with, workspace: parameters.workspace?.rawValue)
        let scenario = try request.scenario(
            on: day, in: world, defaultPolicy: defaultPolicy, limits: limits.scenario
        ).scenario
        return (world, scenario)
    }

    /// Evaluates the scenario the parameters describe, with its explanations (``EvaluateScenario``).
    func evaluate(
        _ parameters: some ScenarioParameters, defaultPolicy: EscalationPolicy
    ) async throws -> ResultPresenter {
        let request = parameters.request
        let today = try Today.resolve()
        let day = try request.day(today: today)
        let world = try await world(with: parameters.with, workspace: parameters.workspace?.rawValue)
        return try EvaluateScenario.run(
            request, on: day, in: world, today: today, defaultPolicy: defaultPolicy, limits: limits.scenario,
            index: reference.index(of: world, on: day))
    }
}
