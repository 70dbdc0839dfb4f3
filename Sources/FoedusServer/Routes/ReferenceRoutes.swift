import FoedusApp
import FoedusCore
import FoedusData
import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird

/// The OpenAPI document, and the content `ETag` every route written by hand gives its JSON (``ContractAPI``
/// serves health, states, treaties, obligations and scenarios through the generated code).
struct ReferenceRoutes {
    /// `/openapi.json` as served (``OpenAPIDocument/json(limits:)``).
    let openAPI: Data

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/openapi.json") { request, _ in
            Self.cached(request, openAPI, immutable: false)
        }
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
