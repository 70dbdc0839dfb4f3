import Foundation
import Testing

/// `foedus security`: nuclear-armed status beside the index, and a user's capability table.
@Suite struct SecurityCLITests {
    let cli = CLITests()

    @Test func nuclearArmedStatusFollowsTheTableDates() async throws {
        let run = try await cli.foedus(["security", "--on", "2026-01-01", "RUS", "ISR", "CAN", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try run.json()["states"] as? [[String: Any]])
        let byCode = Dictionary(
            uniqueKeysWithValues: rows.map { (($0["state"] as? [String: Any])?["ccode"] as? Int ?? -1, $0) })
        let russia = try #require(byCode[365]?["nuclearArmed"] as? [String: Any])
        #expect(russia["from"] as? String == "1949-08-29")
        #expect(russia["verified"] as? Bool == true)
        let israel = try #require(byCode[666]?["nuclearArmed"] as? [String: Any])
        #expect(israel["verified"] as? Bool == false)
        #expect(byCode[20] != nil && byCode[20]?["nuclearArmed"] == nil)
        // The day before the first Soviet test, and South Africa after dismantling.
        let before = try await cli.foedus(["security", "--on", "1949-08-28", "RUS", "--json"])
        let row = try #require((try before.json()["states"] as? [[String: Any]])?.first)
        #expect(row["nuclearArmed"] == nil)
        let text = try await cli.foedus(["security", "--on", "1995-01-01", "SAF", "PAK", "IND"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("South Africa (560)") && !$0.contains("yes") })
        #expect(lines.contains { $0.hasPrefix("Pakistan (770)") && !$0.contains("yes") })
        #expect(lines.contains { $0.hasPrefix("India (750)") && $0.contains(" yes ") })
    }

    @Test func userCapabilityTableReplacesCINC() async throws {
        // Only the United States (0.3) and Canada (0.1) have a capability. The only relevant attacker of
        // Canada with one is the United States, and no one with capability is bound to defend Canada
        // against it, so Canada's share is 0.1 / (0.1 + 0.3) = 0.25 under every policy.
        let table = "ccode,year,cinc\n2,2020,0.3\n20,2020,0.1\n"
        let run = try await cli.foedus(
            ["security", "--on", "2026-01-01", "CAN", "--capabilities", "c.csv", "--json"], files: ["c.csv": table])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        let row = try #require((json["states"] as? [[String: Any]])?.first)
        let share = try #require(row["share"] as? [String: Any])
        for policy in ["strict", "treaty", "chain"] {
            #expect(abs((share[policy] as? Double ?? -1) - 0.25) < 1e-12, "\(policy)")
        }
        let assumptions = try #require(json["assumptions"] as? [String])
        #expect(assumptions.contains("capabilities from c.csv (user table, years 2020–2020)"))
        #expect(assumptions.contains("capabilities (CINC) from 2020, carried forward to 2026"))
    }

    @Test func malformedCapabilityTableNamesLineAndField() async throws {
        let bad = try await cli.foedus(
            ["security", "--on", "2026-01-01", "CAN", "--capabilities", "c.csv"],
            files: ["c.csv": "ccode,year,cinc\n2,2020,0.3\n20,2020,lots\n"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("c.csv:3"))
        #expect(bad.stderr.contains("cinc"))
        let unknown = try await cli.foedus(
            ["audit", "--on", "2026-01-01", "--remove", "NATO-1949", "--capabilities", "c.csv"],
            files: ["c.csv": "ccode,year,cinc\n9999,2020,0.3\n"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("c.csv:2") && unknown.stderr.contains("unknown COW state '9999'"))
        let missing = try await cli.foedus(["security", "--capabilities", "nope.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.csv"))
    }
}
