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

    /// A 1906 dispute to fit on, the 1914 one to validate on, the 1950 one the test period.
    static let withEarlier =
        """
        dispnum,ccode,styear,stmon,stday,dummy_stday,sidea,orig
        3,300,1906,3,1,1,1,1
        3,345,1906,3,1,1,0,1
        3,365,1906,3,4,4,0,0

        """ + participants.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")

    @Test func aValidationRunNeverReadsTheTestPeriod() async throws {
        // The test dispute changed: another joiner (Canada, 20) on side A, and a second test dispute.
        let changed =
            Self.withEarlier.replacingOccurrences(of: "2,2,1950,6,27,27,0,0\n", with: "2,2,1950,6,27,27,1,0\n")
            + "2,20,1950,7,1,1,1,0\n4,710,1960,1,1,1,1,1\n4,713,1960,1,1,1,0,1\n"
        #expect(changed != Self.withEarlier)
        for format in [[], ["--json"], ["--details"], ["--json", "--details"]] {
            let arguments = ["backtest", "--disputes", "p.csv", "--runs", "20", "--validate-from", "1910"] + format
            let first = try await run(arguments, files: ["p.csv": Self.withEarlier])
            #expect(first.status == 0, "\(format): \(first.stderr)")
            let second = try await run(arguments, files: ["p.csv": changed])
            #expect(second.stdout == first.stdout, "\(format)")
            if format.isEmpty {
                #expect(
                    first.stdout.contains(
                        "training < 1910, validation 1910–1945; the test period (> 1945) is not read."))
                #expect(first.stdout.contains("\nvalidation  1           "))
                #expect(!first.stdout.contains("\ntest "))
                #expect(!first.stdout.contains("MID 2"))
            }
        }
        let json = try await run(
            ["backtest", "--disputes", "p.csv", "--runs", "20", "--validate-from", "1910", "--json"],
            files: ["p.csv": Self.withEarlier]
        ).json()
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["period"] as? String == "validation")
        #expect(summary["disputes"] as? Int == 1)
        #expect((json["priors"] as? [String: Any])?["fitUntil"] as? Int == 1909)
        let predictions = try #require(json["predictions"] as? [[String: Any]])
        #expect(Set(predictions.compactMap { $0["dispute"] as? Int }) == [1, 3])
    }

    @Test func aBadValidationYearIsNamed() async throws {
        let files = ["p.csv": Self.withEarlier]
        let late = try await run(["backtest", "--disputes", "p.csv", "--validate-from", "1945"], files: files)
        #expect(late.status == 64)
        #expect(
            late.stderr.contains(
                "--validate-from must be a year before --fit-until (1945): the validation years are YEAR through --fit-until"
            ))
        let early = try await run(["backtest", "--disputes", "p.csv", "--validate-from", "1906"], files: files)
        #expect(early.status == 64)
        #expect(
            early.stderr.contains(
                "--validate-from 1906: no dispute in p.csv began before 1906 (the first began in 1906), so there is "
                    + "nothing to fit on"))
        let empty = try await run(
            ["backtest", "--disputes", "p.csv", "--validate-from", "1920", "--fit-until", "1930"], files: files)
        #expect(empty.status == 64)
        #expect(
            empty.stderr.contains(
                "--validate-from 1920: no dispute in p.csv began in 1920–1930, so there is nothing to validate on"))
        let alone = try await run(["backtest", "--validate-from", "1920"], files: files)
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--validate-from needs --disputes FILE"))
    }

    @Test func detailsDecomposeTheExcessError() async throws {
        let text = try await run(["backtest", "--disputes", "p.csv", "--runs", "20", "--details"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Excess squared error over the base rate, test period"))
        let json = try await run(["backtest", "--disputes", "p.csv", "--runs", "20", "--details", "--json"]).json()
        let d = try #require(json["decomposition"] as? [String: Any])
        #expect(d["period"] as? String == "test")
        let total = try #require(d["total"] as? [String: Any])
        // The test period: one dispute, every other state two events; the United States joined.
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(total["events"] as? Int == 2 * (summary["n"] as? Int ?? 0))
        #expect(total["joiners"] as? Int == 1)
        let plain = try await run(["backtest", "--disputes", "p.csv", "--runs", "20", "--json"]).json()
        #expect(plain["decomposition"] == nil)
    }
}
