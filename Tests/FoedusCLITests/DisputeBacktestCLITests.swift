import FoedusTestSupport
import Foundation
import Testing

/// `foedus backtest --disputes`: the JSON contract, the plot, and errors naming the file and line.
@Suite struct DisputeBacktestCLITests {
    /// Two disputes of the bundled world: 1914 (Austria-Hungary attacks Serbia; Russia joins B, Germany A) for
    /// training, 1950 (North Korea attacks South Korea; the United States joins B) for the test.
    static let participants = """
        dispnum,ccode,styear,stmon,stday,dummy_stday,sidea,orig
        1,300,1914,7,28,28,1,1
        1,345,1914,7,28,28,0,1
        1,365,1914,7,30,30,0,0
        1,255,1914,8,1,1,1,0
        2,731,1950,6,25,25,1,1
        2,732,1950,6,25,25,0,1
        2,2,1950,6,27,27,0,0

        """

    func run(_ arguments: [String], files: [String: String] = ["p.csv": participants]) async throws -> CLITests.Run {
        try await offThePool { try CLITests.run(arguments, today: "2026-01-01", files: files) }
    }

    @Test func theJSONFollowsTheContractAndIsDeterministic() async throws {
        let arguments = ["backtest", "--disputes", "p.csv", "--runs", "50", "--seed", "3", "--json"]
        let first = try await run(arguments)
        #expect(first.status == 0)
        let json = try first.json()
        let predictions = try #require(json["predictions"] as? [[String: Any]])
        let usa = try #require(predictions.first { $0["dispute"] as? Int == 2 && $0["ccode"] as? Int == 2 })
        #expect(usa["joined"] as? String == "B")
        #expect(
            predictions.allSatisfy { Set($0.keys).isSubset(of: ["dispute", "ccode", "pSideA", "pSideB", "joined"]) })
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["period"] as? String == "test")
        #expect(summary["disputes"] as? Int == 1)
        #expect(summary["joiners"] as? Int == 1)
        #expect((summary["reliability"] as? [Any])?.count == 10)
        for key in ["n", "brier", "logLoss", "brierSkillVsBaseRate", "brierSkillVsNaive"] {
            #expect(summary[key] != nil, "summary.\(key)")
        }
        let again = try await run(arguments + ["--threads", "1"])
        #expect(again.stdout == first.stdout)
    }

    @Test func thePlotIsWritten() async throws {
        let dir = try FolderSnapshot.makeFolder("dispute-plot")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let svg = dir + "/plot.svg"
        let text = try await run(["backtest", "--disputes", "p.csv", "--runs", "20", "--plot", svg])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Joiner forecasts: 2 disputes run"))
        let written = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(written.hasPrefix("<svg"))
    }

    @Test func badInputNamesTheFileAndLine() async throws {
        let missing = try await run(
            ["backtest", "--disputes", "p.csv"],
            files: ["p.csv": Self.participants.replacingOccurrences(of: ",orig\n", with: ",origin\n")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("p.csv:1: orig: missing column"))
        let bad = try await run(
            ["backtest", "--disputes", "p.csv"],
            files: ["p.csv": Self.participants.replacingOccurrences(of: "1,365,1914,7,30", with: "1,365,1914,7,32")])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("p.csv:4: stday: impossible start date 1914-7-32"))
        let flag = try await run(["backtest", "--runs", "10"])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("--runs needs --disputes FILE"))
    }
}
