import FoedusServer
import FoedusStore
import FoedusTestSupport
import FoedusWebAssets
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// The web page's routes (the compiled-in files, the map, the timeline) and the research routes (audit,
/// claims, similarity, back-test), through the same router as `foedus serve`.
@Suite struct WebAndResearchRouteTests {
    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = try buildRouter(
            configuration: .underTest(), store: try SQLiteStore(),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try json(response) as? [String: Any])
    }

    func errorMessage(_ response: TestResponse) throws -> String {
        try #require((try object(response)["error"] as? [String: Any])?["message"] as? String)
    }

    @Test func thePageAndItsFilesAreServedWithETags() async throws {
        try await withServer { client in
            for asset in WebAssets.all {
                let etag = try await client.execute(uri: asset.path, method: .get) { response in
                    #expect(response.status == .ok, "\(asset.path)")
                    #expect(response.headers[.contentType] == asset.contentType)
                    #expect(String(buffer: response.body) == asset.text)
                    let cache = response.headers[.cacheControl] ?? ""
                    #expect(asset.path == "/" ? cache == "no-cache" : cache.contains("immutable"), "\(asset.path)")
                    return try #require(response.headers[.eTag])
                }
                try await client.execute(uri: asset.path, method: .get, headers: [.ifNoneMatch: etag]) { response in
                    #expect(response.status == .notModified)
                }
            }
            try await client.execute(uri: "/assets/nothing.js", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func theMapColoursTiesToTheFocus() async throws {
        try await withServer { client in
            try await client.execute(uri: "/v1/map?on=2026-01-01&focus=RUS", method: .get) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                #expect((body["focus"] as? [String: Any])?["id"] as? String == "365")
                let states = try #require(body["states"] as? [[String: Any]])
                let prk = states.first { ($0["state"] as? [String: Any])?["abbreviation"] as? String == "PRK" }
                #expect(prk?["tie"] as? String == "defense")
                #expect((prk?["treaties"] as? [String])?.contains("RUS-PRK-2024") == true)
                #expect((body["ties"] as? [[String: Any]])?.first?["tie"] as? String == "focus")
                let organisations = (body["organisations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(organisations == ["ASEAN", "CIS", "CSTO", "EAEU", "NATO", "SCO"])
                #expect(response.headers[.eTag] != nil)
            }
            // On New Year 1950 only NATO (in force 1949-08-24) has members among the bundled organisations.
            try await client.execute(uri: "/v1/map?on=1950-01-01&focus=nato", method: .get) { response in
                let body = try object(response)
                let organisations = (body["organisations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(organisations == ["NATO"])
                let states = try #require(body["states"] as? [[String: Any]])
                let members = states.filter { $0["tie"] as? String == "member" }
                #expect(members.count == 12)
            }
            try await client.execute(uri: "/v1/map?on=2026-01-01&focus=Rusia", method: .get) { response in
                #expect(response.status == .badRequest)
                let message = try errorMessage(response)
                #expect(message.contains("Russia"))
            }
        }
    }

    @Test func theTimelineCoversEveryYearFrom1816() async throws {
        try await withServer { client in
            try await client.execute(uri: "/v1/timeline?focus=PRK", method: .get) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                #expect(body["first"] as? Int == 1816)
                let years = try #require(body["years"] as? [[String: Any]])
                #expect(years.count == (body["last"] as? Int ?? 0) - 1816 + 1)
                let treaties = try #require(body["treaties"] as? [[String: Any]])
                #expect(treaties.contains { $0["id"] as? String == "RUS-PRK-2024" })
            }
        }
    }

    @Test func researchRoutesNameTheBadParameter() async throws {
        try await withServer { client in
            for (uri, text) in [
                ("/v1/audit?on=2026-01-01", "give exactly one change"),
                ("/v1/audit?on=2026-01-01&remove=RUS-PRK-2024&deploy=USA:JPN", "give exactly one change"),
                ("/v1/audit?on=2026-01-01&remove=NO-SUCH-TREATY", "remove: no treaty NO-SUCH-TREATY"),
                ("/v1/audit?on=2026-01-01&accede=RUS", "accede 'RUS': expected A:B"),
                ("/v1/audit?on=2026-01-01&remove=RUS-PRK-2024&tolerance=99", "tolerance:"),
                ("/v1/audit?on=2026-01-01&remove=RUS-PRK-2024&runs=21", "runs:"),
                ("/v1/similarity?year=2010&state=USA", "state:"),
                ("/v1/similarity?year=2030&state=USA&state=RUS", "year:"),
                ("/v1/similarity?year=2010&state=USA&state=RUS&coding=fuzzy", "coding:"),
                ("/v1/backtest?policy=wild", "policy:"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let message = try errorMessage(response)
                    #expect(message.contains(text), "\(uri): \(message)")
                }
            }
            try await client.execute(uri: "/v1/audit?on=2026-01-01&add=nothing-stored", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func similarityAndTheBacktestMirrorTheirCommands() async throws {
        try await withServer { client in
            try await client.execute(uri: "/v1/similarity?year=2010&state=USA&state=UKG", method: .get) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                #expect((body["first"] as? [String: Any])?["ccode"] as? Int == 2)
                #expect((body["second"] as? [String: Any])?["ccode"] as? Int == 200)
                #expect((body["measures"] as? [[String: Any]])?.count == 9)
            }
            try await client.execute(uri: "/v1/backtest?policy=strict&honour=automatic", method: .get) { response in
                #expect(response.status == .ok)
                let summaries = try #require(try json(response) as? [[String: Any]])
                #expect(summaries.count == 1)
                #expect(summaries.first?["policy"] as? String == "strict")
                // The COW Inter-State War data v4.0 lists 95 wars (1816-2007).
                #expect(summaries.first?["wars"] as? Int == 95)
            }
        }
    }

    @Test func anAuditOfRemovingTheRussiaDPRKTreaty() async throws {
        try await withServer { client in
            try await client.execute(uri: "/v1/audit?on=2026-01-01&remove=RUS-PRK-2024", method: .get) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                #expect(body["change"] as? String == "remove RUS-PRK-2024")
                #expect(body["date"] as? String == "2026-01-01")
                // Without the treaty the DPRK loses Russia's defence duty (Art. 4): a loser under every reading.
                let readings = try #require(body["readings"] as? [[String: Any]])
                #expect(readings.count == 4)
                for reading in readings {
                    let losers = (reading["losers"] as? [[String: Any]] ?? []).compactMap {
                        ($0["state"] as? [String: Any])?["abbreviation"] as? String
                    }
                    #expect(losers.contains("PRK"), "\(reading["reading"] ?? "")")
                }
            }
        }
    }
}
