import FoedusTestSupport
import Foundation
import Testing

/// The text report in plain words (issue #13 §1.4): conflicts as sentences naming the states, the treaty and the
/// article, not the JSON's kind tags (which `--json` keeps).
@Suite struct ReadableReportTests {
    let cli = CLITests()

    @Test func conflictsAreSentences() async throws {
        let run = try await cli.foedus(["scenario", "--on", "2024-06-18", "--attack", "USA:PRK"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "Conflicts and violations:"))
        #expect(
            Array(lines[(start + 1)...(start + 2)]) == [
                "  United States of America breaks its pledge to North Korea under TAC-1976 Art. 13 "
                    + "[ASEAN Treaty of Amity and Cooperation (TAC, 1976)]",
                "  parties to TAC-1976 [ASEAN Treaty of Amity and Cooperation (TAC, 1976)] fight on both sides: "
                    + "United States of America (attacking) against Cuba, China, North Korea",
            ])
        for tag in ["aggressorBreaksPledge", "treatyMembersOnBothSides"] { #expect(!run.stdout.contains(tag)) }
        let json = try await cli.foedus(["scenario", "--on", "2024-06-18", "--attack", "USA:PRK", "--json"])
        #expect(json.stdout.contains("\"kind\" : \"aggressorBreaksPledge\""))
    }

    @Test func anATOPAllianceCodedByACuratedTreatyPointsToIt() async throws {
        let run = try await cli.foedus(["treaty", "ATOP-3180"])
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "error: ATOP-3180 is replaced from 1949-04-04 by the curated NATO-1949, which codes the same "
                + "alliance (ATOP 3180) from its text; each alliance counts once. See: foedus treaty NATO-1949\n")
        let unknown = try await cli.foedus(["treaty", "ATOP-99999"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: unknown treaty 'ATOP-99999'"))
    }

    /// Issue #13 §1.5: 51 near-identical TAC entries were 200 of 236 lines.
    @Test func identicalDutiesAreOneEntryUnlessDetailsAreAsked() async throws {
        let arguments = ["obligations", "--on", "2024-09-01", "--attack", "USA:PRK"]
        let summary = try await cli.foedus(arguments)
        #expect(summary.status == 0, "\(summary.stderr)")
        let lines = summary.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "  50 parties of TAC-1976 owe North Korea (731) nonParticipation against United States of America "
                    + "— binding: Canada, Cuba, Panama, Colombia, Peru, Brazil and 44 more"))
        #expect(lines.contains("  (55 duties in 6 entries: identical duties grouped; --details lists each)"))
        let details = try await cli.foedus(arguments + ["--details"])
        let owes = details.stdout.split(separator: "\n").filter { $0.contains(" owes ") }
        #expect(owes.count == 55)
        let json = try await cli.foedus(arguments + ["--json"])
        #expect((try json.json()["obligations"] as? [Any])?.count == 55)
    }

    /// Issue #13 §1.3: the explanation leads with the duty that brought the state in, its quote and its step.
    @Test func explainLeadsWithTheDutyThatBroughtTheStateIn() async throws {
        let run = try await cli.foedus(["scenario", "--on", "2026-01-01", "--attack", "USA:PRK", "--explain", "RUS"])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let why = try #require(lines.firstIndex(of: "Why (not) Russia (365):"))
        let first = lines[why + 1]
        #expect(
            first.hasPrefix(
                "  - in on the defenders' side by its defense duty to North Korea against United States of America "
                    + "under RUS-PRK-2024 Art. 4 — \"In case any one of the two sides is put in a state of war"),
            "\(first)")
        #expect(first.hasSuffix("(step 4 of the cascade, answering United States of America → North Korea)"))
    }

    /// Issue #13 §1.5: one Rio clause was repeated three times per state for 32 states on 400-character lines.
    @Test func statesStayingOutWithTheSameDutiesAreOneLine() async throws {
        let arguments = ["scenario", "--on", "2026-01-01", "--attack", "CHN:JPN@SENKAKU", "--policy", "chain"]
        let summary = try await cli.foedus(arguments)
        #expect(summary.status == 0, "\(summary.stderr)")
        let lines = summary.stdout.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "Bound but staying out:"))
        #expect(
            lines[start + 1]
                == "  30 states (Bahamas, Haiti, Dominican Republic, Jamaica, Trinidad and Tobago, Barbados and 24 more): "
                + "ATOP-3150 Art. ATOP DEFENSE (phase 0) to United States of America against North Korea, Cuba, Russia: "
                + "uncertain, uncertain duties not included (--include-uncertain)")
        let details = try await cli.foedus(arguments + ["--details"])
        let each = details.stdout.split(separator: "\n").filter { $0.hasSuffix("(--include-uncertain)") }
        // 30, not 32: Venezuela (2019) and Nicaragua (2023) left the OAS Charter (Data/history/atop-member-exits.csv).
        #expect(each.count == 30)
    }
}
