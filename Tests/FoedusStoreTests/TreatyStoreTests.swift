import FoedusStore
import Foundation
import Testing

/// The same test bodies against every backend (``StoreBackend``).
@Suite struct TreatyStoreTests {
    func document(_ id: String, kind: StoreDocument.Kind = .treaty, owner: String = "alice") -> StoreDocument {
        StoreDocument(
            kind: kind, id: id, owner: owner, name: "What-if \(id)",
            body: kind == .treaty ? "id: \(id)\n" : #"{"id":"\#(id)"}"#, created: "2026-11-23T20:00:00Z")
    }

    @Test(arguments: StoreBackend.available)
    func documentsRoundTripAndPageInIdOrder(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            for id in ["c", "a", "b", "d"] { try await store.insert(document(id, owner: id == "d" ? "bob" : "alice")) }
            try await store.insert(document("a", kind: .scenario))
            #expect(try await store.document(.treaty, id: "b") == document("b"))
            #expect(try await store.document(.treaty, id: "zz") == nil)
            let first = try await store.documents(.treaty, owner: nil, after: nil, limit: 2)
            #expect(first.map(\.id) == ["a", "b"])
            let next = try await store.documents(.treaty, owner: nil, after: "b", limit: 2)
            #expect(next.map(\.id) == ["c", "d"])
            #expect(try await store.documents(.treaty, owner: "bob", after: nil, limit: 10).map(\.id) == ["d"])
            #expect(try await store.documents(.scenario, owner: nil, after: nil, limit: 10).map(\.id) == ["a"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func aTakenIdIsAConflictAndNothingIsOverwritten(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            try await store.insert(document("x"))
            var other = document("x", owner: "bob")
            other.body = "id: other\n"
            await #expect(throws: StoreError.conflict("treaty x: exists already")) { try await store.insert(other) }
            #expect(try await store.document(.treaty, id: "x")?.owner == "alice")
        }
    }

    @Test(arguments: StoreBackend.available)
    func onlyTheOwnerDeletes(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            try await store.insert(document("x"))
            #expect(try await store.delete(.treaty, id: "x", owner: "bob") == false)
            #expect(try await store.document(.treaty, id: "x") != nil)
            #expect(try await store.delete(.treaty, id: "x", owner: "alice") == true)
            #expect(try await store.document(.treaty, id: "x") == nil)
            #expect(try await store.delete(.treaty, id: "x", owner: nil) == false)
        }
    }

    @Test(arguments: StoreBackend.available)
    func tokensAreStoredAsHashesAndRevokedOnce(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            let (secret, token) = try APIToken.generate(name: "newsroom", created: "2026-11-23T20:00:00Z")
            #expect(secret.hasPrefix("foedus_") && secret.count == 71)
            #expect(token.hash == APIToken.hash(of: secret) && token.hash != secret && token.hash.count == 64)
            try await store.insert(token)
            #expect(try await store.token(hash: APIToken.hash(of: secret)) == token)
            #expect(try await store.token(hash: APIToken.hash(of: secret + "x")) == nil)
            await #expect(throws: StoreError.conflict("token newsroom: exists already")) {
                try await store.insert(token)
            }
            #expect(try await store.revokeToken(name: "newsroom", at: "2026-11-24T00:00:00Z") == true)
            #expect(try await store.revokeToken(name: "newsroom", at: "2026-11-25T00:00:00Z") == false)
            #expect(try await store.tokens().map(\.revoked) == ["2026-11-24T00:00:00Z"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func exportThenImportIntoAnotherStoreGivesTheSameSnapshot(backend: StoreBackend) async throws {
        let exported = try await backend.withFreshStore { store in
            try await store.insert(document("b"))
            try await store.insert(document("a", kind: .audit, owner: "bob"))
            try await store.insert(try APIToken.generate(name: "team", created: "2026-11-23T20:00:00Z").token)
            return try await store.snapshot()
        }
        #expect(exported.documents.map(\.id) == ["a", "b"])  // sorted by kind, then id: audit before treaty
        let data = try exported.encoded()
        try await backend.withFreshStore { store in
            try await store.insert(document("b"))
            let merged = try await store.merge(try StoreSnapshot.decode(data, file: "export.json"))
            #expect(merged.added == 2 && merged.skipped == 1)
            #expect(try await store.snapshot() == exported)
            #expect(try await store.snapshot().encoded() == data)
        }
    }

    @Test(arguments: StoreBackend.available)
    func migratingTwiceChangesNothing(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            let first = try await store.migrate()
            #expect(first == (0, StoreSchema.version))
            let second = try await store.migrate()
            #expect(second == (StoreSchema.version, StoreSchema.version))
        }
    }

    @Test func badFieldsAreRefusedWithTheFieldNamed() async throws {
        let store = try SQLiteStore()
        var bad = document("has space")
        await #expect(throws: StoreError.invalid("id: only letters, digits, '-', '_' and '.' are allowed")) {
            try await store.insert(bad)
        }
        bad = document("ok")
        bad.body = String(repeating: "x", count: StoreDocument.maximumBodyBytes + 1)
        await #expect(throws: StoreError.invalid("body: larger than 1048576 bytes")) { try await store.insert(bad) }
    }

    @Test func aBrokenExportNamesTheField() throws {
        let text = #"{"format":"foedus-store","schema":1,"documents":[{"kind":"treaty","id":"a"}],"tokens":[]}"#
        #expect(throws: StoreError.badSnapshot("export.json: documents[0].owner: missing")) {
            try StoreSnapshot.decode(Data(text.utf8), file: "export.json")
        }
        let wrong = #"{"format":"other","schema":1,"documents":[],"tokens":[]}"#
        #expect(throws: StoreError.badSnapshot(#"export.json: format: expected "foedus-store", found "other""#)) {
            try StoreSnapshot.decode(Data(wrong.utf8), file: "export.json")
        }
    }
}
