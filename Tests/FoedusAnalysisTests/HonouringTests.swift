import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

@Suite struct HonouringTests {
    typealias W = SyntheticWorld

    func days(_ s: String) -> ClosedRange<Day> { Fixtures.day(s)...Fixtures.day(s).adding(days: 30) }

    /// The six COW region places, with Europe partly covering a test region `AREA`.
    var places: [Place] {
        COWRegion.allCases.map { region in
            Place(
                id: region.placeID, kind: .region, name: region.name,
                uncertainRegions: region == .europe ? ["AREA"] : [], source: "COW codebook", verified: true)
        } + [
            Place(id: "AREA", kind: .region, name: "Test area", includes: .init(states: [8]), source: "test")
        ]
    }

    func summary(_ d: HonouringDuty, _ world: World) -> String {
        let c = { (s: StateID) in world.states[s].ccode }
        return "\(d.war) \(d.day) \(c(d.obligor))→\(c(d.beneficiary)) \(d.treatyID) \(d.kind.rawValue) "
            + "\(d.status.rawValue) \(d.verdict.rawValue)"
    }

    @Test func handWorkedWars() throws {
        // War 1 (every state's home, COW numbers 1–199, lies in W. Hemisphere, WhereFought 1): 3 attacks 1 on
        // 2000-06-01; 2 joins 1 on 06-10, 6 joins 1 on 06-12 (no treaty), 5 joins 1 on 06-15.
        // War 2: 7 attacks 8 on 2001-03-01, fought in Europe (WhereFought 2), outside 8's home region.
        let world = W.world(
            [
                W.pact("AB", [1, 2]),
                W.pact("AD", [1, 4], strength: .discretionary),
                W.pact("CE", [3, 5], kind: .offense),
                W.pact("NA", [1, 3], kind: .nonAggression),
                W.pact("BG", [2, 7], kind: .neutrality, conditions: Conditions(attackedOnly: true)),
                W.pact("AH", [1, 4], kind: .consultation),
                W.pact("HD", [8, 4], conditions: Conditions(location: .partyTerritory)),
                W.pact("HB", [8, 4]),
                W.pact("HE", [8, 5], conditions: Conditions(location: .places(["AREA"]))),
            ], places: places)
        let wars = [
            InterstateWar(
                id: 1, name: "One",
                participants: [
                    .init(ccode: 3, side: 1, periods: [days("2000-06-01")], initiator: true, whereFought: 1),
                    .init(ccode: 1, side: 2, periods: [days("2000-06-01")], initiator: false, whereFought: 1),
                    .init(ccode: 2, side: 2, periods: [days("2000-06-10")], initiator: false, whereFought: 1),
                    .init(ccode: 6, side: 2, periods: [days("2000-06-12")], initiator: false, whereFought: 1),
                    .init(ccode: 5, side: 2, periods: [days("2000-06-15")], initiator: false, whereFought: 1),
                ]),
            InterstateWar(
                id: 2, name: "Two",
                participants: [
                    .init(ccode: 7, side: 1, periods: [days("2001-03-01")], initiator: true, whereFought: 2),
                    .init(ccode: 8, side: 2, periods: [days("2001-03-01")], initiator: false, whereFought: 2),
                ]),
        ]
        let report = try HonouringTest(world: world, wars: wars).run()
        // Worked by hand from the pacts: 2 and 1 defend each other (AB, both fought on side 2: honoured); 4 owes 1
        // defence (AD) and stayed out; 5 owed 3 offence (CE) and fought 3; 4 owes 1 consultation (not judged);
        // 3 broke its pledge not to attack 1, and 1's pledge to 3 is owed to an aggressor (contested); 7 owes 2
        // neutrality when 2 is attacked and stayed out. In war 2 the attack on 8 is in Europe, not 8's home: HD
        // (8's territory) does not arise, HB (anywhere) binds 4, HE (AREA, which Europe partly covers) is
        // uncertain for 5; 8 striking back at 7 makes 2's neutrality towards 7 owed to an aggressor.
        #expect(
            report.duties.map { summary($0, world) } == [
                "1 2000-06-01 2→1 AB defense binding honoured",
                "1 2000-06-01 4→1 AD defense binding notHonoured",
                "1 2000-06-01 5→3 CE offense binding notHonoured",
                "1 2000-06-01 4→1 AH consultation binding notObservable",
                "1 2000-06-01 1→3 NA nonAggression contested notHonoured",
                "1 2000-06-01 3→1 NA nonAggression binding notHonoured",
                "1 2000-06-10 1→2 AB defense binding honoured",
                "1 2000-06-10 7→2 BG neutrality binding honoured",
                "2 2001-03-01 4→8 HB defense binding notHonoured",
                "2 2001-03-01 5→8 HE defense uncertain notHonoured",
                "2 2001-03-01 2→7 BG neutrality contested honoured",
            ])
        let all = try #require(report.rows.first)
        #expect(all.binding.honoured == 3 && all.binding.notHonoured == 4)
        #expect(all.uncertain.honoured == 0 && all.uncertain.notHonoured == 1)
        #expect(report.contested == 2 && report.notObservable == 1)
        #expect(report.recallTied == (1, 2))
        #expect(report.recallAll == (1, 3))
        let bilateral = try #require(report.rows.first { $0.value == "bilateral" })
        #expect(bilateral.binding.total == 7)
        let discretionary = try #require(report.rows.first { $0.value == "discretionary" })
        #expect(discretionary.binding.honoured == 0 && discretionary.binding.notHonoured == 1)
    }

    @Test func theatresFromWhereFought() throws {
        let test = try HonouringTest(world: W.world([], places: places), wars: [])
        let p = { (ccode: Int, code: Int) in
            InterstateWar.Participant(ccode: ccode, side: 1, periods: [], initiator: false, whereFought: code)
        }
        let world = test.world
        let place = { (id: String) -> Theatre? in world.placeIndex(id: id).map(Theatre.place) }
        // Home region in the code: the home territory. Otherwise one theatre per region.
        #expect(test.theatres(of: p(200, 15)) == [nil])
        #expect(
            test.theatres(of: p(2, 15)) == [
                place("COW-EUROPE"), place("COW-AFRICA"), place("COW-MIDEAST"), place("COW-ASIA"),
            ])
        #expect(test.theatres(of: p(640, 7)) == [place("COW-ASIA")])
        #expect(COWRegion.regions(whereFought: 18) == [.africa, .middleEast])
        #expect(COWRegion.regions(whereFought: 3) == nil)
    }

    @Test func missingRegionPlacesAreAnError() {
        #expect(throws: FoedusError.self) { try HonouringTest(world: W.world([]), wars: []) }
    }

    @Test func worldWarOneOnTheBundledData() throws {
        let wars = try WarLoader.wars(BundledData.interstateWars).filter { $0.id == 106 }
        let world = Fixtures.world
        let report = try HonouringTest(world: world, wars: wars).run()
        let abbreviation = { (s: StateID) in world.states[s].abbreviation }
        // Britain's guarantee of Belgium (London 1839, Art. I) arose when Germany's attack on Belgium brought
        // Belgium into the war on 1914-08-04 (COW's entry date for Belgium; Britain's is 08-05): honoured.
        let london = try #require(
            report.duties.first {
                $0.treatyID == "LONDON-1839" && abbreviation($0.obligor) == "UKG" && $0.kind == .defense
            })
        #expect(abbreviation(london.beneficiary) == "BEL")
        #expect(london.day.description == "1914-08-04")
        #expect(london.status == .binding && london.verdict == .honoured)
        // Italy and the Triple Alliance: its defence duties to Germany and Austria-Hungary are owed to
        // aggressors (contested: the casus foederis did not arise), but Art. IV's benevolent neutrality binds it
        // when Germany makes war on Russia or France (1914-08-01), and Italy fought Germany from 1915: not
        // honoured.
        let italy = report.duties.filter { $0.treatyID == "TRIPLE-ALLIANCE-1882" && abbreviation($0.obligor) == "ITA" }
        #expect(italy.filter { $0.kind == .defense }.allSatisfy { $0.status == .contested })
        let neutrality = try #require(italy.first { $0.kind == .neutrality && abbreviation($0.beneficiary) == "GMY" })
        #expect(neutrality.day.description == "1914-08-01")
        #expect(neutrality.status == .binding && neutrality.verdict == .notHonoured)
    }

    @Test func badWhereFoughtNamesFileAndLine() {
        let header =
            "WarNum,WarName,WarType,ccode,StateName,Side,StartMonth1,StartDay1,StartYear1,EndMonth1,EndDay1,EndYear1,"
            + "StartMonth2,StartDay2,StartYear2,EndMonth2,EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,"
            + "TransTo,BatDeath,Version"
        let good = "1,Test,1,2,USA,1,1,1,1900,2,1,1900,-8,-8,-8,-8,-8,-8,-8,1,1,1,-8,0,4"
        let bad = "1,Test,1,20,CAN,2,1,1,1900,2,1,1900,-8,-8,-8,-8,-8,-8,-8,3,2,2,-8,0,4"
        let error = #expect(throws: Diagnostic.self) {
            try WarLoader.wars([header, good, bad].joined(separator: "\n"), file: "wars.csv")
        }
        #expect(error?.file == "wars.csv" && error?.line == 3 && error?.field == "WhereFought")
        #expect(error?.message.contains("unknown region code 3") == true)
    }
}
