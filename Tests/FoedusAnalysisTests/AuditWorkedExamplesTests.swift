import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// The worked audits of docs/analysis.md on the bundled data. The expected directions of change are reasoned
/// out from the treaties; the magnitudes are the program's and are not asserted.
@Suite struct AuditWorkedExamplesTests {
    static let capabilities: Capabilities = {
        do { return try CapabilitiesLoader.load(BundledData.capabilities, states: Fixtures.states) } catch {
            fatalError("\(error)")
        }
    }()
    static let relevance: PoliticalRelevance = {
        do {
            return try RelevanceLoader.load(contiguity: BundledData.contiguity, majorPowers: BundledData.majorPowers)
        } catch {
            fatalError("\(error)")
        }
    }()

    func audit(_ change: AuditChange, before: World, on date: String) throws -> IndivisibleSecurityAudit {
        let day = Fixtures.day(date)
        let year = min(day.year, 2016)
        let capability = (0..<before.states.count).map { Self.capabilities.value(StateID($0), year: year) }
        return try IndivisibleSecurityAudit(
            before: before, after: try change.apply(to: before, on: day), day: day, capability: capability,
            relevance: Self.relevance, policies: [.strict, .treaty])
    }

    func delta(_ audit: IndivisibleSecurityAudit, _ reading: String, _ ccode: Int) -> Double? {
        audit.readings.first { $0.name == reading }?.delta[Int(Fixtures.id(ccode).index)] ?? nil
    }

    @Test func theRussiaDPRKTreatyOnItsInForceDay() throws {
        // Audit of adding the treaty on 2024-12-04, from a world without it. Art. 4 is a mutual defence duty:
        // an attack on the DPRK now brings Russia in, so the DPRK's defensive share rises (Russia's capability
        // is large); Russia's rises a little or not at all. A defence pact adds no one to an attack on a third
        // state, so under the share readings no one falls. Under the dyadic reading, the DPRK's adversaries
        // face Russia when they attack the DPRK: the ROK's score falls.
        var without = Fixtures.world.treaties
        without.removeAll { $0.id == "RUS-PRK-2024" }
        let before = World(
            states: Fixtures.world.states, treaties: without, organisations: Fixtures.world.organisations,
            places: Fixtures.world.places, deployments: Fixtures.world.deployments, dataVersion: "test")
        let treaty = try #require(Fixtures.world.treaty(id: "RUS-PRK-2024"))
        let result = try audit(.addTreaty(treaty), before: before, on: "2024-12-04")
        #expect((delta(result, "treaty", 731) ?? 0) > 0.005)
        #expect((delta(result, "treaty", 365) ?? -1) >= 0)
        for reading in ["strict", "treaty"] {
            #expect(result.readings.first { $0.name == reading }?.losers.isEmpty == true, "\(reading)")
        }
        #expect((delta(result, "dyadic", 732) ?? 0) < 0)
    }

    /// The bundled world with `ccode` taken out of NATO, and the audit of its accession on `date`.
    func natoAccession(_ ccode: Int, on date: String) throws -> IndivisibleSecurityAudit {
        let world = Fixtures.world
        var before = world.treaties
        if let i = before.firstIndex(where: { $0.id == "NATO-1949" }) {
            before[i].parties.removeAll { $0.ccode == ccode }
        }
        let beforeWorld = World(
            states: world.states, treaties: before, organisations: world.organisations, places: world.places,
            deployments: world.deployments, dataVersion: "test")
        return try audit(.accede(state: ccode, treaty: "NATO-1949"), before: beforeWorld, on: date)
    }

    @Test func finlandJoinsNATO() throws {
        // 2023-04-04: Finland accedes. An attack on Finland now brings in the NATO allies that the EU clause did
        // not already bind (the United States, the United Kingdom, Canada, Türkiye, Norway …): Finland's share
        // rises; no one's falls under the share readings; Russia, Finland's neighbour, faces more of NATO when
        // it attacks Finland: its dyadic score falls.
        let result = try natoAccession(375, on: "2023-04-04")
        #expect((delta(result, "treaty", 375) ?? 0) > 0.005)
        #expect(result.readings.first { $0.name == "treaty" }?.losers.isEmpty == true)
        #expect((delta(result, "dyadic", 365) ?? 0) < 0)
    }

    @Test func swedenJoinsNATO() throws {
        // 2024-03-07: Sweden accedes, Finland already in. The same reasoning: the allies outside the EU now
        // defend Sweden, so its share rises; a defence pact adds no one to an attack on a third state, so no
        // one falls under the share readings; Russia (a major power, relevant to every state) meets more
        // defenders when it attacks Sweden, so its dyadic score falls.
        let result = try natoAccession(380, on: "2024-03-07")
        #expect((delta(result, "treaty", 380) ?? 0) > 0.005)
        #expect((delta(result, "strict", 380) ?? 0) > 0.005)
        for reading in ["strict", "treaty"] {
            #expect(result.readings.first { $0.name == reading }?.losers.isEmpty == true, "\(reading)")
        }
        #expect((delta(result, "dyadic", 365) ?? 0) < 0)
    }
}
