import FoedusApp
import FoedusCore
import FoedusStore
import FoedusWebAssets
import Foundation
import HTTPTypes
import Hummingbird

/// The web page (`/` and `/assets/…`, compiled in). The JSON it is drawn from (`/v1/map`, `/v1/timeline`, …) is
/// served by ``ContractAPI``.
struct WebRoutes {
    /// The compiled-in files by URL path, with their bodies ready to send.
    static let assets: [String: (contentType: String, body: CachedBody)] = Dictionary(
        WebAssets.all.map { ($0.path, ($0.contentType, CachedBody(Data($0.text.utf8)))) },
        uniquingKeysWith: { first, _ in first })

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/") { request, _ in try Self.asset(request, path: "/") }
        router.get("/assets/{name}") { request, context in
            try Self.asset(request, path: "/assets/" + (try context.parameters.require("name")))
        }
    }

    /// A compiled-in file: revalidated (`/`) or cached for a year (assets, whose URLs carry their hash).
    private static func asset(_ request: Request, path: String) throws -> Response {
        guard let asset = assets[path] else { throw APIError.notFound("no file \(path)") }
        return ReferenceRoutes.cached(request, asset.body, immutable: path != "/", contentType: asset.contentType)
    }
}
