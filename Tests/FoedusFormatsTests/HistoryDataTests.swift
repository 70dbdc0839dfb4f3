import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// The history files, checked against the counts of the official releases.
@Suite struct HistoryDataTests {
    @Test func nationalMaterialCapabilities() throws {
        // NMC v6.0 abridged: 15,951 state-years, 1816–2016.
        let table = try CapabilitiesLoader.load(BundledData.capabilities, states: Fixtures.states)
        #expect(table.firstYear == 1816 && table.lastYear == 2016)
        #expect(table.count == 15_951)
        #expect(table.text(Fixtures.id(2), year: 1816) == "0.039697491")
        #expect(table.value(Fixtures.id(2), year: 1816) == 0.039697491)
        #expect(table.value(Fixtures.id(2), year: 2017) == nil)
    }

    @Test func atopAndWarFilesHaveTheOfficialRowCounts() throws {
        // ATOP 5.1: 789 alliances, 2,510 member rows; COW Inter-State War v4.0: 337 participant rows.
        #expect(try CSVReader(text: BundledData.atopAlliances, file: "a").rows.count == 789)
        #expect(try CSVReader(text: BundledData.atopMembers, file: "m").rows.count == 2_510)
        #expect(try CSVReader(text: BundledData.interstateWars, file: "w").rows.count == 337)
    }
}

@Suite struct WarDataTests {
    @Test func interstateWars() throws {
        // COW Inter-State War v4.0: 95 wars, 337 participant rows, 1823–2003.
        let wars = try WarLoader.wars(BundledData.interstateWars)
        #expect(wars.count == 95)
        #expect(wars.reduce(0) { $0 + $1.participants.count } == 337)
        let ww1 = try #require(wars.first { $0.id == 106 })
        #expect(ww1.name == "World War I")
        #expect(ww1.start?.description == "1914-07-29")
        let initiators = ww1.participants.filter(\.initiator).map(\.ccode)
        #expect(initiators == [300])
        #expect(wars.allSatisfy { !$0.participants.isEmpty && $0.participants.allSatisfy { !$0.periods.isEmpty } })
    }
}
