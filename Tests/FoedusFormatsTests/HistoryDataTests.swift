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
