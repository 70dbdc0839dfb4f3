import FoedusAPI
import FoedusCore
import FoedusStore
import FoedusWebAssets
import Foundation
import HTTPTypes
import Hummingbird

/// The web page (`/` and `/assets/…`, compiled in) and the two small JSON documents it is drawn from: the map's
/// colouring for a day (`/v1/map`) and the timeline (`/v1/timeline`).
struct WebRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits
    let cache = ResponseCache(capacity: 256)

    /// The compiled-in files by URL path, with their bodies ready to send.
    static let assets: [String: (contentType: String, body: CachedBody)] = Dictionary(
        WebAssets.all.map { ($0.path, ($0.contentType, CachedBody(Data($0.text.utf8)))) },
        uniquingKeysWith: { first, _ in first })

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/") { request, _ in try Self.asset(request, path: "/") }
        router.get("/assets/{name}") { request, context in
            try Self.asset(request, path: "/assets/" + (try context.parameters.require("name")))
        }
        router.get("/v1/map") { request, context in
            let today = try Today.resolve()
            let body = try await cache.body(for: request, today: today.description) {
                let query = QueryReader(request: request, limits: limits, owner: context.owner)
                let day = try query.day(today: today)
                let world = try await reference.world(with: try await query.userTreaties(store: store), store: store)
                let focus = try MapJSON.focus(query.one("focus"), world: world, day: day)
                return JSONBody.data(MapJSON(index: reference.index(of: world, on: day), focus: focus, today: today))
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/timeline") { request, context in
            let today = try Today.resolve()
            let body = try await cache.body(for: request, today: today.description) {
                let query = QueryReader(request: request, limits: limits, owner: context.owner)
                let world = try await reference.world(with: try await query.userTreaties(store: store), store: store)
                let focus = try query.one("focus").map { try world.resolver.resolve($0, on: nil) }
                return JSONBody.data(TimelineJSON(world: world, focus: focus, through: today.year))
            }
            return ReferenceRoutes.cached(request, body)
        }
    }

    /// A compiled-in file: revalidated (`/`) or cached for a year (assets, whose URLs carry their hash).
    private static func asset(_ request: Request, path: String) throws -> Response {
        guard let asset = assets[path] else { throw APIError.notFound("no file \(path)") }
        return ReferenceRoutes.cached(request, asset.body, immutable: path != "/", contentType: asset.contentType)
    }
}
