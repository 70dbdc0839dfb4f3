import FoedusTestSupport
import Foundation
import Testing

/// Issue #13 §2.3: the text report names who owes what in an asymmetric treaty, and a cascade line names the
/// attack that triggered each entry.
@Suite struct HistoryReportTests {
    let cli = CLITests()

    /// "chain: Italy → Iraq" read as if Italy had attacked Iraq; each step now says whom the state joined or
    /// defended, against whom, under which treaty.
    @Test func aChainNamesTheDutyAndTheAttackOfEachStep() async throws {
        let run = try await cli.foedus(["scenario", "--on", "2026-01-01", "--attack", "PRK:ROK", "--policy", "chain"])
        #expect(run.status == 0, "\(run.stderr)")
        let chains = run.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("      chain: ") }
        #expect(!chains.isEmpty)
        let china = try #require(chains.first { $0.contains("China defends North Korea") })
        #expect(
            china.contains(
                "United States of America defends South Korea against North Korea (USA-KOR-1953 Art. III) → "
                    + "China defends North Korea against United States of America (CHN-PRK-1961 Art. II)"),
            "\(china)")
        #expect(chains.allSatisfy { $0.contains(" defends ") || $0.contains(" joins ") || $0.contains(" attack") })
    }

    /// Iraq owes the United Kingdom facilities, not war: `--explain IRQ` says so instead of nothing.
    @Test func aPartyThatOwesNoDefenceDutyIsToldWhoDoes() async throws {
        let run = try await cli.foedus(["scenario", "--on", "1939-09-03", "--attack", "GMY:UKG", "--explain", "IRQ"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("no defence or offence duty owed by Iraq (Art. 4 (1) binds only United Kingdom)"))
        #expect(!run.stdout.contains("Iraq (645): defense duty"))
    }
}
