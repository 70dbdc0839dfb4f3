import FoedusStore
import Foundation
import Testing

/// What every write goes through (``StoreDocument/validate()``, ``APIToken/validate()``), on every backend:
/// a store never holds a scenario that is not JSON, a name that moves the terminal's cursor or a time it
/// cannot read.
@Suite struct StoreValidationTests {
    func document(_ kind: StoreDocument.Kind, body: String, name: String = "A title") -> StoreDocument {
        StoreDocument(kind: kind, id: "x", owner: "alice", name: name, body: body, created: "2026-11-23T20:00:00Z")
    }

    @Test(arguments: StoreBackend.available)
    func aBodyThatIsNotWhatItsKindHoldsIsNotStored(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            let refused: [(StoreDocument, String)] = [
                (document(.scenario, body: "{not json"), "body: not valid JSON"),
                (document(.scenario, body: "id: x\n"), "body: not valid JSON"),
                (document(.audit, body: "[1, 2]"), "body: not a JSON object"),
                (document(.scenario, body: "\"text\""), "body: not a JSON object"),
                (document(.treaty, body: "id: x\u{0}"), "body: contains U+0000, which YAML does not allow"),
                (document(.treaty, body: "id: x\u{7F}"), "body: contains U+007F, which YAML does not allow"),
                (document(.treaty, body: "id: x\n", name: ""), "name: must have 1 to 200 bytes"),
                (document(.treaty, body: "id: x\n", name: "a\u{202E}b"), "name: contains the control character U+202E"),
                (document(.treaty, body: "id: x\n", name: "a\nb"), "name: contains the control character U+000A"),
            ]
            for (bad, message) in refused {
                await #expect(throws: StoreError.invalid(message)) { try await store.insert(bad) }
            }
            var late = document(.treaty, body: "id: x\n")
            late.created = "2026-11-23 20:00:00"
            await #expect(
                throws: StoreError.invalid("created: not a time in the store's form (YYYY-MM-DDTHH:MM:SSZ, UTC)")
            ) {
                try await store.insert(late)
            }
            #expect(try await store.snapshot().documents.isEmpty)
            let good = document(.scenario, body: #"{"id":"x","name":"Étude — 東京"}"#, name: "Étude — 東京")
            try await store.insert(good)
            #expect(try await store.document(.scenario, id: "x") == good)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aTokenWithABadFieldIsNotStored(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store throws in
            let hash = APIToken.hash(of: "secret")
            let refused: [(APIToken, String)] = [
                (APIToken(name: "t", hash: "abc", created: "2026-11-23T20:00:00Z"), "hash: not a SHA-256 hex digest"),
                (
                    APIToken(name: "t", hash: hash, created: "yesterday"),
                    "created: not a time in the store's form (YYYY-MM-DDTHH:MM:SSZ, UTC)"
                ),
                (
                    APIToken(name: "../../x", hash: hash, created: "2026-11-23T20:00:00Z"),
                    "name: only letters, digits, '-', '_' and '.' are allowed"
                ),
            ]
            for (bad, message) in refused {
                await #expect(throws: StoreError.invalid(message)) { try await store.insert(bad) }
            }
            #expect(try await store.tokens().isEmpty)
        }
    }

    @Test func timesAreCheckedForFormAndForBeingReal() {
        #expect(StoreTime.isValid(StoreTime.now()))
        #expect(StoreTime.isValid("2024-02-29T23:59:59Z"))
        for bad in [
            "yesterday", "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z", "2024-13-01T00:00:00Z",
            "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00.5Z", "2024-01-01 00:00:00Z", "99999-01-01T00:00:00Z",
            "２０２４-01-01T00:00:00Z", "",
        ] {
            #expect(!StoreTime.isValid(bad), "\(bad)")
        }
    }

    @Test func hashesAreSixtyFourLowerCaseHexDigits() {
        #expect(APIToken.isHash(APIToken.hash(of: "x")))
        #expect(!APIToken.isHash(APIToken.hash(of: "x").uppercased()))
        #expect(!APIToken.isHash("abc"))
        #expect(!APIToken.isHash(APIToken.hash(of: "x") + "0"))
        #expect(!APIToken.isHash(String(repeating: "g", count: 64)))
    }
}
