import FoedusServer
import FoedusStore
import FoedusTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A hostile user treaty posted to the API gets a short 422, never a report that grows with the square of the
/// body (issue #12 §4: one 38 KB body once produced a 175 MB answer and 1.1 GB of memory).
@Suite struct HostileTreatyBodyTests {
    func withServer(_ body: @Sendable (any TestClientProtocol, _ token: String) async throws -> Void) async throws {
        let store = try SQLiteStore()
        let (secret, token) = try APIToken.generate(name: "alice", created: "2026-11-23T00:00:00Z")
        try await store.insert(token)
        let router = try buildRouter(
            configuration: .underTest(), store: store,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world)
        try await Application(router: router).test(.router) { client in try await body(client, secret) }
    }

    static let head = """
        type: treaty
        id: HOSTILE-BODY
        name: A hostile body
        signed: 2025-01-01
        inForce: 2025-01-01

        """

    func post(_ yaml: String, _ client: any TestClientProtocol, _ secret: String) async throws -> (Int, [String], Int) {
        try await client.execute(
            uri: "/v1/user-treaties", method: .post, headers: [.authorization: "Bearer \(secret)"],
            body: ByteBuffer(string: yaml)
        ) { response in
            let bytes = response.body.readableBytes
            let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            let error = try #require((object as? [String: Any])?["error"] as? [String: Any])
            return (Int(response.status.code), error["problems"] as? [String] ?? [], bytes)
        }
    }

    @Test func aStateRepeatedTenThousandTimesIsOneShortProblem() async throws {
        try await withServer { client, secret in
            let yaml =
                Self.head + "parties:\n" + String(repeating: "  - {state: RUS}\n", count: 10_000)
                + "provisions:\n  - {id: a, article: \"1\", kind: defense, strength: automatic}\n"
            #expect(yaml.utf8.count > 170_000)
            let (status, problems, bytes) = try await post(yaml, client, secret)
            #expect(status == 422)
            #expect(problems.count == 1)
            #expect(problems.first?.contains("state 365 is listed 10000 times with overlapping periods") == true)
            #expect(bytes < 2_000)
        }
    }

    @Test func tenThousandProblemsAreCappedAtOneHundredAndACount() async throws {
        try await withServer { client, secret in
            let yaml =
                Self.head + "parties: [{state: RUS}, {state: VNM}]\nprovisions:\n"
                + (0..<10_000).map { "  - {id: p\($0), article: \"1\", kind: warfare}\n" }.joined()
            let (status, problems, bytes) = try await post(yaml, client, secret)
            #expect(status == 422)
            #expect(problems.count == 101)
            #expect(problems.last?.contains("and 9900 more problem(s) in this file") == true)
            #expect(bytes < 64_000)
        }
    }
}
