import HTTPTypes
import Hummingbird
import NIOCore

/// One limit for every request body, whatever its route or content type: a body declared larger
/// (`Content-Length`) is refused before a byte of it is read, and any other is read up to the limit and
/// refused past it (413), so no more than the limit is ever held in memory. A JSON body (a JSON content type,
/// or any body of `POST /v1/scenarios`, which is read as JSON whatever its type) is then checked for
/// duplicate keys and depth (``JSONBodyCheck``). The handlers get the body already read.
struct RequestBodyLimit: RouterMiddleware {
    typealias Context = FoedusRequestContext
    let limit: Int
    var check = JSONBodyCheck()

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard Self.hasBody(request.headers) else { return try await next(request, context) }
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw Self.tooLarge(limit)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge(limit)
        }
        if Self.isJSON(request) { try check.check(Array(body.readableBytesView)) }
        return try await next(request, context)
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "http", message: "body: larger than the limit of \(limit) bytes")
    }

    /// A request has a body when it declares one: a length above zero, or a transfer coding (HTTP/1.1).
    static func hasBody(_ headers: HTTPFields) -> Bool {
        if let length = headers[.contentLength] { return length != "0" }
        return headers[.transferEncoding] != nil
    }

    static func isJSON(_ request: Request) -> Bool {
        request.uri.path == "/v1/scenarios" || request.headers[.contentType]?.lowercased().contains("json") == true
    }
}
