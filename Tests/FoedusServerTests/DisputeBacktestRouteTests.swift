import FoedusAnalysis
import FoedusApp
import FoedusCore
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

/// `GET /v1/backtest/disputes`: the joiner forecasts on the bundled MID disputes, as the CLI's `--json`
/// (issue #14 §2), its parameters checked, its results kept per parameter set.
@Suite struct DisputeBacktestRouteTests {
    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = try buildRouter(
            configuration: .underTest(), store: try SQLiteStore(),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    /// What `foedus backtest --disputes Data/history/mid/gml-mid-participants-1816-1991.csv --runs 2 --seed 7
    /// --json` computes (the CLI reads the same file from disk).
    static func cliReport(runs: Int, seed: UInt64) throws -> DisputeForecastJSON {
        let options = JoinerForecast.Options(
            runs: runs, seed: seed, policy: .treaty, fitUntil: 1945, threads: 2)
        let report = JoinerForecastReport(
            world: Fixtures.world, disputes: try History.disputes(), options: options,
            relevance: try History.relevance())
        return DisputeForecastJSON(report, world: Fixtures.world)
    }

    @Test func theBundledDisputesAreTheFileInTheRepository() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(History.disputesFile)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(try MIDLoader.disputes(text, file: "f.csv") == History.disputes())
        // GML MID 2.2.1, disputes that began in 1816–1991 (Data/history/mid/README.md).
        #expect(try History.disputes().count == 1_643)
    }

    @Test func theRouteAnswersTheCLIsReportWithoutPredictionsUnlessAsked() async throws {
        let full = try Self.cliReport(runs: 2, seed: 7)
        let all = try #require(full.predictions)
        var summaryOnly = full
        summaryOnly.predictions = nil
        let expected = summaryOnly
        try await withServer { client in
            try await client.execute(uri: "/v1/backtest/disputes?runs=2&seed=7", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == JSONBody.data(expected))
            }
            for (listing, training) in [("training", true), ("test", false)] {
                try await client.execute(
                    uri: "/v1/backtest/disputes?runs=2&seed=7&fitUntil=1945&policy=treaty&predictions=\(listing)",
                    method: .get
                ) { response in
                    #expect(response.status == .ok)
                    let body = try #require(
                        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                    let rows = try #require(body["predictions"] as? [[String: Any]])
                    let summary = try #require(body[training ? "training" : "summary"] as? [String: Any])
                    #expect(rows.count == summary["n"] as? Int)
                }
            }
            try await client.execute(uri: "/v1/backtest/disputes?runs=2&seed=7&predictions=all", method: .get) {
                response in
                #expect(Data(response.body.readableBytesView) == JSONBody.data(full))
            }
        }
        // The figures `foedus backtest --disputes Data/history/mid/gml-mid-participants-1816-1991.csv --runs 2
        // --seed 7 --json` prints (debug build, 2026-12-06, default model collective: the forces rule drawn, each
        // treaty's rate shared among its other parties, the context floor).
        #expect(expected.training.disputes == 648 && expected.training.n == 29_400 && expected.training.joiners == 223)
        #expect(expected.summary.disputes == 983 && expected.summary.n == 126_808 && expected.summary.joiners == 228)
        #expect(expected.training.brier == 0.0038124839409397412)
        #expect(expected.training.logLoss == 0.021768043174921214)
        #expect(expected.summary.brier == 0.0012575198232734261)
        #expect(expected.summary.logLoss == 0.007886380286306003)
        #expect(expected.summary.brierSkillVsBaseRate == -0.3871317924674271)
        #expect(expected.summary.brierSkillVsNaive == -0.31342622112622776)
        #expect(expected.priors.trainingDisputes == 648 && expected.skipped.count == 12)
        #expect(expected.priors.automatic.cases == 54 && expected.priors.automatic.honoured == 2)
        #expect(expected.priors.discretionary.cases == 91 && expected.priors.discretionary.honoured == 10)
        #expect(expected.priors.multilateral.discretionary.cases == 23 && expected.priors.forces.cases == 0)
        // Each duty of a treaty with n parties weighs 1/(n − 1): 91 discretionary duties, 78.75 treaties' worth.
        #expect(expected.priors.shared.discretionary.exposure == 78.75)
        #expect(expected.priors.shared.automatic.exposure == 53 && expected.priors.shared.automatic.honoured == 2)
        #expect(expected.model == "collective" && expected.context?.count == 8)
        #expect(all.count == expected.summary.n + expected.training.n)
    }

    @Test func badParametersAreNamed() async throws {
        try await withServer { client in
            for (query, name) in [
                ("runs=0", "runs:"), ("runs=1001", "runs:"), ("runs=abc", "runs:"), ("seed=-1", "seed:"),
                ("seed=2147483648", "seed:"), ("fitUntil=1815", "fitUntil:"), ("fitUntil=1991", "fitUntil:"),
                ("fitUntil=x", "fitUntil:"), ("policy=wild", "policy:"), ("predictions=some", "predictions:"),
                ("model=context", "model:"), ("validateFrom=abc", "validateFrom:"), ("details=maybe", "details:"),
            ] {
                try await client.execute(uri: "/v1/backtest/disputes?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    let message = ((body as? [String: Any])?["error"] as? [String: Any])?["message"] as? String
                    #expect(message?.hasPrefix(name) == true, "\(query): \(message ?? "")")
                }
            }
        }
    }

    /// A result to keep (a report on no disputes: computed at once).
    static func result() -> DisputeBacktests.Result {
        let report = JoinerForecastReport(world: Fixtures.world, disputes: [], options: .init(runs: 1))
        return DisputeBacktests.Result(report: DisputeForecastJSON(report, world: Fixtures.world), trainingDisputes: [])
    }

    @Test func resultsAreKeptPerParameterSetAndComputedOnce() async throws {
        let cache = DisputeBacktests(capacity: 2)
        let dummy = Self.result()
        let options = (1...3).map { DisputeBacktests.Key(JoinerForecast.Options(runs: $0)) }
        // Two requests at once for one parameter set: one computation.
        async let first = cache.result(for: options[0]) {
            try await Task.sleep(for: .milliseconds(200))
            return dummy
        }
        async let second = cache.result(for: options[0]) { dummy }
        _ = try await (first, second)
        #expect(await cache.computations == 1)
        _ = try await cache.result(for: options[1]) { dummy }
        _ = try await cache.result(for: options[0]) { dummy }
        #expect(await cache.computations == 2)
        // A third set pushes out the least recently used (options[1]).
        _ = try await cache.result(for: options[2]) { dummy }
        _ = try await cache.result(for: options[0]) { dummy }
        #expect(await cache.computations == 3)
        _ = try await cache.result(for: options[1]) { dummy }
        #expect(await cache.computations == 4)
        // A failure is not kept.
        await #expect(throws: APIError.self) {
            try await cache.result(for: .init(JoinerForecast.Options(runs: 9))) { throw APIError.badRequest("x") }
        }
        _ = try await cache.result(for: .init(JoinerForecast.Options(runs: 9))) { dummy }
        #expect(await cache.computations == 6)
        // The same options with details (the decomposition) are another set; so is another validation year.
        _ = try await cache.result(for: .init(options[1].options, details: true)) { dummy }
        #expect(await cache.computations == 7)
        _ = try await cache.result(for: .init(options[1].options, details: true)) { dummy }
        #expect(await cache.computations == 7)
        var validation = options[1].options
        validation.validateFrom = 1900
        _ = try await cache.result(for: .init(validation, details: true)) { dummy }
        #expect(await cache.computations == 8)
    }

    /// The report of a validation run on the bundled disputes, as `foedus backtest --disputes
    /// Data/history/mid/gml-mid-participants-1816-1991.csv --runs 2 --seed 7 --fit-until 1900 --validate-from 1880
    /// --json [--details]` computes it, and the disputes of its validation period.
    static func validationReport(details: Bool) throws -> (report: DisputeForecastJSON, validation: Set<Int>) {
        let options = JoinerForecast.Options(runs: 2, seed: 7, fitUntil: 1900, threads: 2, validateFrom: 1880)
        let report = JoinerForecastReport(
            world: Fixtures.world, disputes: try History.disputes(), options: options,
            relevance: try History.relevance(), details: details)
        return (
            DisputeForecastJSON(report, world: Fixtures.world),
            Set(report.cases.values.filter { !$0.training }.map(\.dispute))
        )
    }

    @Test func validateFromScoresTheValidationYearsAndListsThemAsTheTest() async throws {
        let (full, validation) = try Self.validationReport(details: false)
        var listed = full
        listed.predictions = full.predictions?.filter { validation.contains($0.dispute) }
        let expected = listed
        // The validation period is 1880–1900, fitted on 1816–1879; nothing after 1900 is run.
        #expect(full.summary.period == "validation" && full.priors.fitUntil == 1879)
        #expect(full.summary.disputes == validation.count && !validation.isEmpty)
        #expect(expected.predictions?.count == full.summary.n)
        #expect(full.decomposition == nil)
        let all = try #require(full.predictions)
        #expect(all.count == full.summary.n + full.training.n)
        try await withServer { client in
            try await client.execute(
                uri: "/v1/backtest/disputes?runs=2&seed=7&fitUntil=1900&validateFrom=1880&predictions=test",
                method: .get
            ) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == JSONBody.data(expected))
            }
        }
    }

    @Test func detailsAddTheDecomposition() async throws {
        var withDetails = try Self.validationReport(details: true).report
        withDetails.predictions = nil
        let expected = withDetails
        let decomposition = try #require(expected.decomposition)
        #expect(decomposition.period == "validation")
        #expect(decomposition.total.key == "all" && decomposition.total.events == 2 * expected.summary.n)
        #expect(decomposition.total.joiners == expected.summary.joiners)
        var without = expected
        without.decomposition = nil
        let plain = without
        try await withServer { client in
            let base = "/v1/backtest/disputes?runs=2&seed=7&fitUntil=1900&validateFrom=1880"
            try await client.execute(uri: base + "&details=true", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == JSONBody.data(expected))
            }
            for query in ["", "&details=false"] {
                try await client.execute(uri: base + query, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(Data(response.body.readableBytesView) == JSONBody.data(plain), "\(query)")
                    let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    #expect((body as? [String: Any])?["decomposition"] == nil)
                }
            }
        }
    }

    @Test func aValidationYearWithoutYearsToFitOrScoreIsA400NamingIt() async throws {
        let file = History.disputesFile
        try await withServer { client in
            for (query, message) in [
                (
                    "validateFrom=1945",
                    "validateFrom must be a year before fitUntil (1945): the validation years are validateFrom through "
                        + "fitUntil"
                ),
                (
                    "fitUntil=1900&validateFrom=1950",
                    "validateFrom must be a year before fitUntil (1900): the validation years are validateFrom through "
                        + "fitUntil"
                ),
                (
                    "validateFrom=1816",
                    "validateFrom 1816: no dispute in \(file) began before 1816 (the first began in 1816), so there is "
                        + "nothing to fit on"
                ),
                ("validateFrom=abc", "validateFrom: 'abc' is not a whole number"),
                ("details=maybe", "details: 'maybe' is not true or false"),
            ] {
                try await client.execute(uri: "/v1/backtest/disputes?runs=2&\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    let error = (body as? [String: Any])?["error"] as? [String: Any]
                    #expect(error?["message"] as? String == message, "\(query)")
                    #expect(error?["code"] as? String == "badRequest", "\(query)")
                }
            }
        }
    }
}
