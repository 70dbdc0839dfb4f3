import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIRuntime

/// An error answered as JSON with a 4xx or 5xx status: a code, a message naming the field, and the request id.
/// Nothing internal (paths, stack traces, SQL) goes into the message.
struct APIError: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var problems: [String]? = nil
    /// Seconds, for `Retry-After` (429).
    var retryAfter: Int? = nil

    static func badRequest(_ message: String, code: String = "badRequest") -> APIError {
        APIError(status: .badRequest, code: code, message: message)
    }

    static func notFound(_ message: String) -> APIError {
        APIError(status: .notFound, code: "notFound", message: message)
    }

    static let unauthorized = APIError(
        status: .unauthorized, code: "unauthorized",
        message: "a valid bearer token is required (Authorization: Bearer …)")

    /// The API error for any error a handler throws.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as ServerError:
            // From the generated code: a handler's own error inside, or a request it could not decode.
            let inner = from(error.underlyingError)
            guard inner.status == .internalServerError, (400..<500).contains(error.httpStatus.code) else {
                return inner
            }
            return APIError(status: error.httpStatus, code: "badRequest", message: Self.describe(error))
        case let error as StoreError:
            switch error {
            case .invalid(let message): return .badRequest(message, code: "invalid")
            case .conflict(let message): return APIError(status: .conflict, code: "conflict", message: message)
            case .badSnapshot(let message): return .badRequest(message, code: "invalid")
            case .schemaTooNew, .unavailable:
                return APIError(
                    status: .serviceUnavailable, code: "storeUnavailable", message: "the store is unavailable")
            }
        case let error as HTTPError:
            return APIError(status: error.status, code: "http", message: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            // Hummingbird's own (a body over the limit is 413 Content Too Large, say).
            let message =
                error.status == .contentTooLarge ? "body: larger than the limit" : error.status.reasonPhrase
            return APIError(status: error.status, code: "http", message: message)
        default:
            // A user's error in the request or the data: the report the CLI prints too.
            guard let report = ErrorReport(error) else {
                return APIError(status: .internalServerError, code: "internal", message: "internal error")
            }
            return APIError(
                status: report.kind == .request ? .badRequest : .unprocessableContent, code: report.code,
                message: report.message, problems: report.problems)
        }
    }

    /// The start of the decoding error's description for a field a body's type does not have.
    static let unknownField = SavedScenarioRequest.unknownField

    /// A request the generated code could not decode, in words that name the parameter or field.
    static func describe(_ error: ServerError) -> String {
        guard let decoding = error.underlyingError as? DecodingError else { return error.causeDescription }
        if let message = describe(decoding) { return message }
        // A decoding error with no field is the body as a whole (query parameters are named by QueryParameterRules).
        return error.request.method == .post ? "body: not valid JSON" : error.causeDescription
    }

    /// A JSON body's decoding error in words that name the field (`nil` when it names none).
    static func describe(_ error: DecodingError) -> String? {
        func field(_ path: [any CodingKey]) -> String {
            path.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return field(context.codingPath + [key]) + ": missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard !context.codingPath.isEmpty else { return nil }
            return field(context.codingPath) + ": wrong type"
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return nil }
            if context.debugDescription.hasPrefix(unknownField) {
                return field(context.codingPath) + ": " + context.debugDescription
            }
            return field(context.codingPath) + ": not an accepted value"
        @unknown default:
            return nil
        }
    }

    func response(requestId: String) -> Response {
        let body = ErrorJSON(error: .init(code: code, message: message, problems: problems, requestId: requestId))
        var response = JSONBody.response(body, status: status)
        response.headers[.requestID] = requestId
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}

/// JSON bodies with sorted keys, as the CLI's `--json`.
enum JSONBody {
    static func data(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed"}}"#.utf8)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        response(data(value), status: status)
    }

    static func response(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
