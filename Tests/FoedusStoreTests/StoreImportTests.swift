import FoedusStore
import Foundation
import Testing

/// An export file edited by someone else: every tampered field is refused with a message naming the file,
/// the record and the field, and the store is left byte for byte as it was — on every backend.
@Suite struct StoreImportTests {
    /// One way of tampering with an export, and the message it must give.
    struct Tampering: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var message: String
        /// Whether the snapshot still decodes (its shape is right), so that the store's own check in
        /// ``TreatyStore/merge(_:)`` can be tried with it too.
        var decodes = true
        var edit: @Sendable (inout [String: Any]) -> Void
    }

    static let file = "backup.json"

    /// What the file held before it was edited: a scenario, a treaty (in that order: by kind) and a token.
    static let original = StoreSnapshot(
        schema: StoreSchema.version,
        documents: [
            StoreDocument(
                kind: .scenario, id: "s1", owner: "alice", name: "Scenario one",
                body: #"{"attacks":["USA:PRK"],"id":"s1","name":"Scenario one","on":"2000-01-01"}"#,
                created: "2026-11-23T20:00:00Z"),
            StoreDocument(
                kind: .treaty, id: "pact", owner: "alice", name: "Pact", body: "type: treaty\nid: pact\n",
                created: "2026-11-23T20:00:00Z"),
        ],
        tokens: [APIToken(name: "team", hash: APIToken.hash(of: "one"), created: "2026-11-23T20:00:00Z")])

    static func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var top = try #require(try JSONSerialization.jsonObject(with: original.encoded()) as? [String: Any])
        edit(&top)
        return try JSONSerialization.data(withJSONObject: top)
    }

    static func set(
        _ array: String, _ index: Int, _ key: String, _ value: any Sendable
    ) -> @Sendable (inout [String: Any]) -> Void {
        { top in
            var records = top[array] as? [[String: Any]] ?? []
            records[index][key] = value
            top[array] = records
        }
    }

    static func addToken(name: String, hash: String) -> @Sendable (inout [String: Any]) -> Void {
        { top in
            var tokens = top["tokens"] as? [[String: Any]] ?? []
            tokens.append(["name": name, "hash": hash, "created": "2026-11-23T20:00:00Z"])
            top["tokens"] = tokens
        }
    }

    static let onlyLettersDigits = "only letters, digits, '-', '_' and '.' are allowed"
    static let notATime = "not a time in the store's form (YYYY-MM-DDTHH:MM:SSZ, UTC)"

    static let tamperings: [Tampering] = [
        Tampering(
            testDescription: "a malformed token hash", message: "tokens[1].hash: not a SHA-256 hex digest",
            edit: addToken(name: "mallory", hash: "abc")),
        Tampering(
            testDescription: "an upper-case token hash", message: "tokens[1].hash: not a SHA-256 hex digest",
            edit: addToken(name: "mallory", hash: APIToken.hash(of: "x").uppercased())),
        Tampering(
            testDescription: "a token name with slashes", message: "tokens[1].name: \(onlyLettersDigits)",
            edit: addToken(name: "../../x", hash: APIToken.hash(of: "x"))),
        Tampering(
            testDescription: "a token name '..'", message: "tokens[1].name: '..' is not a name",
            edit: addToken(name: "..", hash: APIToken.hash(of: "x"))),
        Tampering(
            testDescription: "a token whose hash is another's", message: "tokens[1].hash: the same as tokens[0].hash",
            edit: addToken(name: "mallory", hash: APIToken.hash(of: "one"))),
        Tampering(
            testDescription: "created: yesterday", message: "documents[0].created: \(notATime)",
            edit: set("documents", 0, "created", "yesterday")),
        Tampering(
            testDescription: "a revocation on 30 February", message: "tokens[0].revoked: \(notATime)",
            edit: set("tokens", 0, "revoked", "2024-02-30T00:00:00Z")),
        Tampering(
            testDescription: "schema 2",
            message: "schema: version 2 is not one this foedus reads (it reads version \(StoreSchema.version))",
            edit: { $0["schema"] = 2 }),
        Tampering(
            testDescription: "a scenario body that is not JSON", message: "documents[0].body: not valid JSON",
            edit: set("documents", 0, "body", "{not json")),
        Tampering(
            testDescription: "a scenario body that is a JSON array", message: "documents[0].body: not a JSON object",
            edit: set("documents", 0, "body", "[1]")),
        Tampering(
            testDescription: "a treaty body with a NUL",
            message: "documents[1].body: contains U+0000, which YAML does not allow",
            edit: set("documents", 1, "body", "id: pact\u{0}\n")),
        Tampering(
            testDescription: "a name with an escape sequence",
            message: "documents[1].name: contains the control character U+001B",
            edit: set("documents", 1, "name", "Pact\u{1B}[2J")),
        Tampering(
            testDescription: "a name of 201 bytes", message: "documents[1].name: must have 1 to 200 bytes",
            edit: set("documents", 1, "name", String(repeating: "n", count: 201))),
        Tampering(
            testDescription: "an owner with a slash", message: "documents[1].owner: \(onlyLettersDigits)",
            edit: set("documents", 1, "owner", "a/b")),
        Tampering(
            testDescription: "a document that appears twice",
            message: "documents[2].id: treaty pact appears twice (also documents[1])",
            edit: { top in
                var documents = top["documents"] as? [[String: Any]] ?? []
                documents.append(documents[1])
                top["documents"] = documents
            }),
        Tampering(
            testDescription: "an unknown kind", message: "documents[0].kind: not one of treaty, scenario, audit",
            decodes: false, edit: set("documents", 0, "kind", "macro")),
        Tampering(
            testDescription: "an unknown field", message: #"tokens[0]."admin": not a field of a Foedus store export"#,
            decodes: false, edit: set("tokens", 0, "admin", true)),
    ]

    static var cases: [(StoreBackend, Tampering)] {
        StoreBackend.available.flatMap { backend in tamperings.map { (backend, $0) } }
    }

    @Test(arguments: cases)
    func aTamperedExportIsRefusedAndChangesNothing(backend: StoreBackend, tampering: Tampering) async throws {
        let data = try Self.edited(tampering.edit)
        try await backend.withFreshStore { store in
            try await store.insert(
                StoreDocument(
                    kind: .treaty, id: "mine", owner: "bob", name: "Mine", body: "id: mine\n",
                    created: "2026-11-22T10:00:00Z"))
            let before = try await store.snapshot().encoded()
            #expect(throws: StoreError.badSnapshot("\(Self.file): \(tampering.message)")) {
                try StoreSnapshot.decode(data, file: Self.file)
            }
            if tampering.decodes {
                // The store's own check, for callers that do not go through `decode`.
                let unchecked = try JSONDecoder().decode(StoreSnapshot.self, from: data)
                await #expect(throws: StoreError.invalid(tampering.message)) { try await store.merge(unchecked) }
            }
            #expect(try await store.snapshot().encoded() == before)
        }
    }

    @Test func theUntamperedFileDecodes() throws {
        #expect(try StoreSnapshot.decode(try Self.edited { _ in }, file: Self.file) == Self.original)
    }

    @Test func aFileThatIsNotAnExportSaysSo() {
        #expect(throws: StoreError.badSnapshot("x.json: not valid JSON, so not a Foedus store export")) {
            try StoreSnapshot.decode(Data("{".utf8), file: "x.json")
        }
        #expect(throws: StoreError.badSnapshot("x.json: not a Foedus store export (expected a JSON object)")) {
            try StoreSnapshot.decode(Data("[]".utf8), file: "x.json")
        }
    }
}
