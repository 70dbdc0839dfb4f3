import FoedusAPI
import FoedusCore
import FoedusData
import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird

/// The read-only API on the bundled data (plus user treaties named by `with`) still routed by hand: the
/// OpenAPI document, obligations and scenarios (``ContractAPI`` serves health, states and treaties). Responses
/// mirror the CLI's `--json` (docs/json.md) and carry an `ETag`.
struct ReferenceRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits
    /// `/openapi.json` as served (``OpenAPIDocument/json(limits:)``).
    let openAPI: Data
    let cache = ResponseCache()

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/openapi.json") { request, _ in
            Self.cached(request, openAPI, immutable: false)
        }
        router.get("/v1/obligations") { request, context in
            let body = try await cache.body(for: request, today: try Today.resolve().description) {
                JSONBody.data(
                    try await evaluate(request, owner: context.owner, defaultPolicy: .strict).obligationsJSON())
            }
            return Self.cached(request, body)
        }
        router.get("/v1/scenario") { request, context in
            let body = try await cache.body(for: request, today: try Today.resolve().description) {
                JSONBody.data(try await evaluate(request, owner: context.owner, defaultPolicy: .treaty).scenarioJSON())
            }
            return Self.cached(request, body)
        }
    }

    /// Evaluates the scenario a request describes, with its explanations.
    private func evaluate(
        _ request: Request, owner: String?, defaultPolicy: EscalationPolicy
    ) async throws -> ResultPresenter {
        let query = QueryReader(request: request, limits: limits, owner: owner)
        let today = try Today.resolve()
        let day = try query.day(today: today)
        let world = try await reference.world(with: try await query.userTreaties(store: store), store: store)
        let (scenario, explain) = try query.scenario(world: world, day: day, defaultPolicy: defaultPolicy)
        var evaluator = Evaluator(index: reference.index(of: world, on: day))
        let result = try evaluator.evaluate(scenario)
        return ResultPresenter(world: world, result: result, today: today, explain: explain)
    }

    /// A JSON response with a content `ETag`; `304 Not Modified` when the client already has it.
    static func cached(_ request: Request, _ data: Data, immutable: Bool = false) -> Response {
        cached(request, CachedBody(data), immutable: immutable)
    }

    static func cached(
        _ request: Request, _ body: CachedBody, immutable: Bool = false,
        contentType: String = "application/json; charset=utf-8"
    ) -> Response {
        if request.headers[.ifNoneMatch] == body.etag {
            return Response(status: .notModified, headers: [.eTag: body.etag])
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType, .eTag: body.etag,
                .cacheControl: immutable ? "public, max-age=31536000, immutable" : "no-cache",
            ],
            body: .init(byteBuffer: body.buffer))
    }
}
