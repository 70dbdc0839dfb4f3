import FoedusApp
import FoedusCore
import FoedusData
import FoedusStore
import Foundation
import Logging

/// The operations of `api/openapi.yaml` served through the code generated from it (`APIProtocol` in
/// Generated/OpenAPI; which ones is the filter of `api/openapi-generator-config.yaml`): the generated code routes
/// the request and decodes its parameters, these handlers answer with the `FoedusApp` reports (the schemas'
/// types, by the configuration's typeOverrides). Errors are thrown as ``APIError`` and answered by
/// ``RequestMiddleware``; ETags and 304s come from ``ConditionalGetMiddleware``.
struct ContractAPI: APIProtocol {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits
    let jobs: JobLimiter
    /// For what a request does not fail on but an administrator should know (a stored record left out).
    let logger: Logger
    /// The results of `GET /v1/backtest/disputes`, per parameter set.
    let disputeBacktests = DisputeBacktests()

    /// The operations whose answer is a pure function of the request and today (the data is compiled in), so
    /// ``ConditionalGetMiddleware`` keeps them (unless they name user treaties).
    static let pureOperations: Set<String> = [
        "obligations", "scenario", "simulate", "security", "architecture", "audit", "claims", "similarity", "backtest",
        "backtestDisputes", "backtestHonouring", "map", "timeline",
    ]

    func health(_ input: Operations.Health.Input) async throws -> Operations.Health.Output {
        .ok(.init(body: .json(.init(status: "ok", foedus: FoedusVersion.code, data: BundledData.version))))
    }

    func states(_ input: Operations.States.Input) async throws -> Operations.States.Output {
        let day = try QueryReader.day(input.query.on, today: try Today.resolve())
        return .ok(.init(body: .json(StatesReportJSON(world: reference.world, day: day))))
    }

    func treaties(_ input: Operations.Treaties.Input) async throws -> Operations.Treaties.Output {
        let query = input.query
        let day = try QueryReader.day(query.on, today: try Today.resolve())
        let world = try await world(with: query.with, workspace: query.workspace?.rawValue)
        let party = try query.state.map { try world.resolver.resolve($0, on: day) }
        let report = TreatiesReportJSON(world: world, index: reference.index(of: world, on: day), party: party)
        return .ok(.init(body: .json(report)))
    }

    func treaty(_ input: Operations.Treaty.Input) async throws -> Operations.Treaty.Output {
        let world = try await world(with: input.query.with, workspace: input.query.workspace?.rawValue)
        guard let treaty = world.treaty(id: input.path.id) else {
            throw APIError.notFound("no treaty \(input.path.id)")
        }
        return .ok(.init(body: .json(TreatyJSON(treaty, world: world))))
    }

    func obligations(_ input: Operations.Obligations.Input) async throws -> Operations.Obligations.Output {
        .ok(.init(body: .json(try await evaluate(input.query, defaultPolicy: .strict).obligationsJSON())))
    }

    func scenario(_ input: Operations.Scenario.Input) async throws -> Operations.Scenario.Output {
        .ok(.init(body: .json(try await evaluate(input.query, defaultPolicy: .treaty).scenarioJSON())))
    }

    /// The bundled world with the user treaties the request names (`with`, `workspace=mine`).
    func world(with named: [String]?, workspace: String?) async throws -> World {
        let ids = try await QueryReader.userTreaties(
            with: named ?? [], workspace: workspace, owner: RequestOwner.current, limits: limits, store: store)
        return try await reference.world(with: ids, store: store)
    }
}
