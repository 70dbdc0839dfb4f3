import FoedusStore
import FoedusTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import FoedusServer

/// No credential reaches a log line: the requests that fail (500) carry a bearer token, a cookie and a proxy
/// credential, and every line the server's log handler writes is searched for them.
@Suite struct LogRedactionTests {
    /// A store whose document reads and writes fail as a broken disk would (a 500); tokens still work.
    struct FailingStore: TreatyStore {
        struct BrokenDisk: Error {}
        let base: SQLiteStore
        var location: String { base.location }
        func migrate() async throws -> (from: Int, to: Int) { try await base.migrate() }
        func insert(_ document: StoreDocument) async throws { throw BrokenDisk() }
        func document(_ kind: StoreDocument.Kind, id: String) async throws -> StoreDocument? { throw BrokenDisk() }
        func documents(_ kind: StoreDocument.Kind, owner: String?, after: String?, limit: Int) async throws
            -> [StoreDocument]
        { throw BrokenDisk() }
        func delete(_ kind: StoreDocument.Kind, id: String, owner: String?) async throws -> Bool { throw BrokenDisk() }
        func insert(_ token: APIToken) async throws { try await base.insert(token) }
        func token(hash: String) async throws -> APIToken? { try await base.token(hash: hash) }
        func tokens() async throws -> [APIToken] { try await base.tokens() }
        func revokeToken(name: String, at time: String) async throws -> Bool {
            try await base.revokeToken(name: name, at: time)
        }
        func snapshot() async throws -> StoreSnapshot { try await base.snapshot() }
        func merge(_ snapshot: StoreSnapshot) async throws -> (added: Int, skipped: Int) {
            try await base.merge(snapshot)
        }
    }

    /// What the log handler wrote.
    final class Captured: Sendable {
        let bytes = Mutex<[UInt8]>([])
        var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
    }

    @Test func aFailingRequestLogsNeitherItsTokenNorItsCookies() async throws {
        let store = FailingStore(base: try SQLiteStore())
        let (secret, token) = try APIToken.generate(name: "alice", created: "2026-11-23T00:00:00Z")
        try await store.insert(token)
        let captured = Captured()
        let sink = BufferedLogHandler.Sink(flushesItself: false) { bytes in captured.bytes.withLock { $0 += bytes } }
        var logger = Logger(label: "foedus.server") { BufferedLogHandler(label: $0, sink: sink) }
        logger.logLevel = .trace
        let cookie = "cookie-secret-\(UUID().uuidString)"
        let proxy = "proxy-secret-\(UUID().uuidString)"
        let queryToken = "foedus_\(UUID().uuidString.lowercased())"
        let headers: HTTPFields = [
            .authorization: "Bearer \(secret)", .cookie: "session=\(cookie); theme=dark",
            .proxyAuthorization: "Basic \(proxy)", .contentType: "application/json",
        ]
        let router = try buildRouter(
            configuration: .underTest(), store: store, logger: logger, world: Fixtures.world)
        try await Application(router: router, logger: logger).test(.router) { client in
            for uri in ["/v1/scenarios", "/v1/scenarios?token=\(queryToken)", "/v1/scenarios/\(queryToken)"] {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.status == .internalServerError, "\(uri)")
                }
            }
            let body = #"{"id":"s1","name":"S","on":"2026-01-01","attacks":["CHN:VNM"]}"#
            try await client.execute(
                uri: "/v1/scenarios", method: .post, headers: headers, body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .internalServerError)
            }
        }
        sink.flush()
        let log = captured.text
        let lines = log.split(separator: "\n")
        // Four failures, each with its error line and its request line.
        #expect(lines.filter { $0.contains(" failed: ") }.count == 4, "\(log)")
        #expect(lines.filter { $0.contains(" 500 ") }.count == 4, "\(log)")
        #expect(log.contains("BrokenDisk"))  // the detail is there …
        for credential in [secret, String(secret.dropFirst("foedus_".count)), cookie, proxy, queryToken] {
            #expect(!log.contains(credential), "\(credential) in \(log)")  // … the credentials are not
        }
    }

    @Test func headersSchemesTokensAndSecretQueryValuesAreMasked() {
        let token = "foedus_0123456789abcdef"
        for (line, expected) in [
            (
                "request: [authorization: Bearer \(token), cookie: a=1; b=2, accept: */*]",
                "request: [authorization: [redacted], cookie: [redacted], accept: */*]"
            ),
            (
                #"{"Set-Cookie": "sid=xyz", "Proxy-Authorization": "Basic dXNlcg=="}"#,
                #"{"Set-Cookie": "[redacted]", "Proxy-Authorization": "[redacted]"}"#
            ),
            ("GET /v1/scenarios/\(token) 404", "GET /v1/scenarios/foedus_[redacted] 404"),
            ("sent Bearer abc.def", "sent Bearer [redacted]"),
            ("GET /x?limit=5&access_token=abc&key=k1 200", "GET /x?limit=5&access_token=[redacted]&key=[redacted] 200"),
            ("GET /v1/states 200 1.250ms id=abc-1", "GET /v1/states 200 1.250ms id=abc-1"),
        ] {
            let once = LogRedaction.redact(line)
            #expect(once == expected)
            #expect(LogRedaction.redact(once) == once)  // redacting twice changes nothing more
        }
    }
}
