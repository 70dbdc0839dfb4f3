import Foundation
import Testing

/// Data and verbs peacesciencer users expect (issue #15 §4): similarity for every pair of a year, covariates,
/// BibTeX.
@Suite struct ResearchExportsCLITests {
    let cli = CLITests()

    @Test func similarityForEveryPairOfAYear() async throws {
        let run = try await cli.foedus(["export", "similarity", "--year", "1980"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "ccode1,ccode2,year,s_absolute,s_squared,s_weighted_absolute,s_weighted_squared,kappa_squared,kappa_nominal,pi_nominal,pi_squared,tau_b"
        )
        let pairs = 156 * 155 / 2
        #expect(lines.count == 1 + pairs)
        // USA–USSR: the values of `foedus similarity --year 1980 USA RUS --json`, to the last digit.
        let row = try #require(lines.first { $0.hasPrefix("2,365,1980,") })
        // (The JSON's numbers as printed: Foundation's JSON parser on Linux may change the last digit.)
        let pair = try await cli.foedus(["similarity", "--year", "1980", "USA", "RUS", "--json"])
        let printed = pair.stdout.split(separator: "\n").filter { $0.contains("\"value\" : ") }.map {
            String($0.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespaces)
        }
        let values = row.split(separator: ",", omittingEmptySubsequences: false).dropFirst(3).map(String.init)
        #expect(values == printed)
        #expect(values.first == "0.2564102564102564")
        let directed = try await cli.foedus(["export", "similarity", "--year", "1980", "--to", "1981", "--directed"])
        #expect(directed.status == 0)
        #expect(directed.stdout.contains("\n2,365,1980,0.2564102564102564,"))
        #expect(directed.stdout.contains("\n365,2,1980,0.2564102564102564,"))
        // Up to this year (FOEDUS_TODAY 2026-01-01), not later.
        #expect(try await cli.foedus(["export", "similarity", "--year", "2027"]).status == 64)
    }

    @Test func similarityPast2018ReadsTheCarriedAndCuratedTreaties() async throws {
        let run = try await cli.foedus(["export", "similarity", "--year", "2024", "--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("after 2018 (ATOP's coverage ends): the alliance matrix comes from the treaties"))
        let row = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("2,365,2024,") })
        let values = row.split(separator: ",", omittingEmptySubsequences: false).dropFirst(3).map(String.init)
        #expect(values.first == "0.388034188034188")
        // The pair's own report has the same values, and says where they come from.
        let pairs = try await cli.foedus(["similarity", "--year", "2024", "USA", "RUS", "CAN"])
        #expect(pairs.status == 0, "\(pairs.stderr)")
        let lines = pairs.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("USA    RUS     195  0.388034") })
        #expect(lines.contains { $0.hasPrefix("USA    CAN     195  0.630769") })
        #expect(lines.contains { $0.hasPrefix("note: after 2018 (ATOP's coverage ends)") })
        // The relevant set needs contiguity and major powers, which end before 2019.
        let relevant = try await cli.foedus(["similarity", "--year", "2024", "USA", "RUS", "--reference", "relevant"])
        #expect(relevant.status == 1 && relevant.stderr.contains("the relevant set needs contiguity"))
    }

    @Test func similarityOfMoreThanTwoStatesGivesEveryPair() async throws {
        let run = try await cli.foedus(["similarity", "--year", "1980", "USA", "RUS", "GFR", "GDR"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2 + 6)
        #expect(lines.contains { $0.hasPrefix("USA    RUS     156  0.256410") })
        let json = try await cli.foedus(["similarity", "--year", "1980", "USA", "RUS", "GFR", "--json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 3)
        #expect(try await cli.foedus(["similarity", "--year", "1980", "USA"]).status == 64)
    }

    @Test func covariatesContiguityAndMajorPowers() async throws {
        let run = try await cli.foedus([
            "export", "dyad-years", "--from", "2016", "--to", "2017", "--covariates", "contiguity,major-power",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix(",atopids,conttype,cowmaj1,cowmaj2") == true)
        // USA–Canada: land border, the US a major power; USA–Russia: 12 miles of water or fewer (type 2); the
        // COW lists end in 2016, so 2017 is NA.
        #expect(lines.contains("2,20,2016,1,1,0,0,1,1,0.13305758,0.0084070936,3180;3740;3755,1,1,0"))
        #expect(lines.contains { $0.hasPrefix("2,365,2016,") && $0.hasSuffix(",2,1,1") })
        #expect(lines.contains { $0.hasPrefix("2,200,2016,") && $0.hasSuffix(",0,1,1") })
        #expect(lines.contains("2,20,2017,1,1,0,0,1,1,,,3180;3740;3755,,,"))
        let bad = try await cli.foedus(["export", "dyad-years", "--covariates", "distance"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'distance' is not a covariate"))
    }

    @Test func bibtexHasOneEntryPerSource() async throws {
        let run = try await cli.foedus(["cite", "--bibtex"])
        #expect(run.status == 0)
        let entries = run.stdout.components(separatedBy: "\n\n")
        let keys = entries.compactMap { entry -> String? in
            guard let first = entry.split(separator: "\n").first, first.hasPrefix("@"), first.hasSuffix(","),
                let brace = first.firstIndex(of: "{")
            else { return nil }
            return String(first[first.index(after: brace)..<first.index(before: first.endIndex)])
        }
        #expect(
            keys == [
                "foedus", "leeds2002atop", "cow2017states", "singer1972nmc", "sarkees2010war", "stinnett2002contiguity",
                "cow2017majors", "gibler2016mid", "naturalearth", "arelbundock2018countrycode",
            ])
        for entry in entries {
            // Valid key characters, balanced braces, a title, and the closing brace on its own line.
            #expect(entry.filter { $0 == "{" }.count == entry.filter { $0 == "}" }.count, "\(entry)")
            #expect(entry.contains("\n  title = {"))
            #expect(entry.hasSuffix("\n}") || entry.hasSuffix("\n}\n"))
        }
        #expect(keys.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || "-_:".contains($0) } })
        let plain = try await cli.foedus(["cite"])
        #expect(plain.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }.count == keys.count)
        #expect(try await cli.foedus(["cite", "--bibtex", "--json"]).status == 64)
    }
}
