import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Every request: errors become JSON with the request id, the id goes into `X-Request-Id`, tokens are
/// checked (writes always; reads too with `--private`), and one log line is written (method, path, status,
/// duration, request id; never a credential: see ``LogRedaction``).
struct RequestMiddleware: RouterMiddleware {
    typealias Context = FoedusRequestContext
    let store: any TreatyStore
    let isPrivate: Bool
    let maximumURIBytes: Int
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        var context = context
        var response: Response
        do {
            guard request.uri.string.utf8.count <= maximumURIBytes else {
                throw APIError(
                    status: .uriTooLong, code: "uriTooLong",
                    message: "uri: longer than the limit of \(maximumURIBytes) bytes")
            }
            if let allowed = Self.allowedMethods(request.uri.path),
                !allowed.contains(request.method) && request.method != .options
            {
                throw APIError(
                    status: .methodNotAllowed, code: "methodNotAllowed",
                    message: "\(request.method.rawValue) is not allowed on \(request.uri.path); allowed: "
                        + allowed.map(\.rawValue).joined(separator: ", "))
            }
            context.owner = try await owner(of: request)
            let isWrite = request.method == .post || request.method == .delete || request.method == .put
            if (isWrite || isPrivate) && context.owner == nil && request.uri.path.hasPrefix("/v1/") {
                throw APIError.unauthorized
            }
            response = try await RequestOwner.$current.withValue(context.owner) { try await next(request, context) }
        } catch {
            let apiError = APIError.from(error)
            if apiError.status == .internalServerError {
                // Described without the request: its headers carry the caller's token and cookies.
                logger.error("request \(context.requestId) failed: \(LogRedaction.describe(error))")
            }
            response = apiError.response(requestId: context.requestId)
            if apiError.status == .methodNotAllowed, let allowed = Self.allowedMethods(request.uri.path) {
                response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            }
        }
        response.headers[.requestID] = context.requestId
        let elapsed = ContinuousClock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        let milliseconds = "\(microseconds / 1000).\(String(1000 + microseconds % 1000).dropFirst())"
        let path = LogRedaction.redact(String(request.uri.path.prefix(maximumURIBytes)))
        logger.info(
            "\(request.method.rawValue) \(path) \(response.status.code) \(milliseconds)ms id=\(context.requestId)")
        return response
    }

    /// The methods a known path takes (`nil` for an unknown path, which gets 404), from the document.
    static func allowedMethods(_ path: String) -> [HTTPRequest.Method]? { MethodTable.served.methods(path) }

    /// The name of the valid token presented, `nil` without one; an invalid or revoked token is refused.
    private func owner(of request: Request) async throws -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw APIError.unauthorized }
        guard let token = try await store.token(hash: APIToken.hash(of: String(parts[1]))), token.revoked == nil else {
            throw APIError.unauthorized
        }
        return token.name
    }
}
