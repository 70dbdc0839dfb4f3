import FoedusPostgres
import FoedusStore
import Foundation
import GRDB
import Testing

/// An import is one transaction on every backend: when the database refuses a row part-way (here a
/// trigger refuses the last token), nothing of the snapshot stays.
@Suite struct MergeTransactionTests {
    static let snapshot = StoreSnapshot(
        schema: StoreSchema.version,
        documents: [
            StoreDocument(
                kind: .treaty, id: "a", owner: "alice", name: "A", body: "id: a\n", created: "2026-11-23T20:00:00Z"),
            StoreDocument(
                kind: .scenario, id: "b", owner: "alice", name: "B", body: "{}", created: "2026-11-23T20:00:00Z"),
        ],
        tokens: [
            APIToken(name: "boom", hash: APIToken.hash(of: "2"), created: "2026-11-23T20:00:00Z"),
            APIToken(name: "alpha", hash: APIToken.hash(of: "1"), created: "2026-11-23T20:00:00Z"),
        ])

    /// Makes the store's database refuse a token named `boom`.
    func refuseBoom(_ store: any TreatyStore) async throws {
        try await store.migrate()
        if let postgres = store as? PostgresStore {
            try await postgres.execute(
                "CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql"
            )
            try await postgres.execute(
                """
                CREATE TRIGGER refuse_boom BEFORE INSERT ON token FOR EACH ROW WHEN (NEW.name = 'boom')
                EXECUTE FUNCTION refuse_boom()
                """)
        } else {
            let queue = try DatabaseQueue(path: store.location)
            try await queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TRIGGER refuse_boom BEFORE INSERT ON token WHEN NEW.name = 'boom'
                        BEGIN SELECT RAISE(ABORT, 'boom'); END
                        """)
            }
            try queue.close()
        }
    }

    @Test(arguments: StoreBackend.available)
    func aMergeTheDatabaseRefusesPartWayLeavesNothing(backend: StoreBackend) async throws {
        try await backend.withFreshStore { store in
            try await refuseBoom(store)
            let before = try await store.snapshot().encoded()
            await #expect(throws: (any Error).self) { try await store.merge(Self.snapshot) }
            #expect(try await store.snapshot().encoded() == before)
            #expect(try await store.document(.treaty, id: "a") == nil)
            // Without the refused token, the same merge goes through.
            var rest = Self.snapshot
            rest.tokens.removeAll { $0.name == "boom" }
            let merged = try await store.merge(rest)
            #expect(merged == (3, 0))
        }
    }
}
