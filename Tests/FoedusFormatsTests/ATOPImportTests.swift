import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

@Suite struct ATOPImportTests {
    static let atop: [Treaty] = {
        do {
            return try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers, states: Fixtures.states)
        } catch {
            fatalError("\(error)")
        }
    }()

    @Test func everyAllianceBecomesATreaty() {
        // 789 alliances; one (ATOP 1320, France–Annam) has a member outside the COW system but France stays.
        #expect(Self.atop.count == 789)
        #expect(
            Self.atop.allSatisfy {
                $0.origin == "ATOP 5.1" && $0.provisions.allSatisfy { !$0.verified && $0.quote == nil }
            })
    }

    @Test func theDualAllianceIsLimitedToRussia() throws {
        // ATOP 1335: defence conditional on an adversary (DEFCOADV), the alliance naming Russia (STATTHR1 = 365).
        let dual = try #require(Self.atop.first { $0.atopid == 1335 })
        let defence = dual.provisions.filter { $0.kind == .defense }
        #expect(!defence.isEmpty)
        #expect(defence.allSatisfy { $0.conditions.adversary == .states([365]) && $0.strength == .discretionary })
        #expect(dual.signed.description == "1879-10-07")
    }

    @Test func linkedAlliancesCountOnceWithTheCuratedCodingWinning() throws {
        let world = Fixtures.world
        // NATO is curated (atopid 3180): ATOP 3180 would only count before the curated signature, so it is gone.
        #expect(world.treaty(id: "ATOP-3180") == nil)
        #expect(world.treaty(id: "NATO-1949")?.atopid == 3180)
        // The EU clause (curated from the Lisbon signature, 2007-12-13) leaves ATOP 4175 its earlier years.
        let eu = try #require(world.treaty(id: "ATOP-4175"))
        #expect(eu.terminated?.description == "2007-12-12")
        // An alliance nothing curated links to is there, carried past ATOP's coverage when still in effect.
        let cubaDPRK = try #require(world.treaty(id: "ATOP-3975"))
        #expect(cubaDPRK.terminated == nil)
        #expect(Set(cubaDPRK.parties.map(\.ccode)) == [40, 731])
    }

    @Test func theDifferencesReportIsCurrent() throws {
        let curated = Fixtures.world.treaties.filter { $0.origin != "ATOP 5.1" }
        let report = ATOPDifferences.report(curated: curated, atop: Self.atop, states: Fixtures.states)
        let path = Fixtures.repositoryRoot + "/docs/atop-differences.md"
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk == report + "\n", "run: foedus report atop-differences > docs/atop-differences.md")
        #expect(report.contains("## CIS-CHARTER-1993 ↔ ATOP 4400"))
        #expect(report.contains("- defense: coded by ATOP, not coded in the curated treaty"))
    }
}

/// Issue #13 §2.2: alliances carried past ATOP's coverage end on a sourced day when the list gives one.
@Suite struct ATOPTerminationTests {
    @Test func theBundledListEndsTheRussiaUkraineTreatyOfNineteenNinetySeven() throws {
        let list = try ATOPTreatyImporter.terminations(BundledData.atopTerminations)
        #expect(list[4875]?.lastDay == Fixtures.day("2019-03-31"))
        let treaty = try #require(Fixtures.world.treaty(id: "ATOP-4875"))
        #expect(treaty.terminated == PartialDate(Fixtures.day("2019-03-31")))
        #expect(treaty.dateNote?.contains("ended after it: last day in force 2019-03-31") == true)
    }

    @Test func aBadRowIsNamedWithItsLine() {
        #expect(
            throws: Diagnostic(
                file: "atop-terminations.csv", line: 2, field: "last_day", message: "expected a day after 2018-12-31")
        ) {
            try ATOPTreatyImporter.terminations("atopid,last_day,source,note\n4875,2018-06-01,https://x,n\n")
        }
        #expect(
            throws: Diagnostic(
                file: "atop-terminations.csv", line: 2, field: "source", message: "a termination needs a source")
        ) {
            try ATOPTreatyImporter.terminations("atopid,last_day,source,note\n4875,2019-03-31,,n\n")
        }
    }
}
