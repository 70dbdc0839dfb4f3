import FoedusTestSupport
import Foundation
import Testing

/// `foedus architecture` and `foedus claims` run as a user would (the built binary), checking the JSON.
@Suite struct ArchitectureCLITests {
    let cli = CLITests()

    @Test func architectureJSONContract() async throws {
        let run = try await cli.foedus(["architecture", "eurasia-2024", "--on", "2026-01-01", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        #expect(json["date"] as? String == "2026-01-01")
        for key in ["architecture", "rules", "summary", "states", "organisations", "forces", "overlap", "treaties"] {
            #expect(json[key] != nil, "\(key)")
        }
        let rules = try #require(json["rules"] as? [String: Any])
        #expect((rules["extraRegional"] as? String)?.contains("Europe + Asia") == true)
        let forces = try #require(json["forces"] as? [String: Any])
        let extra = try #require(forces["extraRegional"] as? [[String: Any]])
        let ids = extra.compactMap { $0["id"] as? String }
        #expect(ids.contains("USA-in-JPN"))
        #expect(!ids.contains("RUS-in-ARM"))
        #expect(extra.allSatisfy { $0["source"] != nil })
        let overlap = try #require(json["overlap"] as? [String: Any])
        #expect(overlap["organisations"] as? [String] == ["CIS", "SCO", "ASEAN", "CSTO"])
        // Shared members: diagonal = sizes (CIS 9, SCO 10, ASEAN 11, CSTO 6).
        #expect(overlap["matrix"] as? [[Int]] == [[9, 6, 0, 6], [6, 10, 0, 5], [0, 0, 11, 0], [6, 5, 0, 6]])
        let pairs = try #require(overlap["pairs"] as? [[String: Any]])
        let cstoSCO = try #require(pairs.first { $0["first"] as? String == "SCO" && $0["second"] as? String == "CSTO" })
        #expect(cstoSCO["jaccard"] as? Double == 0.4545)
        let treaties = try #require(json["treaties"] as? [[String: Any]])
        let rusPRK = try #require(treaties.first { $0["id"] as? String == "RUS-PRK-2024" })
        #expect(rusPRK["exposedCount"] as? Int == 193)
        // Issue #13 §3: the states named or plausibly targeted (neighbours of a party, major powers).
        #expect(rusPRK["targetedCount"] as? Int == 25)
        #expect((rules["targeted"] as? String)?.hasPrefix("of the exposed states") == true)
        let exposedROK = try #require(
            (rusPRK["exposed"] as? [[String: Any]])?.first { ($0["state"] as? [String: Any])?["ccode"] as? Int == 732 })
        #expect(exposedROK["targeted"] as? [String] == ["contiguous"])
        #expect((rusPRK["securityIndex"] as? String)?.hasPrefix("the states whose score falls") == true)
        let readings = try #require(rusPRK["security"] as? [[String: Any]])
        #expect(readings.compactMap { $0["reading"] as? String } == ["strict", "treaty", "dyadic"])
        let organisations = try #require(json["organisations"] as? [[String: Any]])
        let csto = try #require(organisations.first { $0["id"] as? String == "CSTO" })
        #expect((csto["accession"] as? [String: Any])?["article"] as? String == "19")
    }

    @Test func architectureTextAndUnknownName() async throws {
        let run = try await cli.foedus(["architecture", "nato", "--on", "2026-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("extra-regional"))
        #expect(run.stdout.contains("security part (audit of adding it on the day, every duty honoured):"))
        #expect(run.stdout.contains("      strict: the principle "))
        let bad = try await cli.foedus(["architecture", "no-such-thing"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("eurasia-2024, nato"))
    }

    @Test func claimsJSONContract() async throws {
        let run = try await cli.foedus(["claims", "--on", "2026-01-01", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect(
            claims.compactMap { $0["status"] as? String } == [
                "measured", "measured", "measured", "measured", "measured",
            ])
        #expect(claims[1]["notYetMeasured"] == nil)
        // Claim 2: the audit of adding the Russia–DPRK treaty; the DPRK's share rises, no one's falls beyond tolerance.
        let audit = try #require(json["claim2"] as? [String: Any])
        #expect(audit["change"] as? String == "add RUS-PRK-2024")
        let readings = try #require(audit["readings"] as? [[String: Any]])
        #expect(readings.compactMap { $0["reading"] as? String } == ["strict", "treaty", "dyadic"])
        for reading in readings {
            let winners = try #require(reading["winners"] as? [[String: Any]])
            #expect(winners.compactMap { ($0["state"] as? [String: Any])?["ccode"] as? Int } == [731])
            #expect((reading["losers"] as? [Any])?.isEmpty == true)
        }
        let duties = try #require(claims[0]["obligations"] as? [[String: Any]])
        #expect(
            duties.contains {
                ($0["obligor"] as? [String: Any])?["ccode"] as? Int == 365
                    && ($0["treaty"] as? [String: Any])?["id"] as? String == "RUS-PRK-2024"
                    && $0["article"] as? String == "4"
            })
        let treaties = try #require(claims[2]["treaties"] as? [[String: Any]])
        #expect(treaties.compactMap { $0["id"] as? String } == ["RUS-PRK-2024", "RUS-VNM"])
        #expect(treaties.compactMap { $0["exposedCount"] as? Int } == [193, 0])
        #expect((treaties[1]["security"] as? [[String: Any]])?.count == 3)
        #expect(claims[3]["forces"] != nil && claims[3]["outside"] != nil)
        #expect(claims[4]["overlap"] != nil)
        // Issue #13 §3: the readings' limits stand beside the verdicts.
        let measurement2 = claims[1]["measurement"] as? String ?? ""
        #expect(measurement2.contains("those readings cannot find a loser by construction"))
        #expect(measurement2.contains("the dyadic reading is driven by capability size"))
        #expect((claims[2]["measurement"] as? String ?? "").contains("not of states the treaty names or targets"))
    }
}
