import FoedusApp
import FoedusCore
import Foundation
import HTTPTypes
import NIOCore
import OpenAPIRuntime

/// For the operations served through the generated code: a successful GET's JSON body (others, such as the
/// streamed CSV export, pass through) gets a content `ETag`
/// (as ``ReferenceRoutes/cached(_:_:immutable:)`` gives the routes written by hand) and `Cache-Control:
/// no-cache`; a request whose `If-None-Match` is that ETag gets `304 Not Modified` with no body. The bodies of
/// the operations in `cached` are kept in a ``ResponseCache`` and answered from it, before the generated code
/// decodes anything.
struct ConditionalGetMiddleware: ServerMiddleware {
    let cache: ResponseCache
    /// Operation ids whose answers are pure functions of the request and today (see ``ResponseCache``).
    let cached: Set<String>
    /// Bodies above this are passed on without an ETag (none of the operations comes near it).
    let maximumBody = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        // The operations answer JSON whatever the client says it accepts, as the routes written by hand do.
        var request = request
        request.headerFields[.accept] = nil
        let key = cached.contains(operationID) ? Self.key(request, today: try Today.resolve().description) : nil
        if let key, let hit = cache.lookup(key) { return Self.answer(hit, to: request) }
        let (response, responseBody) = try await next(request, body, metadata)
        guard request.method == .get, response.status == .ok, let responseBody,
            response.headerFields[.contentType]?.hasPrefix("application/json") == true
        else { return (response, responseBody) }
        let body = CachedBody(try await Data(collecting: responseBody, upTo: maximumBody))
        if let key { cache.keep(body, for: key) }
        return Self.answer(body, to: request, response)
    }

    /// 200 with the body and its ETag, or 304 when the client has it.
    static func answer(
        _ body: CachedBody, to request: HTTPRequest,
        _ response: HTTPResponse = HTTPResponse(
            status: .ok, headerFields: [.contentType: "application/json; charset=utf-8"])
    ) -> (HTTPResponse, HTTPBody?) {
        if request.headerFields[.ifNoneMatch] == body.etag {
            return (HTTPResponse(status: .notModified, headerFields: [.eTag: body.etag]), nil)
        }
        var response = response
        response.headerFields[.eTag] = body.etag
        response.headerFields[.cacheControl] = "no-cache"
        return (response, HTTPBody(body.buffer.readableBytesView))
    }

    /// The cache key of a GET (path, decoded query, today), or `nil` when it names user treaties or its target
    /// does not parse as a URL (then it is simply not cached).
    static func key(_ request: HTTPRequest, today: String) -> String? {
        guard request.method == .get, let target = request.path, let url = URLComponents(string: target) else {
            return nil
        }
        let query = (url.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        return ResponseCache.key(path: url.path, query: query, today: today)
    }
}
