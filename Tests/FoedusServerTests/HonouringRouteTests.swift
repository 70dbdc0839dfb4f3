import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
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

/// `GET /v1/backtest/honouring`: the honouring test on the bundled COW wars, as `foedus backtest --honouring
/// --json` (issue #14 §1: both tests run from the CLI and the API).
@Suite struct HonouringRouteTests {
    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = try buildRouter(
            configuration: .underTest(), store: try SQLiteStore(),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    /// What the CLI's `backtest --honouring --json [--details]` encodes.
    static func cliReport(details: Bool) throws -> HonouringJSON {
        let wars = try WarLoader.wars(BundledData.interstateWars)
        let report = try HonouringTest(world: Fixtures.world, wars: wars).run()
        return HonouringJSON(report, wars: wars.count, world: Fixtures.world, details: details)
    }

    @Test func theRouteAnswersTheCLIsReport() async throws {
        let summary = try Self.cliReport(details: false)
        let detailed = try Self.cliReport(details: true)
        try await withServer { client in
            try await client.execute(uri: "/v1/backtest/honouring", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == JSONBody.data(summary))
                let decoded = try JSONDecoder().decode(HonouringJSON.self, from: Data(response.body.readableBytesView))
                #expect(decoded.duties == nil)
                // The figures docs/backtest.md reports: 1,044 of 1,373 binding duties honoured over the 95 wars.
                let all = try #require(decoded.rows.first { $0.dimension == "all" })
                #expect(decoded.wars == 95)
                #expect(all.binding.honoured == 1_044)
                #expect(all.binding.honoured + all.binding.notHonoured == 1_373)
            }
            try await client.execute(uri: "/v1/backtest/honouring?details=true", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == JSONBody.data(detailed))
                #expect((detailed.duties ?? []).contains { $0.verdict == "honoured" && $0.treaty == "LONDON-1839" })
            }
        }
    }

    @Test func aBadParameterIsA400NamingIt() async throws {
        try await withServer { client in
            try await client.execute(uri: "/v1/backtest/honouring?details=perhaps", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("details"))
            }
        }
    }
}
