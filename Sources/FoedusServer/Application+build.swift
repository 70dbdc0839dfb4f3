package import FoedusCore
package import FoedusStore
import Foundation
package import Hummingbird
package import Logging
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime

/// The server's application: routes, middleware and configuration. `foedus serve` and the tests build it the
/// same way (tests may pass the `world` they have loaded); the store is injected (SQLite or PostgreSQL), so this module knows nothing of either. Connections
/// are held to ``ServerConfiguration/Connections``: a header timeout, an idle timeout and a cap.
package func buildApplication(
    configuration: ServerConfiguration, store: any TreatyStore, logger: Logger, world: World? = nil,
    onServerRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(configuration: configuration, store: store, logger: logger, world: world)
    let connections = configuration.connections
    let headerTimeout = TimeAmount.nanoseconds(Int64(connections.headerTimeout * 1e9))
    return Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [FirstRequestTimeout(timeout: headerTimeout)],
                idleTimeout: .nanoseconds(Int64(connections.idleTimeout * 1e9)))),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "foedus",
            availableConnectionsDelegate: .maximum(connections.maximum, logger: logger)),
        onServerRunning: { channel in
            let address = channel.localAddress
            await onServerRunning(address?.ipAddress ?? configuration.host, address?.port ?? configuration.port)
        },
        logger: logger)
}

/// The router alone (router tests run it without sockets). `world` replaces the bundled world (tests pass
/// the one they have loaded already).
package func buildRouter(
    configuration: ServerConfiguration, store: any TreatyStore, logger: Logger, world: World? = nil
) throws -> Router<FoedusRequestContext> {
    let reference = try world.map(ReferenceWorld.init(world:)) ?? ReferenceWorld()
    let router = Router(context: FoedusRequestContext.self)
    router.add(
        middleware: RequestMiddleware(
            store: store, isPrivate: configuration.isPrivate, maximumURIBytes: configuration.limits.uriBytes,
            logger: logger))
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.accept, .authorization, .contentType, .ifNoneMatch],
            allowMethods: [.get, .post, .delete, .head, .options], exposedHeaders: ["ETag", "X-Request-Id"]))
    router.add(middleware: RequestBodyLimit(limit: configuration.limits.bodyBytes))
    let served = try OpenAPIDocument.served(limits: configuration.limits)
    let openAPI = try JSONSerialization.data(withJSONObject: served, options: [.sortedKeys, .withoutEscapingSlashes])
    let jobs = JobLimiter(
        limit: configuration.limits.expensiveJobs, timeout: .seconds(configuration.limits.requestTimeout))
    ReferenceRoutes(openAPI: openAPI).add(to: router)
    // The operations of the contract served through the generated code (api/openapi-generator-config.yaml).
    try ContractAPI(reference: reference, store: store, limits: configuration.limits, jobs: jobs, logger: logger)
        .registerHandlers(
            on: router, configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]),
            middlewares: [
                QueryParameterRules.Middleware(rules: .init(document: served)),
                ConditionalGetMiddleware(cache: ResponseCache(), cached: ContractAPI.pureOperations),
            ])
    WebRoutes().add(to: router)
    return router
}
