import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// Issue #13 §2.2: a state acceding, after ATOP's coverage, to a multilateral alliance carried past it becomes a
/// party from its first day and takes on the obligations every member owes.
@Suite struct ATOPMemberJoinTests {
    private let header = "atopid,ccode,first_day,source,quote,note\n"

    @Test func guyanaJoinsTheRegionalSecuritySystemOnTheDayOfItsAccession() throws {
        let joins = try ATOPTreatyImporter.memberJoins(BundledData.atopMemberJoins)
        #expect(joins[4778]?[110]?.firstDay == Fixtures.day("2022-12-06"))
        let rss = try #require(Fixtures.world.treaty(id: "ATOP-4778"))
        #expect(rss.terminated == nil)
        let guyana = try #require(rss.parties.first { $0.ccode == 110 })
        #expect(guyana.joined == PartialDate(Fixtures.day("2022-12-06")))
        #expect(guyana.left == nil)
        #expect(guyana.note?.contains("atop-member-joins.csv") == true)
        #expect(guyana.member(on: Fixtures.day("2022-12-05"), treaty: rss) == .no)
        #expect(guyana.member(on: Fixtures.day("2022-12-06"), treaty: rss) == .yes)
        let barbados = try #require(rss.parties.first { $0.ccode == 53 })
        #expect(barbados.joined == PartialDate(iso: "1996-03-05"))
        let defence = try #require(rss.provisions.first { $0.kind == .defense })
        #expect(defence.obligors == [53, 54, 55, 56, 57, 58, 60, 110])
        let consultation = try #require(rss.provisions.first { $0.kind == .consultation })
        #expect(consultation.obligors?.contains(110) == true)
    }

    @Test func aBadRowIsNamedWithItsFileLineAndField() {
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "first_day", message: "expected a day after 2018-12-31")
        ) { try ATOPTreatyImporter.memberJoins(header + "4778,110,2018-12-06,https://x,q,n\n") }
        #expect(
            throws: Diagnostic(file: "atop-member-joins.csv", line: 2, field: "ccode", message: "not a COW number")
        ) { try ATOPTreatyImporter.memberJoins(header + "4778,Guyana,2022-12-06,https://x,q,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "source", message: "a member join needs a source")
        ) { try ATOPTreatyImporter.memberJoins(header + "4778,110,2022-12-06,,q,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "quote",
                message: "a member join needs the source's words")
        ) { try ATOPTreatyImporter.memberJoins(header + "4778,110,2022-12-06,https://x,,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 3, field: "ccode", message: "COW 110 already joins ATOP 4778")
        ) {
            try ATOPTreatyImporter.memberJoins(
                header + "4778,110,2022-12-06,https://x,q,n\n4778,110,2023-01-01,https://x,q,n\n")
        }
    }

    @Test func aJoinOfAnEndedAllianceOrOfAMemberAlreadyInIsRejected() throws {
        func load(_ row: String) throws {
            _ = try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers,
                joins: try ATOPTreatyImporter.memberJoins(header + row), states: Fixtures.states)
        }
        // The Dual Alliance (1335) ended in 1918.
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "atopid",
                message: "ATOP 1335 is not an alliance in effect at the end of ATOP's coverage (2018-12-31)")
        ) { try load("1335,110,2022-12-06,https://x,q,n\n") }
        // Barbados (53) is an RSS member in ATOP.
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "ccode",
                message: "COW 53 is already a member of ATOP 4778 at the end of ATOP's coverage")
        ) { try load("4778,53,2022-12-06,https://x,q,n\n") }
        #expect(
            throws: Diagnostic(
                file: "atop-member-joins.csv", line: 2, field: "ccode", message: "COW 9999 is not a state")
        ) { try load("4778,9999,2022-12-06,https://x,q,n\n") }
    }
}
