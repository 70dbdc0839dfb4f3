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

/// Bodies a client should not send: past the limit on every route and content type, a key given twice, a
/// field the body does not have, JSON nested 10,000 deep; and a stored record that cannot be read.
extension RouterTests {
    static let postRoutes = ["/v1/scenarios", "/v1/user-treaties"]

    func message(_ response: TestResponse) throws -> String {
        try #require((try json(response)["error"] as? [String: Any])?["message"] as? String)
    }

    @Test func oneBodyLimitForEveryRouteAndContentType() async throws {
        try await withServer { client, alice, _ in
            let limit = ServerConfiguration.Limits().bodyBytes
            let tooLarge = ByteBuffer(repeating: UInt8(ascii: " "), count: limit + 1)
            let justRight = ByteBuffer(repeating: UInt8(ascii: " "), count: limit)
            for route in Self.postRoutes {
                for type in ["application/json", "application/yaml", "text/plain", "application/octet-stream"] {
                    var headers = bearer(alice)
                    headers[.contentType] = type
                    try await client.execute(uri: route, method: .post, headers: headers, body: tooLarge) {
                        response in
                        #expect(response.status == .contentTooLarge, "\(route) \(type)")
                        let text = try message(response)
                        #expect(text == "body: larger than the limit of \(limit) bytes")
                    }
                    // At the limit exactly, the body is read (and refused for what it is, not its size).
                    try await client.execute(uri: route, method: .post, headers: headers, body: justRight) {
                        response in
                        #expect(response.status != .contentTooLarge, "\(route) \(type)")
                    }
                }
            }
        }
    }

    @Test func aDuplicateKeyAnUnknownFieldAndDeepNestingAreRefusedByName() async throws {
        try await withServer { client, alice, _ in
            let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            for (type, body, expected) in [
                (
                    "application/json", #"{"id":"s1","id":"s2","name":"S","on":"2026-01-01","attacks":["CHN:VNM"]}"#,
                    "id: duplicate key"
                ),
                (
                    "text/plain", #"{"id":"s1","name":"S","on":"2026-01-01","attacks":["CHN:VNM"],"na\u006de":"T"}"#,
                    "name: duplicate key"
                ),
                (
                    "application/json", #"{"id":"s1","name":"S","on":"2026-01-01","attacks":["CHN:VNM"],"polcy":"x"}"#,
                    "polcy: unknown field; the fields are id, name, on, attacks, policy, honour, includeUncertain, "
                        + "includeContested, sovereignty, with"
                ),
                (
                    "text/plain", #"{"id":"s1","name":"S","on":"2026-01-01","attacks":["CHN:VNM"],"owner":"bob"}"#,
                    "owner: unknown field; the fields are id, name, on, attacks, policy, honour, includeUncertain, "
                        + "includeContested, sovereignty, with"
                ),
                ("application/json", deep, "body: nested deeper than 64 levels"),
                ("application/json", #"{"with":[{"a":1,"a":2}]}"#, "with[0].a: duplicate key"),
            ] {
                var headers = bearer(alice)
                headers[.contentType] = type
                try await client.execute(
                    uri: "/v1/scenarios", method: .post, headers: headers, body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .badRequest, "\(body.prefix(80))")
                    let text = try message(response)
                    #expect(text == expected)
                }
            }
            // Nothing of it was saved.
            try await client.execute(uri: "/v1/scenarios", method: .get) { response in
                let list = try #require(try json(response)["scenarios"] as? [Any])
                #expect(list.isEmpty)
            }
        }
    }

    @Test func aStoredScenarioThatCannotBeReadIsLeftOutOfTheListAndLogged() async throws {
        let store = try SQLiteStore()
        let (alice, token) = try APIToken.generate(name: "alice", created: "2026-11-23T00:00:00Z")
        try await store.insert(token)
        // The store refuses a body that is not a JSON object, but one from an older store (or another writer)
        // can still lack what a saved scenario holds: it must not break the list.
        let bad = StoreDocument(
            kind: .scenario, id: "b-bad", owner: "mallory", name: "broken", body: #"{"id":"b-bad","attacks":7}"#,
            created: "2026-11-23T00:00:00Z")
        try await store.insert(bad)
        let captured = LogRedactionTests.Captured()
        let sink = BufferedLogHandler.Sink(flushesItself: false) { bytes in captured.bytes.withLock { $0 += bytes } }
        let router = try buildRouter(
            configuration: .underTest(), store: store,
            logger: Logger(label: "foedus.server") { BufferedLogHandler(label: $0, sink: sink) },
            world: Fixtures.world)
        try await Application(router: router).test(.router) { client in
            for id in ["a-good", "c-good"] {
                let body = #"{"id":"\#(id)","name":"S","on":"2026-01-01","attacks":["CHN:VNM"]}"#
                try await client.execute(
                    uri: "/v1/scenarios", method: .post, headers: bearer(alice), body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .created)
                }
            }
            try await client.execute(uri: "/v1/scenarios", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                let list = try #require(body["scenarios"] as? [[String: Any]])
                #expect(
                    list.compactMap { ($0["scenario"] as? [String: Any])?["id"] as? String } == ["a-good", "c-good"])
                #expect(body["skipped"] as? [String] == ["b-bad"])
            }
            // A page that ends on the bad record still points past it.
            try await client.execute(uri: "/v1/scenarios?limit=2", method: .get) { response in
                #expect(response.status == .ok)
                let next = try json(response)["next"] as? String
                #expect(next == "b-bad")
            }
            // The page after it has none to report: no `skipped`.
            try await client.execute(uri: "/v1/scenarios?after=b-bad", method: .get) { response in
                let body = try json(response)
                #expect(body["skipped"] == nil && (body["scenarios"] as? [Any])?.count == 1)
            }
            try await client.execute(uri: "/v1/scenarios/b-bad", method: .get) { response in
                #expect(response.status == .internalServerError)
                let text = try message(response)
                #expect(text.contains("saved scenario b-bad cannot be read"))
            }
        }
        sink.flush()
        #expect(captured.text.contains("left out 1 stored scenario(s) that cannot be read: b-bad"), "\(captured.text)")
    }
}
