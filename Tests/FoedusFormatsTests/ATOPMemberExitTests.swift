import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// Issue #13 §2.2: one member leaving a multilateral alliance carried past ATOP's coverage ends that member's
/// party period only.
@Suite struct ATOPMemberExitTests {
    @Test func nigerLeavesTheECOWASDefenceProtocolAndTheOthersStay() throws {
        let exits = try ATOPTreatyImporter.memberExits(BundledData.atopMemberExits)
        #expect(exits[3895]?[436]?.lastDay == Fixtures.day("2025-01-28"))
        let ecowas = try #require(Fixtures.world.treaty(id: "ATOP-3895"))
        #expect(ecowas.terminated == nil)
        let niger = try #require(ecowas.parties.first { $0.ccode == 436 })
        #expect(niger.left == PartialDate(Fixtures.day("2025-01-28")))
        #expect(niger.note?.contains("atop-member-exits.csv") == true)
        #expect(ecowas.parties.first { $0.ccode == 452 }?.left == nil)  // Ghana stays
    }

    @Test func nicaraguaAndVenezuelaLeaveTheOASCharter() throws {
        let oas = try #require(Fixtures.world.treaty(id: "ATOP-3150"))
        #expect(oas.parties.first { $0.ccode == 93 }?.left == PartialDate(Fixtures.day("2023-11-18")))
        #expect(oas.parties.first { $0.ccode == 101 }?.left == PartialDate(Fixtures.day("2019-04-26")))
        #expect(oas.parties.first { $0.ccode == 70 }?.left == nil)
    }

    @Test func aBadRowIsNamedWithItsFileLineAndField() {
        let header = "atopid,ccode,last_day,source,quote,note\n"
        #expect(
            throws: Diagnostic(
                file: "atop-member-exits.csv", line: 2, field: "last_day", message: "expected a day after 2018-12-31")
        ) { try ATOPTreatyImporter.memberExits(header + "3895,436,2018-06-01,https://x,q,n\n") }
        #expect(
            throws: Diagnostic(file: "atop-member-exits.csv", line: 2, field: "ccode", message: "not a COW number")
        ) { try ATOPTreatyImporter.memberExits(header + "3895,Niger,2025-01-28,https://x,q,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-exits.csv", line: 2, field: "source", message: "a member exit needs a source")
        ) { try ATOPTreatyImporter.memberExits(header + "3895,436,2025-01-28,,q,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-exits.csv", line: 2, field: "quote",
                message: "a member exit needs the source's words")
        ) { try ATOPTreatyImporter.memberExits(header + "3895,436,2025-01-28,https://x,,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-exits.csv", line: 3, field: "ccode", message: "COW 436 already leaves ATOP 3895")
        ) {
            try ATOPTreatyImporter.memberExits(
                header + "3895,436,2025-01-28,https://x,q,n\n3895,436,2025-02-28,https://x,q,n\n")
        }
    }

    @Test func anExitNamingNoMemberInEffectAtATOPsEndIsRejected() throws {
        // Mali (432) is not a member of the ECOWAS defence protocol in ATOP (3895).
        let exits = try ATOPTreatyImporter.memberExits(
            "atopid,ccode,last_day,source,quote,note\n3895,432,2025-01-28,https://x,q,n\n")
        #expect(
            throws: Diagnostic(
                file: "atop-member-exits.csv", line: 2, field: "ccode",
                message:
                    "COW 432 is not a member of ATOP 3895 in effect at the end of ATOP's coverage (2018-12-31)")
        ) {
            try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers, exits: exits,
                states: Fixtures.states)
        }
    }
}
