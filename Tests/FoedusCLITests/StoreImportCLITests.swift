import FoedusPostgres
import FoedusStore
import FoedusTestSupport
import Foundation
import Testing

/// `foedus store import` with a file someone edited, `--with-tokens`, and the folder rule of `--store`,
/// as a user runs them: on SQLite, and on PostgreSQL when `FOEDUS_DATABASE_URL` is set.
@Suite struct StoreImportCLITests {
    let cli = CLITests()

    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
        static var available: [Backend] { StoreCLITests.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    }

    /// Runs `body` with the store arguments of a fresh, empty store of `backend`.
    func withStore<R>(_ backend: Backend, _ body: ([String]) async throws -> R) async throws -> R {
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-import-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(at: folder) }
            return try await body(["--store", folder.appendingPathComponent("store.sqlite").path])
        case .postgres:
            let url = try #require(StoreCLITests.postgresURL)
            let schema = "i_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            return try await withPostgresGate {
                try await PostgresStore.withStore(url: url) { try await $0.execute("CREATE SCHEMA \(schema)") }
                let drop = {
                    try await PostgresStore.withStore(url: url) {
                        try await $0.execute("DROP SCHEMA \(schema) CASCADE")
                    }
                }
                do {
                    let result = try await body([
                        "--database", url + (url.contains("?") ? "&" : "?") + "schema=" + schema,
                    ])
                    try await drop()
                    return result
                } catch {
                    try? await drop()
                    throw error
                }
            }
        }
    }

    static let scenario = #"{"attacks":["CHN:VNM"],"id":"s1","name":"Scenario one","on":"2026-01-01"}"#

    /// A well-formed export: a saved scenario, a user treaty and one token.
    static func export(editing edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        var documents: [[String: Any]] = [
            ["kind": "scenario", "id": "s1", "owner": "alice", "name": "Scenario one", "body": scenario],
            [
                "kind": "treaty", "id": "WHATIF-RUS-VNM", "owner": "alice", "name": "What-if",
                "body": Fixtures.whatIfRussiaVietnamPact,
            ],
        ]
        for i in documents.indices { documents[i]["created"] = "2026-11-23T20:00:00Z" }
        var top: [String: Any] = [
            "format": "foedus-store", "schema": StoreSchema.version, "documents": documents,
            "tokens": [["name": "team", "hash": APIToken.hash(of: "team secret"), "created": "2026-11-23T20:00:00Z"]],
        ]
        edit(&top)
        return String(decoding: try JSONSerialization.data(withJSONObject: top, options: [.sortedKeys]), as: UTF8.self)
    }

    static func setting(_ array: String, _ index: Int, _ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
        { top in
            var records = top[array] as? [[String: Any]] ?? []
            records[index][key] = value
            top[array] = records
        }
    }

    static func addingToken(name: String, hash: String) -> (inout [String: Any]) -> Void {
        { top in
            var tokens = top["tokens"] as? [[String: Any]] ?? []
            tokens.append(["name": name, "hash": hash, "created": "2026-11-23T20:00:00Z"])
            top["tokens"] = tokens
        }
    }

    /// Tamperings and the start of the message each must give (after `error: backup.json: `).
    static var tamperings: [(edit: (inout [String: Any]) -> Void, message: String)] {
        [
            (addingToken(name: "mallory", hash: "abc"), "tokens[1].hash: not a SHA-256 hex digest"),
            (
                addingToken(name: "../../x", hash: APIToken.hash(of: "x")),
                "tokens[1].name: only letters, digits, '-', '_' and '.' are allowed"
            ),
            (setting("documents", 0, "created", "yesterday"), "documents[0].created: not a time in the store's form"),
            ({ $0["schema"] = 2 }, "schema: version 2 is not one this foedus reads"),
            (setting("documents", 0, "body", "{not json"), "documents[0].body: not valid JSON"),
            (setting("documents", 0, "body", #"{"id":"s1"}"#), "documents[0].body: name: missing"),
            (
                setting("documents", 0, "body", scenario.replacingOccurrences(of: "\"s1\"", with: "\"s2\"")),
                #"documents[0].body: the scenario's id is "s2", the record's s1"#
            ),
            (setting("documents", 1, "body", "type: treaty\nid: WHATIF-RUS-VNM\n"), "documents[1].body:"),
            (
                setting("documents", 1, "id", "OTHER"),
                #"documents[1].body: the treaty's id is "WHATIF-RUS-VNM", the record's OTHER"#
            ),
        ]
    }

    @Test(arguments: Backend.available)
    func aTamperedFileIsRefusedNamingTheRecordAndTheStoreIsUnchanged(backend: Backend) async throws {
        try await withStore(backend) { store in
            let created = try await cli.foedus(["token", "create", "owner"] + store)
            #expect(created.status == 0, "\(created.stderr)")
            let before = try await cli.foedus(["store", "export"] + store)
            #expect(before.status == 0 && before.stdout.contains("\"owner\""))
            for (edit, message) in Self.tamperings {
                let run = try await cli.foedus(
                    ["store", "import", "backup.json", "--with-tokens"] + store,
                    files: ["backup.json": try Self.export(editing: edit)])
                #expect(run.status == 1, "\(message)")
                #expect(run.stderr.hasPrefix("error: backup.json: \(message)"), "\(run.stderr)")
                #expect(run.stdout.isEmpty)
                let after = try await cli.foedus(["store", "export"] + store)
                #expect(after.stdout == before.stdout, "\(message)")
            }
        }
    }

    @Test(arguments: Backend.available)
    func tokensAreImportedOnlyWithWithTokens(backend: Backend) async throws {
        try await withStore(backend) { store in
            // Someone adds the hash of a secret of their own to a backup.
            let forged = "foedus_" + String(repeating: "0", count: 64)
            let file = try Self.export(editing: Self.addingToken(name: "mallory", hash: APIToken.hash(of: forged)))
            let plain = try await cli.foedus(["store", "import", "backup.json"] + store, files: ["backup.json": file])
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stderr.isEmpty)
            #expect(
                plain.stdout.hasSuffix(
                    ": added 2, skipped 0 already there; 2 tokens in backup.json not imported "
                        + "(use --with-tokens to import them)\n"))
            #expect(try await cli.foedus(["token", "list"] + store).stdout.isEmpty)
            let exported = try await cli.foedus(["store", "export"] + store)
            #expect(exported.stdout.contains("WHATIF-RUS-VNM") && !exported.stdout.contains("mallory"))

            let trusted = try await cli.foedus(
                ["store", "import", "backup.json", "--with-tokens"] + store, files: ["backup.json": file])
            #expect(trusted.status == 0, "\(trusted.stderr)")
            #expect(trusted.stderr == "importing 2 tokens from backup.json: team, mallory\n")
            #expect(trusted.stdout.hasSuffix(": added 2, skipped 2 already there\n"))
            let listed = try await cli.foedus(["token", "list"] + store).stdout
            #expect(listed.split(separator: "\n").map { $0.prefix { $0 != "\t" } } == ["mallory", "team"])
        }
    }

    @Test func aStoreInAFolderThatDoesNotExistIsRefusedAndNothingIsCreated() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-missing-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nonexistent-dir").path
        for arguments in [["token", "list"], ["token", "create", "team"], ["store", "migrate"]] {
            let run = try await cli.foedus(arguments + ["--store", missing + "/x.sqlite"])
            #expect(run.status == 1)
            #expect(run.stderr == "error: --store: folder \(missing) does not exist\n", "\(arguments)")
        }
        let imported = try await cli.foedus(
            ["store", "import", "backup.json", "--store", missing + "/x.sqlite"],
            files: ["backup.json": try Self.export()])
        #expect(imported.status == 1 && imported.stderr == "error: --store: folder \(missing) does not exist\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aNewStoreFileIsPrivate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-mode-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        #expect(try await cli.foedus(["store", "check", "--writes", "3", "--store", path]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains("store.sqlite"))
        for file in files {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/" + file)
            #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600, "\(file)")
        }
    }

    @Test func tokenNamesAreCheckedBeforeTheStoreIsOpened() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-names-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let cases: [(String, String)] = [
            ("../../x", "<name>: only letters, digits, '-', '_' and '.' are allowed"),
            ("a\u{1B}[2Jb", "<name>: only letters, digits, '-', '_' and '.' are allowed"),
            ("tab\there", "<name>: only letters, digits, '-', '_' and '.' are allowed"),
            (String(repeating: "a", count: 10_000), "<name>: must have 1 to 64 characters"),
            ("", "<name>: must have 1 to 64 characters"),
            ("..", "<name>: '..' is not a name"),
        ]
        for (name, message) in cases {
            for command in ["create", "revoke"] {
                let run = try await cli.foedus(["token", command, name, "--store", path])
                #expect(run.status == 64, "\(command) \(message)")
                #expect(run.stderr.hasPrefix("Error: \(message)\n"), "\(run.stderr)")
                #expect(!run.stderr.contains("\u{1B}") && !run.stdout.contains("foedus_"))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
