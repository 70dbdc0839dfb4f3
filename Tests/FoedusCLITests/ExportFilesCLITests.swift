import FoedusTestSupport
import Foundation
import Testing

/// Exports that load with default readers (issue #15 §1): a plain table, the provenance in `FILE.meta.json`,
/// `# ` lines only on request, and output extensions Foedus cannot honour refused before anything is written.
@Suite struct ExportFilesCLITests {
    let cli = CLITests()

    func withFolder(_ body: (String) async throws -> Void) async throws {
        let folder = try FolderSnapshot.makeFolder("export-files")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await body(folder)
    }

    func sidecar(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path + ".meta.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aFileIsAPlainTableWithItsProvenanceBesideIt() async throws {
        try await withFolder { folder in
            let path = folder + "/states.csv"
            let run = try await cli.foedus([
                "export", "state-years", "--from", "2016", "--to", "2016", "--output", path,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr == "195 state-years written to \(path) (provenance in \(path).meta.json)\n")
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.first?.hasPrefix("ccode,stateabb,year,cinc") == true)
            #expect(lines.count == 1 + 195 && !lines.contains { $0.hasPrefix("#") })
            let meta = try sidecar(path)
            #expect(meta["file"] as? String == "states.csv")
            #expect(meta["format"] as? String == "csv")
            #expect(meta["rows"] as? Int == 195)
            #expect(meta["command"] as? String == "foedus export state-years --from 2016 --to 2016")
            #expect((meta["columns"] as? [String])?.joined(separator: ",") == String(lines[0]))
            let provenance = try #require(meta["provenance"] as? [String])
            #expect(
                provenance.first?.hasPrefix("foedus ") == true && provenance.contains("cite the sources: foedus cite"))
        }
    }

    @Test func provenanceCommentsAndVerbose() async throws {
        let commented = try await cli.foedus([
            "export", "state-years", "--from", "2016", "--to", "2016", "--provenance-comments",
        ])
        let lines = commented.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("# foedus ") == true)
        #expect(lines.filter { $0.hasPrefix("# ") }.contains("# cite the sources: foedus cite"))
        let verbose = try await cli.foedus(["export", "state-years", "--from", "2016", "--to", "2016", "--verbose"])
        #expect(verbose.stdout.hasPrefix("ccode,"))
        #expect(verbose.stderr.contains("# cite the sources: foedus cite\n"))
        let both = try await cli.foedus(["export", "state-years", "--no-header", "--provenance-comments"])
        #expect(both.status == 64 && both.stderr.contains("give --no-header or --provenance-comments, not both"))
    }

    @Test func theExtensionChoosesTheFormatAndAnUnknownOneIsRefused() async throws {
        try await withFolder { folder in
            let json = try await cli.foedus([
                "export", "state-years", "--from", "2016", "--to", "2016", "--output", folder + "/s.json",
            ])
            #expect(json.status == 0, "\(json.stderr)")
            let rows = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder + "/s.json")))
            #expect((rows as? [[String: Any]])?.count == 195)
            #expect(try sidecar(folder + "/s.json")["format"] as? String == "json")
            let before = try FolderSnapshot(folder)
            let parquet = try await cli.foedus(["export", "dyad-years", "--output", folder + "/ddy.parquet"])
            #expect(parquet.status == 64)
            #expect(parquet.stderr.contains("ends in .parquet, a format Foedus does not write; name it .csv or .json"))
            let clash = try await cli.foedus(["export", "alliances", "--output", folder + "/a.csv", "--format", "json"])
            #expect(clash.status == 64 && clash.stderr.contains("ends in .csv but --format is json"))
            #expect(try FolderSnapshot(folder) == before)
        }
    }
}
