import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization
import Testing

@testable import FoedusServer

/// The middleware in front of the generated operations: ETag and 304, and the cache of pure answers, which
/// answers a repeated request without running the operation.
@Suite struct ConditionalGetMiddlewareTests {
    final class Calls: Sendable {
        let count = Mutex(0)
    }

    func run(
        _ middleware: ConditionalGetMiddleware, _ target: String, operation: String = "scenario",
        headers: HTTPFields = [:], calls: Calls
    ) async throws -> (HTTPResponse, String) {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: target, headerFields: headers)
        let (response, body) = try await middleware.intercept(
            request, body: nil, metadata: .init(), operationID: operation
        ) { _, _, _ in
            let n = calls.count.withLock {
                $0 += 1
                return $0
            }
            return (
                HTTPResponse(status: .ok, headerFields: [.contentType: "application/json; charset=utf-8"]),
                HTTPBody(#"{"answer":\#(n)}"#)
            )
        }
        var text = ""
        if let body { text = try await String(collecting: body, upTo: 1 << 20) }
        return (response, text)
    }

    @Test func aPureAnswerIsComputedOnceAndEveryAnswerHasAnETag() async throws {
        let middleware = ConditionalGetMiddleware(cache: ResponseCache(), cached: ["scenario"])
        let calls = Calls()
        let (first, firstBody) = try await run(middleware, "/v1/scenario?attack=USA:PRK&on=2026-01-01", calls: calls)
        let (second, secondBody) = try await run(middleware, "/v1/scenario?on=2026-01-01&attack=USA:PRK", calls: calls)
        #expect(firstBody == #"{"answer":1}"# && secondBody == firstBody)
        #expect(calls.count.withLock { $0 } == 1)
        let etag = try #require(first.headerFields[.eTag])
        #expect(second.headerFields[.eTag] == etag && second.headerFields[.cacheControl] == "no-cache")
        let (notModified, empty) = try await run(
            middleware, "/v1/scenario?attack=USA:PRK&on=2026-01-01", headers: [.ifNoneMatch: etag], calls: calls)
        #expect(notModified.status == .notModified && empty.isEmpty && notModified.headerFields[.eTag] == etag)
        // A user treaty makes the answer depend on the store: computed each time. Another operation is not cached.
        _ = try await run(middleware, "/v1/scenario?attack=USA:PRK&with=WHATIF", calls: calls)
        _ = try await run(middleware, "/v1/scenario?attack=USA:PRK&with=WHATIF", calls: calls)
        _ = try await run(middleware, "/v1/states", operation: "states", calls: calls)
        let (states, statesBody) = try await run(middleware, "/v1/states", operation: "states", calls: calls)
        #expect(calls.count.withLock { $0 } == 5)
        #expect(statesBody == #"{"answer":5}"# && states.headerFields[.eTag] != nil)
    }
}
