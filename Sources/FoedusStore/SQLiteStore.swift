import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The default store: one SQLite file (through GRDB), in write-ahead-log mode so that readers never wait
/// for a writer. Migrations are code (``migrator``); a file written by a newer Foedus is refused.
package final class SQLiteStore: TreatyStore {
    package let location: String
    private let database: any DatabaseWriter

    /// Opens the store at `path`, creating the file (mode 0600: only its owner may read it) if it does not
    /// exist, but never its folder; the schema is checked here and brought up to date on first use.
    package init(path: String) throws {
        location = path
        try Self.createPrivateFile(path)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            database = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.unavailable("\(path): cannot open the store (\(error))")
        }
        try checkSchema()
    }

    /// Creates an empty file at `path` with mode 0600 unless something is there already. SQLite creates the
    /// `-wal` and `-shm` files with the mode of the database file, so they are private too.
    private static func createPrivateFile(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.unavailable("\(path): folder \(folder) does not exist")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            let reason = String(cString: strerror(errno))
            throw StoreError.unavailable("\(path): cannot create the store (\(reason))")
        }
    }

    /// A store in memory (tests, one-off runs): gone when released.
    package init() throws {
        location = ":memory:"
        database = try DatabaseQueue()
    }

    // MARK: - Schema

    /// The migrations, in order; identifiers are the schema versions.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        kind TEXT NOT NULL, id TEXT NOT NULL, owner TEXT NOT NULL, name TEXT NOT NULL,
                        body TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY (kind, id));
                    CREATE INDEX document_owner ON document (kind, owner, id);
                    CREATE TABLE token (
                        name TEXT NOT NULL PRIMARY KEY, hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, revoked TEXT);
                    """)
        }
        return migrator
    }

    private func checkSchema() throws {
        let (superseded, applied) = try database.read { db in
            (try Self.migrator.hasBeenSuperseded(db), try Self.migrator.appliedIdentifiers(db))
        }
        if superseded {
            let found = applied.compactMap(Int.init).max() ?? 0
            throw StoreError.schemaTooNew(store: location, found: found, supported: StoreSchema.version)
        }
    }

    @discardableResult package func migrate() async throws -> (from: Int, to: Int) {
        try checkSchema()
        let before = try await database.read { db in try Self.migrator.appliedIdentifiers(db) }
        try Self.migrator.migrate(database)
        return (before.compactMap(Int.init).max() ?? 0, StoreSchema.version)
    }

    /// Writes, migrating first if the store is new (one user gets a store with no set-up).
    private func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await ensureMigrated()
        return try await database.write(body)
    }

    private func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await ensureMigrated()
        return try await database.read(body)
    }

    private func ensureMigrated() async throws {
        let current = try await database.read { db in try Self.migrator.completedMigrations(db).count }
        if current < StoreSchema.version { try await migrate() }
    }

    // MARK: - Documents

    package func insert(_ document: StoreDocument) async throws {
        try document.validate()
        do {
            try await write { db in
                try db.execute(
                    sql: "INSERT INTO document (kind, id, owner, name, body, created) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        document.kind.rawValue, document.id, document.owner, document.name, document.body,
                        document.created,
                    ])
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw StoreError.conflict("\(document.kind.rawValue) \(document.id): exists already")
        }
    }

    package func document(_ kind: StoreDocument.Kind, id: String) async throws -> StoreDocument? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM document WHERE kind = ? AND id = ?", arguments: [kind.rawValue, id]
            )
            .map(Self.document)
        }
    }

    package func documents(
        _ kind: StoreDocument.Kind, owner: String?, after: String?, limit: Int
    ) async throws -> [StoreDocument] {
        let limit = max(0, min(limit, StoreSchema.maximumPage))
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM document WHERE kind = ? AND (? IS NULL OR owner = ?) AND (? IS NULL OR id > ?)
                    ORDER BY id LIMIT ?
                    """,
                arguments: [kind.rawValue, owner, owner, after, after, limit]
            ).map(Self.document)
        }
    }

    package func delete(_ kind: StoreDocument.Kind, id: String, owner: String?) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM document WHERE kind = ? AND id = ? AND (? IS NULL OR owner = ?)",
                arguments: [kind.rawValue, id, owner, owner])
            return db.changesCount > 0
        }
    }

    private static func document(_ row: Row) throws -> StoreDocument {
        guard let kind = StoreDocument.Kind(rawValue: row["kind"]) else {
            throw StoreError.invalid("document \(row["id"] ?? "?"): unknown kind \(row["kind"] ?? "?")")
        }
        return StoreDocument(
            kind: kind, id: row["id"], owner: row["owner"], name: row["name"], body: row["body"],
            created: row["created"])
    }

    // MARK: - Tokens

    package func insert(_ token: APIToken) async throws {
        try token.validate()
        do {
            try await write { db in
                try db.execute(
                    sql: "INSERT INTO token (name, hash, created, revoked) VALUES (?, ?, ?, ?)",
                    arguments: [token.name, token.hash, token.created, token.revoked])
            }
        } catch let error as DatabaseError
            where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
            || error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
        {
            throw StoreError.conflict("token \(token.name): exists already")
        }
    }

    package func token(hash: String) async throws -> APIToken? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM token WHERE hash = ?", arguments: [hash]).map(Self.token)
        }
    }

    package func tokens() async throws -> [APIToken] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM token ORDER BY name").map(Self.token) }
    }

    package func revokeToken(name: String, at time: String) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE token SET revoked = ? WHERE name = ? AND revoked IS NULL", arguments: [time, name])
            return db.changesCount > 0
        }
    }

    private static func token(_ row: Row) -> APIToken {
        APIToken(name: row["name"], hash: row["hash"], created: row["created"], revoked: row["revoked"])
    }

    // MARK: - Export and import

    package func snapshot() async throws -> StoreSnapshot {
        let (documents, tokens) = try await read { db in
            (
                try Row.fetchAll(db, sql: "SELECT * FROM document").map(Self.document),
                try Row.fetchAll(db, sql: "SELECT * FROM token").map(Self.token)
            )
        }
        return StoreSnapshot(schema: StoreSchema.version, documents: documents, tokens: tokens)
    }

    package func merge(_ snapshot: StoreSnapshot) async throws -> (added: Int, skipped: Int) {
        try snapshot.validate()  // the whole snapshot, before any write
        return try await write { db in
            var added = 0
            for d in snapshot.documents {
                try db.execute(
                    sql: """
                        INSERT INTO document (kind, id, owner, name, body, created) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """,
                    arguments: [d.kind.rawValue, d.id, d.owner, d.name, d.body, d.created])
                added += db.changesCount
            }
            for t in snapshot.tokens {
                try db.execute(
                    sql: "INSERT INTO token (name, hash, created, revoked) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    arguments: [t.name, t.hash, t.created, t.revoked])
                added += db.changesCount
            }
            return (added, snapshot.documents.count + snapshot.tokens.count - added)
        }
    }
}
