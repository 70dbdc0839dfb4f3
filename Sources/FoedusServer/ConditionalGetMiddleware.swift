import Foundation
import HTTPTypes
import OpenAPIRuntime

/// For the operations served through the generated code: a successful GET's JSON body gets a content `ETag`
/// (as ``ReferenceRoutes/cached(_:_:immutable:)`` gives the routes written by hand) and `Cache-Control:
/// no-cache`; a request whose `If-None-Match` is that ETag gets `304 Not Modified` with no body.
struct ConditionalGetMiddleware: ServerMiddleware {
    /// Bodies above this are passed on without an ETag (none of the operations comes near it).
    let maximumBody = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        // The operations answer JSON whatever the client says it accepts, as the routes written by hand do.
        var request = request
        request.headerFields[.accept] = nil
        var (response, responseBody) = try await next(request, body, metadata)
        guard request.method == .get, response.status == .ok, let responseBody else { return (response, responseBody) }
        let data = try await Data(collecting: responseBody, upTo: maximumBody)
        let cached = CachedBody(data)
        if request.headerFields[.ifNoneMatch] == cached.etag {
            return (HTTPResponse(status: .notModified, headerFields: [.eTag: cached.etag]), nil)
        }
        response.headerFields[.eTag] = cached.etag
        response.headerFields[.cacheControl] = "no-cache"
        return (response, HTTPBody(data))
    }
}
