import FoedusAnalysis
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The inputs the fuzz targets found (Tests/Hostile/fuzz-regressions, docs/fuzzing.md): each crashed before its
/// fix and must now be a diagnostic naming its line and field.
@Suite struct FuzzRegressionTests {
    static func text(_ name: String) throws -> String {
        let path = Fixtures.repositoryRoot + "/Tests/Hostile/fuzz-regressions/" + name
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func capabilitiesDiagnostic(_ name: String) throws -> Diagnostic? {
        do {
            _ = try CapabilitiesLoader.load(try text(name), file: name, states: Fixtures.states)
            return nil
        } catch let d as Diagnostic {
            return d
        }
    }

    @Test func aCapabilityYearFarOutsideTheStateSystemIsRefusedNotAllocated() throws {
        let d = try #require(try Self.capabilitiesDiagnostic("csv-capabilities-year-span.csv"))
        #expect(d.description == "csv-capabilities-year-span.csv:3: year: year 18504203 is outside 1816–2200")
        let found = try #require(try Self.capabilitiesDiagnostic("csv-capabilities-year-span-found.csv"))
        #expect(found.line == 36 && found.field == "year")
    }

    @Test func theLastAndFirstYearsOfTheRangeAreAccepted() throws {
        let table = try CapabilitiesLoader.load(
            "ccode,year,cinc\n2,1816,0.5\n2,2200,0.25\n", file: "t.csv", states: Fixtures.states)
        #expect(table.firstYear == 1816 && table.lastYear == 2200)
        #expect(table.value(Fixtures.id(2), year: 2200) == 0.25)
        #expect(throws: Diagnostic.self) {
            try CapabilitiesLoader.load("ccode,year,cinc\n2,1815,0.5\n", file: "t.csv", states: Fixtures.states)
        }
    }

    @Test func aCountryCodeOfIntMinIsAnUnknownStateNotAnOverflow() throws {
        let d = try #require(try Self.capabilitiesDiagnostic("csv-ccode-int-min.csv"))
        #expect(d.description == "csv-ccode-int-min.csv:2: ccode: unknown COW state '-9223372036854775808'")
    }

    @Test func csvIntegersReadToTheLimitsOfIntAndNoFurther() throws {
        let csv = try CSVReader(
            text:
                "a,b,c,d,e,f\n-9223372036854775808,9223372036854775807,9223372036854775808,-9223372036854775809,-0,-\n",
            file: "t.csv")
        let row = try #require(csv.rows.first)
        #expect(row.int(0) == Int.min)
        #expect(row.int(1) == Int.max)
        #expect(row.int(2) == nil)
        #expect(row.int(3) == nil)
        #expect(row.int(4) == 0)
        #expect(row.int(5) == nil)
    }
}
