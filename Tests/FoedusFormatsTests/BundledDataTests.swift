import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

@Suite struct BundledDataTests {
    func read(_ relative: String) throws -> String {
        let path = Fixtures.repositoryRoot + "/Data/" + relative
        let data = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }

    @Test func theEmbeddedFilesMatchDataFolder() throws {
        #expect(BundledData.cowStates == (try read("states/states2016.csv")))
        #expect(BundledData.codes == (try read("states/codes.csv")))
        #expect(BundledData.aliases == (try read("states/aliases.csv")))
        #expect(BundledData.atopAlliances == (try read("history/atop5_1a.csv")))
        #expect(BundledData.atopMembers == (try read("history/atop5_1m.csv")))
        #expect(BundledData.capabilities == (try read("history/NMC-60-abridged.csv")))
        #expect(BundledData.interstateWars == (try read("history/Inter-StateWarData_v4.0.csv")))
        let root = Fixtures.repositoryRoot + "/Data"
        let onDisk = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BundledData.files.map(\.path) == onDisk, "run scripts/generate-data")
        for file in BundledData.files {
            #expect(file.text == (try read(file.path)), "\(file.path) differs: run scripts/generate-data")
        }
    }

    @Test func theStateSystemMatchesTheCOWList() {
        // COW v2016: 243 rows, 217 states; 195 in the system at its end.
        let table = Fixtures.states
        #expect(table.count == 217)
        #expect(table.states.reduce(0) { $0 + $1.periods.count } == 243)
        #expect(table.alive(on: Fixtures.day("2016-12-31")).count == 195)
        #expect(table.alive(on: Fixtures.day("1816-01-01")).count == 23)
        #expect(table.coverageEnd == Fixtures.day("2016-12-31"))
        // Carried forward past the list's end.
        #expect(table.alive(on: Fixtures.day("2026-01-01")).count == 195)
        #expect(table.isCarriedForward(Fixtures.day("2017-01-01")))
    }

    @Test func theBundledDatasetIsClean() {
        let (dataset, diagnostics) = DatasetLoader.parse(Fixtures.bundledFiles, states: Fixtures.states, bundled: true)
        #expect(diagnostics.map(\.description) == [])
        #expect(DatasetLoader.check(dataset, states: Fixtures.states).map(\.description) == [])
        #expect(dataset.places.count >= 7)
        #expect(dataset.organisations.map(\.id).sorted() == ["ASEAN", "CIS", "CSTO", "EAEU", "NATO", "SCO"])
    }

    @Test(arguments: [
        "RUS-PRK-2024", "RUS-PRK-2000", "CHN-PRK-1961", "CST-1992", "RUS-BLR-SECGUAR-2024", "CIS-CHARTER-1993",
        "SCO-CHARTER-2002", "SCO-TREATY-2007", "TAC-1976", "RUS-VNM", "RUS-CHN-2001", "RUS-IRN-2025", "NATO-1949",
        "USA-JPN-1960", "USA-KOR-1953", "USA-PHL-1951", "ANZUS-1951", "EU-TEU-42-7", "RIO-TIAR-1947", "RUS-ARM-1997",
        "BUDAPEST-MEMO-1994-UKR",
    ])
    func theIssueListsTreatiesThatAreBundled(_ id: String) {
        #expect(Fixtures.world.treaty(id: id) != nil)
    }

    @Test func everyVerifiedProvisionHasAVerbatimQuoteAndASource() {
        for treaty in Fixtures.world.treaties {
            for p in treaty.provisions where p.verified {
                #expect(p.quote != nil && p.source != nil, "\(treaty.id) \(p.id)")
                #expect([.verbatimOfficial, .verbatimTranslation].contains(p.quoteStatus), "\(treaty.id) \(p.id)")
            }
        }
    }

    @Test func theRussiaDPRKTreatyIsCodedFromItsText() throws {
        let t = try #require(Fixtures.world.treaty(id: "RUS-PRK-2024"))
        #expect(t.signed.description == "2024-06-19")
        #expect(t.inForce.description == "2024-12-04")
        let art4 = try #require(t.provisions.first { $0.article == "4" })
        #expect(art4.kind == .defense && art4.strength == .automatic && art4.conditions.unCharter51)
        #expect(Set(t.parties.map(\.ccode)) == [365, 731])
    }

    @Test func csto() throws {
        let t = try #require(Fixtures.world.treaty(id: "CST-1992"))
        // Azerbaijan, Georgia and Uzbekistan were last bound on 1999-04-20.
        for code in [373, 372, 704] {
            #expect(t.parties.contains { $0.ccode == code && $0.left?.description == "1999-04-20" }, "\(code)")
        }
        #expect(
            t.suspensions.contains { $0.party == 704 && $0.basis == .formal && $0.from.description == "2012-12-19" })
        #expect(t.suspensions.contains { $0.party == 371 && $0.basis == .political })
    }

    @Test func anzusSuspensionTowardsNewZealand() throws {
        let t = try #require(Fixtures.world.treaty(id: "ANZUS-1951"))
        #expect(
            t.suspensions.contains {
                $0.party == 2 && $0.towards == 920 && $0.from.description == "1986-08-11" && $0.basis != .political
            })
    }
}

@Suite struct StateResolverTests {
    let world = Fixtures.world
    let today = Fixtures.day("2026-01-01")

    @Test(arguments: [
        ("365", 365), ("RUS", 365), ("rus", 365), ("Russia", 365), ("PRK", 731), ("north korea", 731),
        ("ROK", 732), ("KOR", 732), ("cow:AUS", 305), ("iso:AUS", 900), ("UK", 200), ("DPRK", 731),
        // Names researchers type from other datasets (issue #13 §2.8): World Bank, historical, ISO.
        ("Prussia", 255), ("Ottoman Empire", 640), ("Siam", 800), ("Persia", 630), ("Burma", 775), ("Zaire", 490),
        ("Korea, North", 731), ("Korea, Dem. People's Rep.", 731), ("Korea, Rep.", 732), ("Iran, Islamic Rep.", 630),
        ("SRB", 345),
    ])
    func namesResolve(_ text: String, _ ccode: Int) throws {
        #expect(world.states[try world.resolver.resolve(text, on: today)].ccode == ccode)
    }

    @Test func collisionsAreNeverPickedSilently() throws {
        let error = try #require(throws: FoedusError.self) { try world.resolver.resolve("AUS", on: today) }
        #expect(error.code == .ambiguousState)
        #expect(error.message.contains("Austria (305, COW) or Australia (900, ISO3)"))
        // In 1900 only one "KOR" existed: COW's Korea (730), as ROK did not.
        #expect(world.states[try world.resolver.resolve("KOR", on: Fixtures.day("1900-01-01"))].ccode == 730)
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        let error = try #require(throws: FoedusError.self) { try world.resolver.resolve("Rusia", on: today) }
        #expect(error.code == .unknownState)
        #expect(error.message.contains("did you mean Russia (365, RUS)"))
    }

    @Test func aStateOutsideTheSystemOnTheDayIsAnError() throws {
        let error = try #require(throws: FoedusError.self) { try world.resolver.resolve("GDR", on: today) }
        #expect(error.code == .stateNotInSystem)
        #expect(error.message.contains("was not a member of the state system on 2026-01-01"))
    }
}

@Suite struct CSVReaderTests {
    @Test func carriageReturnOnlyLineEnds() throws {
        let csv = try CSVReader(text: "a,b\r1,2\r3,4", file: "t.csv")
        #expect(csv.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    }

    @Test func quotedFieldsAndCRLF() throws {
        let csv = try CSVReader(text: "a,b\r\n1,\"x, \"\"y\"\"\"\r\n2,\n", file: "t.csv")
        #expect(csv.header == ["a", "b"])
        #expect(csv.rows.map(\.fields) == [["1", "x, \"y\""], ["2", ""]])
        #expect(csv.rows.map(\.line) == [2, 3])
    }

    @Test func raggedRowsAndOpenQuotesAreErrors() {
        #expect(throws: Diagnostic.self) { try CSVReader(text: "a,b\n1\n", file: "t.csv") }
        #expect(throws: Diagnostic.self) { try CSVReader(text: "a,b\n1,\"open\n", file: "t.csv") }
    }
}

extension CSVReaderTests {
    @Test func quotedFieldsAtTheEndAndEmptyFields() throws {
        let csv = try CSVReader(text: "a,b,c\n\"x\",,\"y \"\"z\"\"\"\n,\"\",-12", file: "t.csv")
        #expect(csv.rows.map(\.fields) == [["x", "", "y \"z\""], ["", "", "-12"]])
        #expect(csv.rows[1].int(2) == -12)
        #expect(csv.rows[1].int(0) == nil)
        #expect(csv.rows[0].int(0) == nil)
    }
}

/// Issue #13 §2.1: a region clause (NATO Art. 6 "in Europe or North America") can only cover a state with a region.
@Suite struct StateRegionTests {
    @Test func everyStateOfTheSystemHasAnM49Region() {
        let missing = (0..<Fixtures.states.count).map { Fixtures.states[StateID($0)] }.filter { $0.region == nil }
        #expect(missing.map(\.abbreviation) == [])
        let gfr = Fixtures.states[Fixtures.id(260)]
        #expect(gfr.region == "Europe" && gfr.subregion == "Western Europe")
    }
}

/// Issue #13 §2.8: a state is shown by the name it bore on the day (Data/states/names.csv).
@Suite struct StateNameOnTheDayTests {
    @Test(arguments: [
        (345, "1914-07-28", "Serbia"), (345, "1918-12-01", "Yugoslavia"), (345, "1999-03-24", "Yugoslavia"),
        (345, "2006-06-05", "Serbia"), (365, "1922-12-29", "Russia"), (365, "1922-12-30", "Soviet Union"),
        (365, "1961-08-13", "Soviet Union"), (365, "1991-12-26", "Russia"),
        (2, "1914-07-28", "United States of America"),
    ])
    func theNameOnTheDay(_ ccode: Int, _ day: String, _ name: String) {
        #expect(Fixtures.states[Fixtures.id(ccode)].name(on: Fixtures.day(day)) == name)
    }

    @Test func withoutADayTheCOWNameStays() {
        #expect(Fixtures.states[Fixtures.id(345)].name(on: nil) == "Yugoslavia")
    }
}
