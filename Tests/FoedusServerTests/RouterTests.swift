import FoedusApp
import FoedusFormats
import FoedusStore
import FoedusTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import FoedusServer

/// The API through the same router as `foedus serve`, without sockets.
@Suite struct RouterTests {
    static let pact = Fixtures.whatIfRussiaVietnamPact

    /// Runs `body` against a fresh in-memory store holding two tokens; returns their secrets.
    func withServer(
        isPrivate: Bool = false,
        _ body: @Sendable (any TestClientProtocol, _ alice: String, _ bob: String) async throws -> Void
    ) async throws {
        let store = try SQLiteStore()
        let (alice, aliceToken) = try APIToken.generate(name: "alice", created: "2026-11-23T00:00:00Z")
        let (bob, bobToken) = try APIToken.generate(name: "bob", created: "2026-11-23T00:00:00Z")
        try await store.insert(aliceToken)
        try await store.insert(bobToken)
        let router = try buildRouter(
            configuration: .underTest(isPrivate: isPrivate), store: store,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world)
        try await Application(router: router).test(.router) { client in try await body(client, alice, bob) }
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    func bearer(_ secret: String) -> HTTPFields { [.authorization: "Bearer \(secret)"] }

    @Test func healthNamesTheVersions() async throws {
        try await withServer { client, _, _ in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["status"] as? String == "ok" && body["foedus"] != nil && body["data"] != nil)
                #expect(response.headers[HTTPField.Name("X-Request-Id")!] != nil)
            }
        }
    }

    @Test func obligationsMatchTheEngineAndCarryAnETag() async throws {
        try await withServer { client, _, _ in
            let uri = "/v1/obligations?on=2024-12-05&attack=USA:PRK"
            let etag = try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                let obligations = try #require(body["obligations"] as? [[String: Any]])
                // The Russia–DPRK treaty is in force on 2024-12-04: Russia owes the DPRK defence (Art. 4).
                let russia = obligations.first {
                    ($0["obligor"] as? [String: Any])?["ccode"] as? Int == 365
                        && ($0["treaty"] as? [String: Any])?["id"] as? String == "RUS-PRK-2024"
                }
                #expect(russia?["kind"] as? String == "defense")
                #expect(russia?["article"] as? String == "4")
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
        }
    }

    @Test func badParametersAreA400NamingTheField() async throws {
        try await withServer { client, _, _ in
            for (uri, field) in [
                ("/v1/scenario?on=2024-02-30&attack=USA:PRK", "on:"),
                ("/v1/scenario?on=2024-01-01", "attack:"),
                ("/v1/scenario?attack=USA:PRK&policy=wild", "policy:"),
                ("/v1/scenario?attack=USA:PRK&includeUncertain=maybe", "includeUncertain:"),
                ("/v1/states?on=1700-01-01", "on:"),
                ("/v1/user-treaties?limit=100000", "limit:"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try #require(try json(response)["error"] as? [String: Any])
                    #expect((error["message"] as? String)?.hasPrefix(field) == true, "\(uri): \(error)")
                    #expect(error["requestId"] as? String != nil)
                }
            }
            let many = (0..<17).map { _ in "attack=USA:PRK" }.joined(separator: "&")
            try await client.execute(uri: "/v1/scenario?" + many, method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/scenario?attack=Rusia:UKR", method: .get) { response in
                #expect(response.status == .badRequest)
                let message = try #require((try json(response)["error"] as? [String: Any])?["message"] as? String)
                #expect(message.contains("Russia"))  // the closest match is suggested
            }
        }
    }

    @Test func aUserTreatyChangesOnlyTheRequestsThatNameIt() async throws {
        try await withServer { client, alice, bob in
            let uri = "/v1/scenario?on=2026-01-01&attack=CHN:VNM&policy=strict"
            func defenders(_ response: TestResponse) throws -> Set<Int> {
                let sides = try #require(try json(response)["sides"] as? [String: Any])
                let list = try #require(sides["defenders"] as? [[String: Any]])
                return Set(list.compactMap { ($0["state"] as? [String: Any])?["ccode"] as? Int })
            }
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, body: ByteBuffer(string: Self.pact)
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, headers: bearer(alice), body: ByteBuffer(string: Self.pact)
            ) { response in
                #expect(response.status == .created)
                let body = try json(response)
                #expect(body["id"] as? String == "WHATIF-RUS-VNM" && body["owner"] as? String == "alice")
            }
            let before = try await client.execute(uri: uri, method: .get) { try defenders($0) }
            #expect(before == [816])
            let after = try await client.execute(uri: uri + "&with=WHATIF-RUS-VNM", method: .get) { try defenders($0) }
            #expect(after == [816, 365])
            try await client.execute(uri: uri + "&with=NOPE", method: .get) { response in
                #expect(response.status == .notFound)
            }
            // The owner's workspace: alice's treaties apply to alice's requests only.
            let mine = try await client.execute(uri: uri + "&workspace=mine", method: .get, headers: bearer(alice)) {
                try defenders($0)
            }
            #expect(mine == [816, 365])
            let bobs = try await client.execute(uri: uri + "&workspace=mine", method: .get, headers: bearer(bob)) {
                try defenders($0)
            }
            #expect(bobs == [816])
            try await client.execute(uri: uri + "&workspace=mine", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, headers: bearer(bob), body: ByteBuffer(string: Self.pact)
            ) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/v1/user-treaties", method: .get) { response in
                let list = try #require(try json(response)["treaties"] as? [[String: Any]])
                #expect(list.map { $0["id"] as? String } == ["WHATIF-RUS-VNM"])
            }
            try await client.execute(uri: "/v1/user-treaties/WHATIF-RUS-VNM", method: .delete, headers: bearer(bob)) {
                response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/v1/user-treaties/WHATIF-RUS-VNM", method: .delete, headers: bearer(alice)
            ) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/v1/user-treaties/WHATIF-RUS-VNM", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func aBrokenTreatyIsA422ListingEachProblemAndBigBodiesA413() async throws {
        try await withServer { client, alice, _ in
            let broken = Self.pact.replacingOccurrences(of: "inForce: 2025-01-01", with: "inForce: 2025-02-30")
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, headers: bearer(alice), body: ByteBuffer(string: broken)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try #require(try json(response)["error"] as? [String: Any])
                let problems = try #require(error["problems"] as? [String])
                #expect(problems.contains { $0.contains("inForce") && $0.contains("2025-02-30") })
            }
            let huge = String(repeating: "# padding\n", count: 110_000)
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, headers: bearer(alice), body: ByteBuffer(string: huge)
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(
                uri: "/v1/user-treaties", method: .post, headers: bearer("foedus_not-a-token"),
                body: ByteBuffer(string: Self.pact)
            ) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func privateServersNeedATokenForReads() async throws {
        try await withServer(isPrivate: true) { client, alice, _ in
            try await client.execute(uri: "/v1/states?on=2026-01-01", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/states?on=2026-01-01", method: .get, headers: bearer(alice)) {
                response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/health", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func theOpenAPIDocumentIsValidJSONAndListsEveryRoute() async throws {
        try await withServer { client, _, _ in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let document = try json(response)
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: Any])
                #expect(
                    Set(paths.keys) == [
                        "/health", "/v1/states", "/v1/treaties", "/v1/treaties/{id}", "/v1/obligations", "/v1/scenario",
                        "/v1/simulate", "/v1/security", "/v1/architecture/{name}", "/v1/user-treaties",
                        "/v1/user-treaties/{id}", "/v1/scenarios",
                        "/v1/scenarios/{id}", "/v1/scenarios/{id}/result", "/v1/export/dyad-years", "/v1/audit",
                        "/v1/claims", "/v1/similarity", "/v1/backtest", "/v1/backtest/disputes",
                        "/v1/backtest/honouring",
                        "/v1/map",
                        "/v1/timeline", "/",
                        "/assets/{name}",
                    ])
                // Every path answers 405 (not 404) to a method it does not take: the middleware's table is the
                // document's (a path parameter stands for any one segment).
                for (path, item) in paths {
                    let declared = Set(
                        ((item as? [String: Any]) ?? [:]).keys.filter { ["get", "post", "delete", "put"].contains($0) }
                            .map { $0.uppercased() })
                    let concrete = path.replacingOccurrences(
                        of: #"\{[^}]+\}"#, with: "x", options: .regularExpression)
                    let allowed = RequestMiddleware.allowedMethods(concrete).map { Set($0.map(\.rawValue)) }
                    #expect(
                        allowed == declared, "\(path): the middleware allows \(allowed ?? []), the document \(declared)"
                    )
                }
            }
        }
    }

    @Test func corsLetsPagesOnOtherOriginsRead() async throws {
        try await withServer { client, _, _ in
            try await client.execute(
                uri: "/v1/states?on=2026-01-01", method: .get, headers: [.origin: "https://newsroom.example"]
            ) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
        }
    }

    @Test func oneTreatyWithItsClausesAndSources() async throws {
        try await withServer { client, _, _ in
            try await client.execute(uri: "/v1/treaties/RUS-PRK-2024", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["id"] as? String == "RUS-PRK-2024")
                let provisions = try #require(body["provisions"] as? [[String: Any]])
                #expect(provisions.contains { $0["article"] as? String == "4" && $0["kind"] as? String == "defense" })
            }
            try await client.execute(uri: "/v1/treaties/NOPE-1", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/v1/treaties/RUS-PRK-2024", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
        }
    }

    @Test func aSeededSimulationIsTheSameTwiceAndRunsAreCapped() async throws {
        try await withServer { client, _, _ in
            let uri = "/v1/simulate?on=2024-12-05&attack=USA:PRK&runs=50&seed=7"
            let first = try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            let second = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
            #expect(first == second && first.contains("\"seed\":7"))
            try await client.execute(uri: "/v1/simulate?attack=USA:PRK&runs=100000", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func savedScenariosRunAsTheirParametersAndOnlyTheirOwnerDeletes() async throws {
        try await withServer { client, alice, bob in
            let body =
                #"{"id":"dprk-2024","name":"DPRK attacked","on":"2024-12-05","attacks":["USA:PRK"],"policy":"strict"}"#
            try await client.execute(uri: "/v1/scenarios", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/scenarios", method: .post, headers: bearer(alice), body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .created)
            }
            let saved = try await client.execute(uri: "/v1/scenarios/dprk-2024/result", method: .get) {
                String(buffer: $0.body)
            }
            let direct = try await client.execute(
                uri: "/v1/scenario?on=2024-12-05&attack=USA:PRK&policy=strict", method: .get
            ) { String(buffer: $0.body) }
            #expect(saved == direct)
            try await client.execute(uri: "/v1/scenarios", method: .get) { response in
                let list = try #require(try json(response)["scenarios"] as? [[String: Any]])
                #expect(list.map { ($0["scenario"] as? [String: Any])?["id"] as? String } == ["dprk-2024"])
            }
            try await client.execute(uri: "/v1/scenarios/dprk-2024", method: .delete, headers: bearer(bob)) {
                response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/scenarios/dprk-2024", method: .delete, headers: bearer(alice)) {
                response in
                #expect(response.status == .noContent)
            }
            for (bad, field) in [
                (#"{"id":"x","name":"x","on":"2024-02-30","attacks":["USA:PRK"]}"#, "on:"),
                (#"{"id":"x","name":"x","on":"2024-01-01","attacks":["Rusia:UKR"]}"#, "unknown state"),
                (#"{"id":"x","name":"x","on":"2024-01-01"}"#, "attacks: missing"),
                (#"{"id":"x y","name":"x","on":"2024-01-01","attacks":["USA:PRK"]}"#, "id:"),
            ] {
                try await client.execute(
                    uri: "/v1/scenarios", method: .post, headers: bearer(alice), body: ByteBuffer(string: bad)
                ) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    let message = (try json(response)["error"] as? [String: Any])?["message"] as? String ?? ""
                    #expect(message.contains(field), "\(bad): \(message)")
                }
            }
        }
    }

    @Test func theDyadYearExportStreamsTheCLIsCSV() async throws {
        try await withServer { client, _, _ in
            let body = try await client.execute(uri: "/v1/export/dyad-years?from=2000&to=2000", method: .get) {
                response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                return String(buffer: response.body)
            }
            var expected = Data()
            try DyadYearWriter(source: try History.load().source).write(
                years: 2000...2000, directed: true, format: .csv,
                header: Provenance.dyadYears(directed: true, years: 2000...2000)
            ) { expected.append(contentsOf: $0) }
            #expect(body == String(decoding: expected, as: UTF8.self))
            let rows = body.split(separator: "\n").filter { !$0.hasPrefix("#") }
            #expect(rows.first?.hasPrefix("ccode1,ccode2,year") == true)
            #expect(rows.count > 30_000)  // about 191 states, every ordered pair
            try await client.execute(uri: "/v1/export/dyad-years?from=2010&to=2000", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func securityGivesEachPolicysShareAndEntrapment() async throws {
        try await withServer { client, _, _ in
            // 1900: few states, so the full-world index is quick in a debug build.
            try await client.execute(uri: "/v1/security?on=1900-01-01&state=RUS&state=USA", method: .get) { response in
                #expect(response.status == .ok)
                let rows = try #require(try json(response)["states"] as? [[String: Any]])
                #expect(rows.compactMap { ($0["state"] as? [String: Any])?["ccode"] as? Int } == [365, 2])
                let russia = try #require(rows.first)
                let share = try #require(russia["share"] as? [String: Any])
                #expect(Set(share.keys) == ["strict", "treaty", "chain"])
                #expect(russia["nuclearArmed"] == nil)  // no state was nuclear-armed in 1900
            }
            try await client.execute(uri: "/v1/security?runs=1000", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theSeedsArchitectureByName() async throws {
        try await withServer { client, _, _ in
            // 1900: the architecture's treaties are not in force, so the report is quick in a debug build; what
            // is checked is the route, the name lookup and the JSON contract of `foedus architecture --json`.
            try await client.execute(uri: "/v1/architecture/eurasia-2024?on=1900-01-01", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect((body["architecture"] as? [String: Any])?["id"] as? String == "eurasia-2024")
            }
            try await client.execute(uri: "/v1/architecture/atlantis", method: .get) { response in
                #expect(response.status == .notFound)
                let message = (try json(response)["error"] as? [String: Any])?["message"] as? String ?? ""
                #expect(message.contains("eurasia-2024"))
            }
        }
    }
}
