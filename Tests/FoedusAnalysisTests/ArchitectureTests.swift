import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// The architecture report on the bundled data. Expected values are worked out by hand from
/// Data/organisations/*.yaml, Data/deployments.yaml and Data/treaties/*.yaml (docs/architecture.md).
@Suite struct ArchitectureTests {
    static func bundled(_ id: String) throws -> Architecture {
        let file = try #require(BundledData.files.first { $0.path == "architectures/\(id).yaml" })
        return try ArchitectureDecoder.decode(SourceFile(path: "Data/" + file.path, text: file.text))
    }

    static func report(_ id: String, on day: String) throws -> ArchitectureReport {
        try ArchitectureReport(architecture: try bundled(id), world: Fixtures.world, day: Fixtures.day(day))
    }

    func ccodes(_ ids: [StateID]) -> [Int] { ids.map { Fixtures.world.states[$0].ccode } }

    @Test func theBundledArchitecturesParse() throws {
        let eurasia = try Self.bundled("eurasia-2024")
        #expect(eurasia.regions == ["Europe", "Asia"])
        #expect(eurasia.organisations == ["CIS", "SCO", "ASEAN", "CSTO"])
        #expect(eurasia.treaties == ["CST-1992", "RUS-PRK-2024", "RUS-VNM"])
        let nato = try Self.bundled("nato")
        #expect(nato.organisations == ["NATO"])
        #expect(nato.regions == ["Europe", "Americas"])
    }

    @Test func aBrokenFileGivesFileLineErrors() {
        let text = "type: architecture\nid: x\nname: X\nregion: [Eurasia]\norganisations: [CSTO]\ncolour: red\n"
        #expect {
            try ArchitectureDecoder.decode(SourceFile(path: "my.yaml", text: text))
        } throws: { error in
            let d = (error as? ValidationFailure)?.diagnostics.map(\.description) ?? []
            return d.contains { $0.hasPrefix("my.yaml:4: region[0]: unknown UN M49 region 'Eurasia'") }
                && d.contains { $0.hasPrefix("my.yaml:6: colour: unknown key") }
        }
    }

    @Test func membersOnTheDayAndTheirOverlap() throws {
        let r = try Self.report("eurasia-2024", on: "2026-01-01")
        let members = Dictionary(uniqueKeysWithValues: r.organisations.map { ($0.organisation.id, ccodes($0.members)) })
        // CSTO: ARM BLR KAZ KGZ RUS TJK (Uzbekistan suspended from 2012-12-19).
        #expect(members["CSTO"] == [365, 370, 371, 702, 703, 705])
        // SCO: the six founders, India and Pakistan (2017), Iran (2023), Belarus (2024).
        #expect(members["SCO"] == [365, 370, 630, 702, 703, 704, 705, 710, 750, 770])
        // CIS: Charter ratifiers less Georgia (left 2009): RUS BLR MDA ARM AZE TJK KGZ UZB KAZ.
        #expect(members["CIS"] == [359, 365, 370, 371, 373, 702, 703, 704, 705])
        // ASEAN: ten members and Timor-Leste (admitted 2025-10-26).
        #expect(members["ASEAN"]?.count == 11)
        #expect(members["ASEAN"]?.contains(860) == true)
        func pair(_ a: String, _ b: String) throws -> ArchitectureReport.Overlap {
            try #require(r.overlaps.first { Set([$0.first, $0.second]) == Set([a, b]) })
        }
        // CSTO ∩ SCO = BLR KAZ KGZ RUS TJK (5); union 6 + 10 − 5 = 11.
        let cstoSCO = try pair("CSTO", "SCO")
        #expect(ccodes(cstoSCO.shared) == [365, 370, 702, 703, 705])
        #expect(cstoSCO.unionCount == 11)
        #expect(cstoSCO.jaccard == 5.0 / 11.0)
        // Every CSTO member is in the CIS: 6 of 9.
        #expect(try pair("CIS", "CSTO").jaccard == 6.0 / 9.0)
        // CIS ∩ SCO = RUS BLR TJK KGZ UZB KAZ (6); union 9 + 10 − 6 = 13.
        #expect(try pair("CIS", "SCO").jaccard == 6.0 / 13.0)
        // ASEAN shares no member with the others.
        for other in ["CIS", "SCO", "CSTO"] { #expect(try pair("ASEAN", other).shared.isEmpty) }
    }

    @Test func insideAndOutsideTheContinent() throws {
        let r = try Self.report("eurasia-2024", on: "2026-01-01")
        func entry(_ ccode: Int) throws -> ArchitectureReport.RegionalState {
            try #require(r.regionalStates.first { Fixtures.world.states[$0.state].ccode == ccode })
        }
        // The DPRK is in no organisation but a party to the Russia–DPRK treaty: inside.
        #expect(try entry(731).inside)
        #expect(try entry(731).organisations == [])
        #expect(try entry(731).treaties == ["RUS-PRK-2024"])
        // Japan and Germany are outside; Japan may apply to the CIS, SCO and CSTO (no geographic limit read)
        // but not ASEAN (not in South-eastern Asia).
        #expect(try !entry(740).inside)
        #expect(try entry(740).eligibleFor == ["CIS", "SCO", "CSTO"])
        #expect(try !entry(255).inside)
        // The USA is not a state of the continent.
        #expect(r.regionalStates.allSatisfy { Fixtures.world.states[$0.state].ccode != 2 })
        #expect(r.regionalStates.count == r.outside.count + r.regionalStates.filter(\.inside).count)
        // Members of the region's organisations from outside it: none (all of them are in Europe or Asia).
        #expect(r.insideOutsideRegion.isEmpty)
    }

    @Test func extraRegionalForcesFollowTheSendersRegion() throws {
        let r = try Self.report("eurasia-2024", on: "2026-01-01")
        let byID = Dictionary(uniqueKeysWithValues: r.forces.map { ($0.deployment.id, $0) })
        // US forces in Japan: sender in the Americas → extra-regional.
        #expect(byID["USA-in-JPN"]?.extraRegional == true)
        // Russia's base in Armenia, the UK's detachment in Malaysia, DPRK forces in Russia: intra-regional.
        #expect(byID["RUS-in-ARM"]?.extraRegional == false)
        #expect(byID["GBR-in-MYS"]?.extraRegional == false)
        #expect(byID["PRK-in-RUS"]?.extraRegional == false)
        // Australia and New Zealand (Oceania) in Malaysia: extra-regional.
        #expect(byID["AUS-in-MYS"]?.extraRegional == true)
        // For NATO's region (Europe + Americas) the DPRK's forces in Russia are extra-regional.
        let nato = try Self.report("nato", on: "2026-01-01")
        let natoForces = Dictionary(uniqueKeysWithValues: nato.forces.map { ($0.deployment.id, $0) })
        #expect(natoForces["PRK-in-RUS"]?.extraRegional == true)
        #expect(natoForces["USA-in-DEU"]?.extraRegional == false)
        #expect(natoForces["USA-in-JPN"] == nil)  // Japan is not in NATO's region
    }

    @Test func thirdCountriesExposedByTheRussiaDPRKTreaty() throws {
        // Art. 4: assistance when either party is attacked "by an individual state or several states"
        // (adversary any, location any, automatic): every state but the two parties is exposed, binding.
        let r = try Self.report("eurasia-2024", on: "2025-01-01")
        let t = try #require(r.treaties.first { $0.treaty.id == "RUS-PRK-2024" })
        let exposed = ccodes(t.exposed.map(\.state))
        #expect(exposed.contains(732))  // ROK
        #expect(exposed.contains(2))  // USA
        #expect(!exposed.contains(365) && !exposed.contains(731))  // the parties themselves
        #expect(t.exposed.count == Fixtures.world.states.alive(on: Fixtures.day("2025-01-01")).count - 2)
        #expect(t.exposed.allSatisfy { $0.status == .binding && $0.articles == ["4"] && $0.parties.count == 2 })
        // The Russia–Vietnam partnership has no defence clause: it exposes no one.
        let vnm = try #require(r.treaties.first { $0.treaty.id == "RUS-VNM" })
        #expect(vnm.exposed.isEmpty)
    }

    @Test func nothingIsExposedBeforeEntryIntoForce() throws {
        // Signed 2024-06-19, in force 2024-12-04.
        let r = try Self.report("eurasia-2024", on: "2024-09-01")
        let t = try #require(r.treaties.first { $0.treaty.id == "RUS-PRK-2024" })
        #expect(t.inForce == .no)
        #expect(t.exposed.isEmpty)
    }

    static func claims(on date: String) throws -> ClaimsReport {
        let day = Fixtures.day(date)
        let capability = (0..<Fixtures.world.states.count).map {
            AuditWorkedExamplesTests.capabilities.value(StateID($0), year: min(day.year, 2016))
        }
        return try ClaimsReport(
            world: Fixtures.world, architecture: try Self.bundled("eurasia-2024"), day: day, capability: capability,
            relevance: AuditWorkedExamplesTests.relevance)
    }

    @Test func claimsAreMeasuredWhenTheTreatiesAreInForce() throws {
        // Before the Russia–DPRK treaty is in force there is nothing to audit for claim 2.
        let early = try Self.claims(on: "2024-09-01")
        #expect(early.security[ClaimsReport.claim2Treaty] == nil)
        #expect(early.claims[1].notYetMeasured == ClaimsReport.claim2NotMeasured)
        let c = try Self.claims(on: "2026-01-01")
        #expect(c.claims.map(\.number) == [1, 2, 3, 4, 5])
        #expect(c.claims.allSatisfy { $0.notYetMeasured == nil })
        #expect(Set(c.security.keys) == ["RUS-PRK-2024", "RUS-VNM"])
        // The Russia–Vietnam partnership has no defence or offence clause: it changes no coalition, so no
        // state's score moves under any reading.
        let vietnam = try #require(c.security["RUS-VNM"])
        #expect(vietnam.readings.map(\.name) == ["strict", "treaty", "dyadic"])
        #expect(vietnam.readings.allSatisfy { $0.winners.isEmpty && $0.losers.isEmpty })
        // The 2024 treaty brings Russia to the DPRK's defence: the DPRK's share rises under strict and treaty.
        let dprk = try #require(Fixtures.world.id(ccode: 731))
        let prk = try #require(c.security["RUS-PRK-2024"])
        #expect(prk.readings.filter { $0.name != "dyadic" }.allSatisfy { $0.winners.contains(dprk) })
        // Claim 1: Russia owes the DPRK defence under Art. 4 of the 2024 treaty.
        let russia = c.attackResult.obligations.first {
            Fixtures.world.states[$0.obligor].ccode == 365 && $0.kind == .defense
        }
        #expect(russia.map { Fixtures.world.treaties[$0.provision.treaty].id } == "RUS-PRK-2024")
        #expect(c.claim3.map(\.treaty.id) == ["RUS-PRK-2024", "RUS-VNM"])
    }
}
