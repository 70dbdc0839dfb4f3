import FoedusTestSupport
import Foundation
import Testing

/// Runs the built `foedus` binary as a user would, checking output, the JSON contract and exit codes.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try #require(object as? [String: Any])
        }
    }

    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [
            beside.appendingPathComponent("foedus").path,
            beside.deletingLastPathComponent().appendingPathComponent("foedus").path,
            Fixtures.repositoryRoot + "/.build/debug/foedus",
        ]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return Fixtures.repositoryRoot + "/.build/debug/foedus"
    }()

    func foedus(_ arguments: [String], today: String = "2026-01-01", files: [String: String] = [:]) async throws -> Run
    {
        try await offThePool { try Self.run(arguments, today: today, files: files) }
    }

    /// Runs the binary and waits for it (blocking: call through ``offThePool(_:)``).
    static func run(_ arguments: [String], today: String, files: [String: String]) throws -> Run {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = dir
        process.environment = ["FOEDUS_TODAY": today, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func versionNamesCodeAndData() async throws {
        let run = try await foedus(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("foedus 0.1.0, data 0.1.0+"))
    }

    @Test func obligationsJSONContract() async throws {
        // Between signature (2024-06-19) and entry into force (2024-12-04) of the Russia–DPRK treaty.
        let run = try await foedus([
            "obligations", "--on", "2024-09-01", "--attack", "USA:PRK", "--explain", "RUS", "--json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        #expect(json["date"] as? String == "2024-09-01")
        let provenance = try #require(json["provenance"] as? [String: Any])
        for key in ["foedus", "data", "policy", "honour", "dateBasis", "assumptions", "today"] {
            #expect(provenance[key] != nil, "provenance.\(key)")
        }
        let obligations = try #require(json["obligations"] as? [[String: Any]])
        let china = try #require(
            obligations.first { ($0["treaty"] as? [String: Any])?["id"] as? String == "CHN-PRK-1961" })
        for key in [
            "obligor", "beneficiary", "adversary", "kind", "strength", "status", "treaty", "article", "quote", "source",
            "verified",
        ] {
            #expect(china[key] != nil, "obligation.\(key)")
        }
        let obligor = try #require(china["obligor"] as? [String: Any])
        #expect(
            obligor["ccode"] as? Int == 710 && obligor["iso3"] as? String == "CHN"
                && obligor["name"] as? String == "China")
        #expect(china["kind"] as? String == "defense" && china["status"] as? String == "binding")
        #expect(!obligations.contains { ($0["treaty"] as? [String: Any])?["id"] as? String == "RUS-PRK-2024" })
        let explanations = try #require(json["explanations"] as? [[String: Any]])
        let reasons = try #require(explanations.first?["reasons"] as? [[String: Any]])
        #expect(
            reasons.contains {
                $0["reason"] as? String == "notYetInForce"
                    && ($0["message"] as? String)?.contains("in force only from 2024-12-04") == true
            })
    }

    @Test func scenarioJSONContract() async throws {
        let run = try await foedus(["scenario", "--on", "2026-01-01", "--attack", "USA:PRK", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        #expect(json["policy"] as? String == "treaty")
        let sides = try #require(json["sides"] as? [String: Any])
        let defenders = try #require(sides["defenders"] as? [[String: Any]])
        let codes = defenders.compactMap { ($0["state"] as? [String: Any])?["ccode"] as? Int }
        #expect(Set(codes).isSuperset(of: [731, 710, 365]))
        let russia = try #require(defenders.first { ($0["state"] as? [String: Any])?["ccode"] as? Int == 365 })
        let steps = try #require(russia["reasons"] as? [[String: Any]])
        #expect((steps.last?["treaty"] as? [String: Any])?["id"] as? String == "RUS-PRK-2024")
        #expect(steps.last?["article"] as? String == "4")
        #expect(json["outside"] is [Any] && json["conflicts"] is [Any])
    }

    @Test func todayComesFromFOEDUS_TODAY() async throws {
        let run = try await foedus(["scenario", "--attack", "USA:PRK", "--json"], today: "2024-09-01")
        #expect(try run.json()["date"] as? String == "2024-09-01")
    }

    @Test func badUsageExits64() async throws {
        let run = try await foedus(["scenario", "--on", "2024-02-30", "--attack", "USA:PRK"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("not a valid date"))
        #expect(try await foedus(["scenario"]).status == 64)
        #expect(try await foedus(["scenario", "--attack", "USA:PRK", "--policy", "wild"]).status == 64)
    }

    @Test func domainErrorsExit1WithAClearMessage() async throws {
        let unknown = try await foedus(["scenario", "--attack", "Rusia:UKR"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown state 'Rusia'; did you mean Russia (365, RUS)"))
        let ambiguous = try await foedus(["scenario", "--attack", "AUS:PRK"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("ambiguous"))
        let gone = try await foedus(["scenario", "--attack", "GDR:POL"])
        #expect(gone.status == 1 && gone.stderr.contains("was not a member of the state system on 2026-01-01"))
        let json = try await foedus(["scenario", "--attack", "XYZ:PRK", "--json"])
        #expect(json.status == 1)
        let error = try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: Any]
        #expect((error?["error"] as? [String: Any])?["code"] as? String == "unknownState")
        #expect(!json.stderr.contains("Fatal") && !json.stderr.contains("Stack"))
    }

    @Test func validateReportsFileLineField() async throws {
        let bad = "type: treaty\nid: X-1\nname: x\nsigned: 2024-01-01\ninForce: 2024-02-30\nparties: [{state: RUS}]\n"
        let run = try await foedus(["validate", "bad.yaml"], files: ["bad.yaml": bad])
        #expect(run.status == 1)
        #expect(run.stdout.contains("bad.yaml:5: inForce: '2024-02-30' is not a valid date"))
        let bundled = try await foedus(["validate"])
        #expect(bundled.status == 0, "\(bundled.stdout)")
    }

    @Test func aScenarioFileAndAWhatIfTreaty() async throws {
        let scenario = "date: 2026-01-01\nattacks:\n  - {aggressor: CHN, victim: VNM}\npolicy: strict\n"
        let pact = Fixtures.whatIfRussiaVietnamPact
        let without = try await foedus(["scenario", "s.yaml", "--json"], files: ["s.yaml": scenario])
        #expect(without.status == 0, "\(without.stderr)")
        let withPact = try await foedus(
            ["scenario", "s.yaml", "--data", "w.yaml", "--json"], files: ["s.yaml": scenario, "w.yaml": pact])
        #expect(withPact.status == 0, "\(withPact.stderr)")
        func defenders(_ run: Run) throws -> Set<Int> {
            let sides = try #require(try run.json()["sides"] as? [String: Any])
            let list = try #require(sides["defenders"] as? [[String: Any]])
            return Set(list.compactMap { ($0["state"] as? [String: Any])?["ccode"] as? Int })
        }
        #expect(try defenders(without) == [816])
        #expect(try defenders(withPact) == [816, 365])
    }
}

/// The exports, run as a user would.
@Suite struct ExportCLITests {
    let cli = CLITests()

    @Test func dyadYearsInPeacesciencersFormat() async throws {
        let run = try await cli.foedus(["export", "dyad-years", "--from", "2017", "--to", "2020"], today: "2026-01-01")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        // A plain table: the header row first, no comment lines (issue #15 §1).
        let header = try #require(lines.first)
        // Past 2018 the export adds atop_carried and foedus_treaties (docs/dyad-years.md, "After 2018").
        #expect(
            header
                == "ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,cinc1,cinc2,atopids,atop_carried,foedus_treaties"
        )
        #expect(!lines.contains { $0.hasPrefix("#") })
        let rows = lines.dropFirst()
        #expect(rows.count == 4 * 37_830)
        #expect(run.stderr.contains("151320 dyad-years written"))
        // USA–Canada: NATO (3180), the Helsinki Final Act (3740) and the TAC (3755); NMC ends in 2016 (CINC NA). After
        // 2018 the curated NATO and TAC treaties and the Helsinki Final Act carried on (atop_carried 1).
        let usaCanada2018 = try #require(rows.first { $0.hasPrefix("2,20,2018,") })
        #expect(usaCanada2018 == "2,20,2018,1,1,0,0,1,1,,,3180;3740;3755,0,")
        let usaCanada2019 = try #require(rows.first { $0.hasPrefix("2,20,2019,") })
        #expect(usaCanada2019 == "2,20,2019,1,1,0,0,1,1,,,3180;3740;3755,1,NATO-1949;TAC-1976")
        // Russia–DPRK: the 2000 treaty (linked to ATOP 4940) from the curated coding, nothing carried.
        #expect(rows.contains("365,731,2019,1,0,0,0,1,1,,,3755;4940,0,RUS-PRK-2000;TAC-1976"))
        let usaCanada2017 = try #require(rows.first { $0.hasPrefix("2,20,2017,") })
        #expect(usaCanada2017.hasPrefix("2,20,2017,1,1,0,0,1,1,,,"))
        // Up to 2018 alone, the columns are peacesciencer's: no atop_carried.
        let atop = try await cli.foedus(
            ["export", "dyad-years", "--from", "2018", "--to", "2018"], today: "2026-01-01")
        #expect(
            atop.stdout.hasPrefix(
                "ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,cinc1,cinc2,atopids\n"
            ))
        #expect(atop.stdout.contains("\n2,20,2018,1,1,0,0,1,1,,,3180;3740;3755\n"))
    }

    @Test func nondirectedTakesTheMaximumOverBothDirections() async throws {
        // 1832: France (220) owed Belgium (211) defence, Belgium owed France none (peacesciencer's example).
        let run = try await cli.foedus([
            "export", "dyad-years", "--from", "1832", "--to", "1832", "--nondirected", "--no-header",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").contains { $0.hasPrefix("211,220,1832,1,1,") })
        let directed = try await cli.foedus(["export", "dyad-years", "--from", "1832", "--to", "1832", "--no-header"])
        #expect(directed.stdout.split(separator: "\n").contains { $0.hasPrefix("211,220,1832,1,0,") })
        #expect(directed.stdout.split(separator: "\n").contains { $0.hasPrefix("220,211,1832,1,1,") })
    }

    @Test func jsonAndBadRanges() async throws {
        let json = try await cli.foedus(["export", "dyad-years", "--from", "1816", "--to", "1816", "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 23 * 22)
        #expect(rows.first?["ccode1"] as? Int == 2)
        #expect(try await cli.foedus(["export", "dyad-years", "--from", "1700"]).status == 64)
        #expect(try await cli.foedus(["export", "dyad-years", "--from", "2000", "--to", "1990"]).status == 64)
        #expect(try await cli.foedus(["export", "dyad-years", "--to", "2999"]).status == 64)
    }

    @Test func stateYearsMatchTheCOWStateYears() async throws {
        // A state-year exists when the state was in the system on at least one day of the year; for
        // 1816–2016 that is exactly the 15,951 state-years of NMC v6.0, every one with a CINC value.
        let run = try await cli.foedus(["export", "state-years", "--from", "1816", "--to", "2016", "--no-header"])
        #expect(run.stderr.contains("15951 state-years written"))
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[3] != "" })
    }

    @Test func stateYearsAndCite() async throws {
        let run = try await cli.foedus(["export", "state-years", "--from", "2016", "--to", "2016", "--no-header"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 195)
        #expect(lines.contains { $0.hasPrefix("365,RUS,2016,0.") })
        let cite = try await cli.foedus(["cite"])
        #expect(cite.stdout.contains("Alliance Treaty Obligations and Provisions, 1815-1944"))
        #expect(cite.stdout.contains("State System Membership List, v2016"))
    }
}

extension ExportCLITests {
    @Test func allianceMemberRowsAreATOPsAloneByDefault() async throws {
        let run = try await cli.foedus(["export", "alliances", "--no-header"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        // ATOP 5.1's 2,510 member rows less Annam's (8152, not a COW state), nothing else, no atop_carried.
        #expect(lines.first == "source,atopid,treaty,ccode,stateabb,entry,exit,defense,offense,neutral,nonagg,consul")
        #expect(lines.count == 1 + 2_509)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("ATOP 5.1,") })
    }

    @Test func allianceMemberRowsPast2018AddTheCarriedAndCuratedTreaties() async throws {
        let atop = try await cli.foedus(["export", "alliances"])
        let run = try await cli.foedus(["export", "alliances", "--to", "2025"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "source,atopid,treaty,ccode,stateabb,entry,exit,defense,offense,neutral,nonagg,consul,atop_carried")
        // ATOP's rows as before, with atop_carried 0.
        let before = atop.stdout.split(separator: "\n").dropFirst().map { $0 + ",0" }
        #expect(Array(lines[1...before.count]) == before)
        let after = lines.dropFirst(1 + before.count)
        // Curated treaties, linked to ATOP or not, with entry-into-force dates; no aid to an aggressor is neutrality,
        // non-participation and territorial non-use non-aggression.
        #expect(after.contains("foedus,,RUS-PRK-2024,365,RUS,2024-12-04,,1,0,0,1,1,0"))
        #expect(after.contains { $0.hasPrefix("foedus,3180,NATO-1949,") })
        #expect(after.contains { $0.hasPrefix("foedus,,RUS-IRN-2025,365,RUS,") && $0.hasSuffix(",0,0,1,1,1,0") })
        // Carried ATOP alliances: source ATOP 5.1, atop_carried 1, no treaty id.
        let carried = after.filter { $0.hasSuffix(",1") && $0.hasPrefix("ATOP 5.1,") }
        #expect(
            !carried.isEmpty
                && carried.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[2].isEmpty })
        #expect(after.allSatisfy { $0.hasPrefix("ATOP 5.1,") ? $0.hasSuffix(",1") : $0.hasSuffix(",0") })
    }
}

/// `foedus simulate`, run as a user would.
@Suite struct SimulateCLITests {
    let cli = CLITests()

    @Test func sameSeedSameOutputWhateverTheThreads() async throws {
        let arguments = [
            "simulate", "--on", "2026-01-01", "--attack", "USA:PRK", "--runs", "300", "--seed", "5", "--json",
        ]
        let one = try await cli.foedus(arguments + ["--threads", "1"])
        let two = try await cli.foedus(arguments + ["--threads", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        let json = try one.json()
        let result = try #require(json["result"] as? [String: Any])
        #expect(result["runs"] as? Int == 300)
        let states = try #require(result["states"] as? [[String: Any]])
        // The DPRK is always on the defenders' side; China joins it in some runs but not all.
        let china = try #require(states.first { ($0["state"] as? [String: Any])?["ccode"] as? Int == 710 })
        let p = try #require((china["defenders"] as? [String: Any])?["value"] as? Double)
        #expect(p > 0.05 && p < 0.95)
        #expect((json["assumptions"] as? [String])?.contains { $0.contains("an assumption") } == true)
    }

    @Test func badPriorsAreNamedWithTheirLine() async throws {
        let run = try await cli.foedus(
            ["simulate", "--on", "2026-01-01", "--attack", "USA:PRK", "--runs", "10", "--priors", "p.yaml"],
            files: ["p.yaml": "since1945:\n  automatic: {mean: 1.5}\n"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("p.yaml:2: since1945.automatic.mean: expected a number between 0 and 1"))
        #expect(try await cli.foedus(["simulate", "--attack", "USA:PRK", "--runs", "0"]).status == 64)
    }
}
