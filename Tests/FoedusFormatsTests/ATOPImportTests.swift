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
                $0.isFromATOP && $0.provisions.allSatisfy { !$0.verified && $0.quote == nil }
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
        let curated = Fixtures.world.treaties.filter { !$0.isFromATOP }
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
        // The 2012 US–Afghanistan partnership ran "through 2024" (AP, 2012-05-01).
        #expect(list[6050]?.lastDay == Fixtures.day("2024-12-31"))
        #expect(Fixtures.world.treaty(id: "ATOP-6050")?.terminated == PartialDate(Fixtures.day("2024-12-31")))
    }

    /// ATOP 5.1 codes these French defence agreements as not ended; each was abrogated and replaced by a
    /// partnership treaty without an assistance clause (docs/history-sources.md).
    @Test func theFrenchDefenceAgreementsReplacedBeforeTwentyNineteenEnd() throws {
        let list = try ATOPTreatyImporter.terminations(BundledData.atopTerminations)
        let expected: [Int: String] = [
            3730: "2012-04-17", 3410: "2014-05-31", 3395: "2010-04-07", 3830: "2010-09-26",
        ]
        for (id, day) in expected {
            #expect(list[id]?.lastDay == Fixtures.day(day))
            #expect(list[id]?.kind == .replacedWithoutAssistance)
            let treaty = try #require(Fixtures.world.treaty(id: "ATOP-\(id)"))
            #expect(treaty.terminated == PartialDate(Fixtures.day(day)))
            #expect(
                treaty.dateNote?.contains(
                    "replaced by a treaty without an assistance clause before the end of its coverage: last day in force \(day)"
                ) == true)
        }
        #expect(list[4875]?.kind == .terminated)
    }

    @Test func aBadRowIsNamedWithItsLine() {
        let header = "atopid,last_day,kind,source,note\n"
        func diagnostic(_ field: String, _ message: String, line: Int = 2) -> Diagnostic {
            Diagnostic(file: "atop-terminations.csv", line: line, field: field, message: message)
        }
        #expect(throws: diagnostic("last_day", "expected YYYY-MM-DD")) {
            try ATOPTreatyImporter.terminations(header + "4875,2019-02-30,terminated,https://x,n\n")
        }
        #expect(throws: diagnostic("source", "a termination needs a source")) {
            try ATOPTreatyImporter.terminations(header + "4875,2019-03-31,terminated,,n\n")
        }
        #expect(throws: diagnostic("kind", "expected one of terminated, replaced-without-assistance")) {
            try ATOPTreatyImporter.terminations(header + "4875,2019-03-31,lapsed,https://x,n\n")
        }
        #expect(throws: diagnostic("atopid", "ATOP 4875 already has a last day (line 2)", line: 3)) {
            try ATOPTreatyImporter.terminations(
                header + "4875,2019-03-31,terminated,https://x,n\n4875,2019-04-01,terminated,https://y,n\n")
        }
    }

    /// The rows are checked against ATOP's alliance file on import: the alliance exists, ATOP codes it as not
    /// ended, and the last day is not before its start.
    @Test func aRowThatDoesNotFitTheAllianceIsNamedWithItsLine() throws {
        func importing(_ row: String) throws {
            _ = try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers,
                terminations: try ATOPTreatyImporter.terminations("atopid,last_day,kind,source,note\n" + row + "\n"),
                states: Fixtures.states)
        }
        #expect(
            throws: Diagnostic(
                file: "atop-terminations.csv", line: 2, field: "last_day",
                message: "1970-01-01 is before the alliance's start (1974-03-29)")
        ) { try importing("3730,1970-01-01,replaced-without-assistance,https://x,n") }
        #expect(
            throws: Diagnostic(
                file: "atop-terminations.csv", line: 2, field: "atopid", message: "no alliance 9999 in ATOP 5.1")
        ) { try importing("9999,2012-04-17,terminated,https://x,n") }
        // ATOP 1490 (Greek–Serbian alliance, 1913) ends in ATOP itself (1918-11-11).
        #expect(
            throws: Diagnostic(
                file: "atop-terminations.csv", line: 2, field: "atopid",
                message:
                    "ATOP 5.1 already ends alliance 1490 (1918-11-11); only an alliance it codes as not ended can get a last day here"
            )
        ) { try importing("1490,1917-01-01,terminated,https://x,n") }
        // A pre-2019 end is accepted when the alliance started before it.
        try importing("3730,2012-04-17,replaced-without-assistance,https://x,n")
    }
}

/// Issue #13 §2.4: an ATOP date in the Julian calendar is moved to its Gregorian day by a sourced list.
@Suite struct ATOPDateCorrectionTests {
    @Test func theGreekSerbianAllianceIsDatedInTheGregorianCalendar() throws {
        let list = try ATOPTreatyImporter.dateCorrections(BundledData.atopDateCorrections)
        let greekSerbian = try #require(list[1490]?.first)
        #expect(greekSerbian.atop == Fixtures.day("1913-05-19"))
        #expect(greekSerbian.corrected == Fixtures.day("1913-06-01"))
        let corrected = try ATOPTreatyImporter.treaties(
            alliances: BundledData.atopAlliances, members: BundledData.atopMembers, dates: list,
            states: Fixtures.states)
        let atop = try #require(corrected.first { $0.atopid == 1490 })
        #expect(atop.signed.description == "1913-06-01")
        #expect(atop.parties.allSatisfy { $0.joined?.description == "1913-06-01" })
        #expect(atop.dateNote?.contains("ATOP's 1913-05-19 is corrected to 1913-06-01") == true)
        // The curated file of the same alliance starts that day, so nothing of ATOP 1490 is left.
        #expect(Fixtures.world.treaty(id: "ATOP-1490") == nil)
        #expect(Fixtures.world.treaty(id: "GREEK-SERBIAN-1913")?.signed.description == "1913-06-01")
    }

    @Test func aBadRowIsNamedWithItsLine() {
        let header = "atopid,atop_date,corrected,source,note\n"
        #expect(
            throws: Diagnostic(
                file: "atop-date-corrections.csv", line: 2, field: "atop_date", message: "expected YYYY-MM-DD")
        ) {
            try ATOPTreatyImporter.dateCorrections(header + "1490,1913-05,1913-06-01,https://x,n\n")
        }
        #expect(
            throws: Diagnostic(
                file: "atop-date-corrections.csv", line: 2, field: "source", message: "a correction needs a source")
        ) {
            try ATOPTreatyImporter.dateCorrections(header + "1490,1913-05-19,1913-06-01,,n\n")
        }
        #expect(
            throws: Diagnostic(
                file: "atop-date-corrections.csv", line: 2, field: "corrected",
                message: "expected YYYY-MM-DD, not atop_date")
        ) {
            try ATOPTreatyImporter.dateCorrections(header + "1490,1913-05-19,1913-05-19,https://x,n\n")
        }
    }
}

/// Issue #13 §2.3: ATOP's member-level file gives each member its own obligations; where ATOP's coding of the
/// weaker party is itself too wide, a curated treaty codes the text.
@Suite struct ATOPAsymmetryTests {
    @Test func aMemberWithoutADefenceObligationIsNoDefenceObligor() throws {
        // ATOP 1400 (Anglo-Portuguese, 1899): the United Kingdom defense=1, Portugal defense=0.
        let portugal = try #require(ATOPImportTests.atop.first { $0.atopid == 1400 })
        let defence = portugal.provisions.filter { $0.kind == .defense }
        #expect(!defence.isEmpty && defence.allSatisfy { $0.obligors == [200] })
    }

    @Test func iraqAndEgyptOweFacilitiesNotWar() throws {
        for (id, weaker) in [("ANGLO-IRAQI-1930", 645), ("ANGLO-EGYPTIAN-1936", 651)] {
            let treaty = try #require(Fixtures.world.treaty(id: id))
            let entry = treaty.provisions.filter { $0.kind.decidesEntry }
            #expect(entry.count == 1 && entry.allSatisfy { $0.obligors == [200] && $0.beneficiaries == [weaker] })
        }
        #expect(Fixtures.world.treaty(id: "ATOP-2270") == nil && Fixtures.world.treaty(id: "ATOP-2385") == nil)
    }
}
