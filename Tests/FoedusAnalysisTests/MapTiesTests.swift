import FoedusCore
import FoedusTestSupport
import Testing

@testable import FoedusAnalysis

/// The web map's colouring, against ties reasoned out from the treaties (not from the program's output).
@Suite struct MapTiesTests {
    let world = Fixtures.world

    func ties(on day: String, focus: MapTies.Focus?) -> [String: MapTies.Row] {
        let index = world.index(on: Fixtures.day(day))
        let rows = MapTies(index: index, focus: focus).rows
        return Dictionary(uniqueKeysWithValues: rows.map { (world.states[$0.state].abbreviation, $0) })
    }

    func state(_ name: String) throws -> StateID { try world.resolver.resolve(name, on: nil) }

    @Test func russiasTiesOnNewYear2026() throws {
        let rows = ties(on: "2026-01-01", focus: .state(try state("RUS")))
        #expect(rows["RUS"]?.tie == .focus)
        // Russia–DPRK treaty (in force 2024-12-04), Art. 4: mutual military assistance.
        #expect(rows["PRK"]?.tie == .defense)
        #expect(rows["PRK"]?.treaties.contains("RUS-PRK-2024") == true)
        // Belarus: the Collective Security Treaty and the 2024 security-guarantees treaty.
        #expect(rows["BLR"]?.tie == .defense)
        #expect(rows["BLR"]?.treaties.contains("RUS-BLR-SECGUAR-2024") == true)
        // No treaty binds Russia and Taiwan.
        #expect(rows["TAW"]?.tie == MapTies.Tie.none)
        #expect(rows["TAW"]?.treaties == [])
        // Every state in the system is listed once, by COW number.
        let codes = MapTies(index: world.index(on: Fixtures.day("2026-01-01")), focus: nil).rows.map {
            world.states[$0.state].ccode
        }
        #expect(codes == codes.sorted() && codes.count == world.states.alive(on: Fixtures.day("2026-01-01")).count)
    }

    @Test func theRussiaDPRKTreatyIsNoTieBeforeItEntersIntoForce() throws {
        let rows = ties(on: "2024-12-03", focus: .state(try state("RUS")))
        #expect(rows["PRK"]?.treaties.contains("RUS-PRK-2024") == false)
    }

    @Test func anOrganisationColoursItsMembers() throws {
        let csto = try #require(world.organisations.first { $0.id.lowercased() == "csto" })
        let members = ties(on: "2026-01-01", focus: .organisation(csto)).filter { $0.value.tie == .member }
        // Armenia froze its participation in 2024 but has not left; Uzbekistan left in 2012.
        #expect(Set(members.keys) == ["RUS", "BLR", "ARM", "KZK", "KYR", "TAJ"])
    }

    @Test func withoutAFocusNoStateIsTied() {
        #expect(ties(on: "1914-08-01", focus: nil).values.allSatisfy { $0.tie == MapTies.Tie.none })
    }

    @Test func theTimelineCountsTreatiesPerYearAndMarksAStatesTreaties() throws {
        let all = Timeline(world: world, focus: nil, through: 2026)
        #expect(all.years.count == 2026 - 1816 + 1)
        #expect(all.years.first?.year == 1816 && all.years.last?.year == 2026)
        // The Dual Alliance (1879) is in force in 1914; without a focus only curated treaties are marked.
        #expect(all.marks.contains { $0.treaty.id == "DUAL-ALLIANCE-1879" })
        #expect(all.marks.allSatisfy { !$0.treaty.isFromATOP })
        let y1914 = try #require(all.years.first { $0.year == 1914 })
        let russia = Timeline(world: world, focus: try state("RUS"), through: 2026)
        let r1914 = try #require(russia.years.first { $0.year == 1914 })
        #expect(r1914.inForce > 0 && r1914.inForce < y1914.inForce)
        let pact = try #require(russia.marks.first { $0.treaty.id == "RUS-PRK-2024" })
        #expect(pact.kinds.contains(.defense))
        // Marks are in order of entry into force.
        let days = russia.marks.map(\.treaty.inForce.first)
        #expect(days == days.sorted())
    }
}
