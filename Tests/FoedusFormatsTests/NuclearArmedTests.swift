import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

@Suite struct NuclearArmedTests {
    let states = Fixtures.states

    @Test func bundledTableCoversTheNineAndSouthAfrica() throws {
        let table = try NuclearArmedLoader.load(BundledData.nuclearArmed, states: states)
        let codes = table.periods.map { states[$0.state].ccode }
        #expect(codes == [2, 365, 200, 220, 710, 750, 770, 731, 666, 560])
        let usa = try #require(states.id(ccode: 2))
        #expect(table.period(of: usa, on: Day(iso: "1945-07-15")!) == nil)
        #expect(table.period(of: usa, on: Day(iso: "1945-07-16")!)?.basis == "first nuclear test (Trinity)")
        let saf = try #require(states.id(ccode: 560))
        #expect(table.period(of: saf, on: Day(iso: "1990-06-01")!)?.verified == false)
        #expect(table.period(of: saf, on: Day(iso: "1992-01-01")!) == nil)
        #expect(table.periods.allSatisfy { !$0.source.isEmpty })
    }

    @Test(arguments: [
        ("ccode,from,to,basis,verified,source\n2,1945-13-01,,x,true,s\n", "t.csv:2", "from"),
        ("ccode,from,to,basis,verified,source\n2,1945-07-16,1944-01-01,x,true,s\n", "t.csv:2", "to"),
        ("ccode,from,to,basis,verified,source\n2,1945-07-16,,x,yes,s\n", "t.csv:2", "verified"),
        (
            "ccode,from,to,basis,verified,source\n2,1945-07-16,,x,true,s\n4242,1945-07-16,,x,true,s\n", "t.csv:3",
            "ccode"
        ),
    ])
    func malformedRowsNameLineAndField(text: String, location: String, field: String) throws {
        do {
            _ = try NuclearArmedLoader.load(text, file: "t.csv", states: states)
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.description.contains(location), "\(error)")
            #expect(error.field == field)
        }
    }
}
