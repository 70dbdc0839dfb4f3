import FoedusTestSupport
import Foundation
import Testing

/// `foedus backtest --honouring`: the JSON contract, determinism, and errors naming the flags.
@Suite struct HonouringBacktestCLITests {
    func run(_ arguments: [String]) async throws -> CLITests.Run {
        try await offThePool { try CLITests.run(arguments, today: "2026-01-01", files: [:]) }
    }

    @Test func theJSONFollowsTheContractAndIsDeterministic() async throws {
        let first = try await run(["backtest", "--honouring", "--json", "--details"])
        #expect(first.status == 0)
        let json = try first.json()
        #expect(json["leedsLongMitchell2000"] as? Double == 0.745)
        #expect(json["wars"] as? Int == 95)
        let rows = try #require(json["rows"] as? [[String: Any]])
        let all = try #require(rows.first { $0["dimension"] as? String == "all" })
        let binding = try #require(all["binding"] as? [String: Any])
        #expect(binding["honoured"] as? Int == 1044)
        #expect(binding["notHonoured"] as? Int == 329)
        let tied = try #require(json["recallTiedJoiners"] as? [String: Any])
        #expect(tied["hits"] as? Int == 18 && tied["joiners"] as? Int == 67)
        let everyone = try #require(json["recallAllJoiners"] as? [String: Any])
        #expect(everyone["hits"] as? Int == 18 && everyone["joiners"] as? Int == 102)
        let duties = try #require(json["duties"] as? [[String: Any]])
        let keys: Set<String> = [
            "war", "warName", "day", "obligor", "beneficiary", "adversary", "kind", "strength", "status", "treaty",
            "article", "curated", "multilateral", "verdict",
        ]
        #expect(duties.allSatisfy { Set($0.keys).isSubset(of: keys) })
        let again = try await run(["backtest", "--honouring", "--json", "--details"])
        #expect(again.stdout == first.stdout)
    }

    @Test func theTableNamesTheBenchmark() async throws {
        let text = try await run(["backtest", "--honouring"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("74.5% honoured, 1816–1944 (Leeds, Long & Mitchell 2000)"))
        #expect(text.stdout.contains("over all joiners: 18/102 (17.6%)"))
    }

    @Test func flagsThatDoNotGoTogetherAreNamed() async throws {
        let both = try await run(["backtest", "--honouring", "--disputes", "p.csv"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--honouring and --disputes are two back-tests: give one of them"))
        let runs = try await run(["backtest", "--honouring", "--runs", "10"])
        #expect(runs.status == 64)
        #expect(runs.stderr.contains("--runs needs --disputes FILE"))
    }
}
