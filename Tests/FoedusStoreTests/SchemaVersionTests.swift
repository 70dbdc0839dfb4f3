import FoedusPostgres
import FoedusStore
import Foundation
import GRDB
import Testing

/// A store written by a newer Foedus is refused with a message that says what to do, never read or changed.
@Suite struct SchemaVersionTests {
    @Test func aSQLiteStoreFromANewerFoedusIsRefused() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-schema-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("store.sqlite").path
        try await SQLiteStore(path: path).migrate()
        // What a future version's migration would leave behind.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('2')") }
        try queue.close()
        #expect(throws: StoreError.schemaTooNew(store: path, found: 2, supported: StoreSchema.version)) {
            _ = try SQLiteStore(path: path)
        }
        #expect("\(StoreError.schemaTooNew(store: path, found: 2, supported: 1))".contains("use a newer foedus"))
    }

    @Test(.enabled(if: StoreBackend.postgresURL != nil))
    func aPostgreSQLStoreFromANewerFoedusIsRefused() async throws {
        try await StoreBackend.postgres.withFreshStore { store in
            try await store.migrate()
            guard let postgres = store as? PostgresStore else { throw StoreError.invalid("not a PostgreSQL store") }
            try await postgres.execute("INSERT INTO foedus_schema (version, applied) VALUES (2, 'later')")
            await #expect(throws: StoreError.self) { try await postgres.migrate() }
            do {
                try await postgres.migrate()
            } catch let error as StoreError {
                guard case .schemaTooNew(_, let found, let supported) = error else {
                    Issue.record("expected schemaTooNew, got \(error)")
                    return
                }
                #expect(found == 2 && supported == StoreSchema.version)
            }
        }
    }
}
