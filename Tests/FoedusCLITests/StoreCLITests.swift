import FoedusPostgres
import FoedusStore
import FoedusTestSupport
import Foundation
import Testing

/// `foedus store` and `foedus token` as a user runs them, and the durability of acknowledged writes.
@Suite struct StoreCLITests {
    let cli = CLITests()

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["FOEDUS_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A store path in a new folder of its own (created here: `--store` never creates folders).
    func temporaryStore() throws -> (path: String, cleanup: () -> Void) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-store-cli-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        return (
            directory.appendingPathComponent("store.sqlite").path,
            { try? FileManager.default.removeItem(at: directory) }
        )
    }

    @Test func tokensAreShownOnceAndSurviveExportAndImport() async throws {
        let (path, cleanup) = try temporaryStore()
        defer { cleanup() }
        let created = try await cli.foedus(["token", "create", "newsroom", "--store", path])
        #expect(created.status == 0)
        let secret = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("foedus_") && secret.count == 71)
        let listed = try await cli.foedus(["token", "list", "--store", path])
        #expect(listed.stdout.hasPrefix("newsroom\tcreated ") && listed.stdout.contains("valid"))
        #expect(!listed.stdout.contains(secret))
        let exported = try await cli.foedus(["store", "export", "--store", path])
        #expect(exported.status == 0 && !exported.stdout.contains(secret))
        #expect(exported.stdout.contains(APIToken.hash(of: secret)))
        #expect(try await cli.foedus(["token", "create", "newsroom", "--store", path]).status == 1)
        #expect(try await cli.foedus(["token", "revoke", "newsroom", "--store", path]).status == 0)
        let again = try await cli.foedus(["token", "revoke", "newsroom", "--store", path])
        #expect(again.status == 1 && again.stderr.contains("no valid token named newsroom"))

        let (copy, cleanupCopy) = try temporaryStore()
        defer { cleanupCopy() }
        let withoutTokens = try await cli.foedus(
            ["store", "import", "export.json", "--store", copy], files: ["export.json": exported.stdout])
        #expect(withoutTokens.status == 0)
        #expect(
            withoutTokens.stdout
                == "\(copy): added 0, skipped 0 already there; 1 token in export.json not imported "
                + "(use --with-tokens to import them)\n")
        #expect(try await cli.foedus(["token", "list", "--store", copy]).stdout == "")
        let imported = try await cli.foedus(
            ["store", "import", "export.json", "--with-tokens", "--store", copy],
            files: ["export.json": exported.stdout])
        #expect(imported.stderr == "importing 1 token from export.json: newsroom\n")
        #expect(imported.stdout == "\(copy): added 1, skipped 0 already there\n")
        #expect(try await cli.foedus(["token", "list", "--store", copy]).stdout.hasPrefix("newsroom\tcreated "))
        let reimported = try await cli.foedus(
            ["store", "import", "export.json", "--with-tokens", "--store", copy],
            files: ["export.json": exported.stdout])
        #expect(reimported.stdout.contains("added 0, skipped 1"))
    }

    @Test func pathMigrateAndBadInput() async throws {
        let (path, cleanup) = try temporaryStore()
        defer { cleanup() }
        #expect(try await cli.foedus(["store", "path", "--store", path]).stdout == path + "\n")
        let migrated = try await cli.foedus(["store", "migrate", "--store", path])
        #expect(migrated.stdout == "\(path): schema version 0 → \(StoreSchema.version)\n")
        #expect(try await cli.foedus(["store", "migrate", "--store", path]).stdout.contains("up to date"))
        let broken = try await cli.foedus(
            ["store", "import", "x.json", "--store", path], files: ["x.json": "{\"format\":1}"])
        #expect(broken.status == 1 && broken.stderr.contains("x.json: format:"))
        let badURL = try await cli.foedus(["store", "path", "--database", "mysql://x"])
        #expect(badURL.status == 1 && badURL.stderr.contains("database URL: expected postgres://"))
        let hidden = try await cli.foedus(["store", "path", "--database", "postgres://u:secret@localhost/db"])
        #expect(hidden.stdout == "postgres://u:***@localhost/db\n")
    }

    /// Starts `foedus store check --keep`, kills it with SIGKILL after `acknowledged` committed writes, and
    /// returns every id it had printed (each printed only after its COMMIT).
    func killWriterMidStream(_ storeArguments: [String], acknowledged: Int) async throws -> [String] {
        try await offThePool { try Self.killWriterBlocking(storeArguments, acknowledged: acknowledged) }
    }

    static func killWriterBlocking(_ storeArguments: [String], acknowledged: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["store", "check", "--writes", "1000000", "--keep"] + storeArguments
        process.environment = ["PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while text.split(separator: "\n").count < acknowledged {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the writer ended early; what it printed is still checked
            text += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        text += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Only complete lines count as acknowledged.
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .compactMap { $0.hasPrefix("committed ") ? String($0.dropFirst("committed ".count)) : nil }
    }

    @Test func everyAcknowledgedWriteSurvivesSIGKILLInSQLite() async throws {
        let (path, cleanup) = try temporaryStore()
        defer { cleanup() }
        let ids = try await killWriterMidStream(["--store", path], acknowledged: 200)
        #expect(ids.count >= 200)
        let store = try SQLiteStore(path: path)  // opens cleanly after the kill
        var missing: [String] = []
        for id in ids where try await store.document(.scenario, id: id) == nil { missing.append(id) }
        #expect(missing.isEmpty, "acknowledged but missing: \(missing)")
        #expect(try await store.documents(.scenario, owner: "store-check", after: nil, limit: 500).count >= 200)
    }

    @Test(.enabled(if: StoreCLITests.postgresURL != nil))
    func everyAcknowledgedWriteSurvivesSIGKILLInPostgreSQL() async throws {
        let url = try #require(Self.postgresURL)
        let schema = "k_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await withPostgresGate { try await killInPostgreSQL(url: url, schema: schema) }
    }

    private func killInPostgreSQL(url: String, schema: String) async throws {
        try await PostgresStore.withStore(url: url) { try await $0.execute("CREATE SCHEMA \(schema)") }
        let separator = url.contains("?") ? "&" : "?"
        let ids = try await killWriterMidStream(
            ["--database", url + separator + "schema=" + schema], acknowledged: 100)
        #expect(ids.count >= 100)
        let missing = try await PostgresStore.withStore(url: url, schema: schema) { store in
            var missing: [String] = []
            for id in ids where try await store.document(.scenario, id: id) == nil { missing.append(id) }
            return missing
        }
        #expect(missing.isEmpty, "acknowledged but missing: \(missing)")
        try await PostgresStore.withStore(url: url) { try await $0.execute("DROP SCHEMA \(schema) CASCADE") }
    }
}
