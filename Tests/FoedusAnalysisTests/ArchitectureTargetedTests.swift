import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// Issue #13 §3: besides every state a treaty would cover ("exposed"), the report names the states the treaty
/// names or plausibly targets: named adversaries, states contiguous to a party (COW Direct Contiguity), major
/// powers (COW).
@Suite struct ArchitectureTargetedTests {
    static func report(_ yaml: String, on day: String) throws -> ArchitectureReport {
        let architecture = try ArchitectureDecoder.decode(SourceFile(path: "test.yaml", text: yaml))
        let relevance = try RelevanceLoader.load(
            contiguity: BundledData.contiguity, majorPowers: BundledData.majorPowers)
        return try ArchitectureReport(
            architecture: architecture, world: Fixtures.world, day: Fixtures.day(day), relevance: relevance)
    }

    func ccodes(_ e: [ArchitectureReport.Exposure]) -> [Int] { e.map { Fixtures.world.states[$0.state].ccode } }

    @Test func theRussiaDPRKTreatyTargetsItsNeighboursAndTheMajorPowers() throws {
        let file = try #require(BundledData.files.first { $0.path == "architectures/eurasia-2024.yaml" })
        let r = try Self.report(file.text, on: "2026-01-01")
        let t = try #require(r.treaties.first { $0.treaty.id == "RUS-PRK-2024" })
        // Exposed: every state but the two parties (Art. 4 binds against an attack by any state).
        #expect(t.exposed.count == 193)
        // Targeted: contiguous to Russia or the DPRK by land, river or up to 400 miles of water, or a major power.
        #expect(t.targeted.count == 25)
        let byCode = Dictionary(uniqueKeysWithValues: t.exposed.map { (Fixtures.world.states[$0.state].ccode, $0) })
        #expect(byCode[732]?.targeted == [.contiguous])  // ROK
        #expect(byCode[2]?.targeted == [.contiguous, .majorPower])  // USA (Bering Strait)
        #expect(byCode[200]?.targeted == [.majorPower])  // UK
        #expect(byCode[740]?.targeted == [.contiguous, .majorPower])  // Japan
        #expect(byCode[140]?.targeted == [])  // Brazil: exposed only
        #expect(!ccodes(t.targeted).contains(140))
    }

    @Test func aTreatyNamingItsAdversaryTargetsIt() throws {
        // Anglo-Polish Agreement 1939, Protocol 1(a): "a European Power ... shall be understood to mean Germany".
        let yaml = """
            type: architecture
            id: test
            name: Test
            region: [Europe]
            organisations: []
            treaties: [ANGLO-POLISH-1939]
            """
        let r = try Self.report(yaml, on: "1939-08-30")
        let t = try #require(r.treaties.first)
        let germany = try #require(t.exposed.first { Fixtures.world.states[$0.state].ccode == 255 })
        #expect(germany.targeted.first == .named)
        #expect(t.targeted.contains { Fixtures.world.states[$0.state].ccode == 255 })
    }

    @Test func withoutRelevanceDataOnlyNamedStatesAreTargeted() throws {
        let file = try #require(BundledData.files.first { $0.path == "architectures/eurasia-2024.yaml" })
        let architecture = try ArchitectureDecoder.decode(SourceFile(path: "e.yaml", text: file.text))
        let r = try ArchitectureReport(
            architecture: architecture, world: Fixtures.world, day: Fixtures.day("2026-01-01"))
        let t = try #require(r.treaties.first { $0.treaty.id == "RUS-PRK-2024" })
        #expect(t.exposed.count == 193)
        #expect(t.targeted.isEmpty)
    }
}
