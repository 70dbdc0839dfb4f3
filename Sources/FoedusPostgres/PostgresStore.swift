package import FoedusStore
import Logging
package import PostgresNIO

/// The team store: PostgreSQL through postgres-nio. The client's connection pool runs while
/// ``withStore(url:schema:_:)`` runs its body, or as a service of the server (``client``).
package final class PostgresStore: TreatyStore {
    package let location: String
    /// The pool; it does nothing until `run()` is called.
    package let client: PostgresClient
    private let logger = Logger(label: "foedus.postgres")
    /// One connection outside the pool, for ``checkReachable()``.
    private let connectionConfiguration: PostgresConnection.Configuration

    /// A store on `url`, in `schema` if given (its tables go there; tests use one schema each).
    package init(url: String, schema: String? = nil, maximumConnections: Int = 8) throws {
        let parsed = try PostgresURL(url)
        var configuration = parsed.configuration
        var single = parsed.connectionConfiguration
        if let schema {
            try StoreDocument.validateIdentifier(schema, field: "schema")
            configuration.options.additionalStartupParameters = [("search_path", schema)]
            single.options.additionalStartupParameters = [("search_path", schema)]
        }
        configuration.options.maximumConnections = maximumConnections
        location = parsed.redacted + (schema.map { " (schema \($0))" } ?? "")
        client = PostgresClient(configuration: configuration)
        connectionConfiguration = single
    }

    /// Runs `body` with a store whose pool is running, then stops the pool.
    package static func withStore<R: Sendable>(
        url: String, schema: String? = nil, _ body: (PostgresStore) async throws -> R
    ) async throws -> R {
        let store = try PostgresStore(url: url, schema: schema)
        try await store.checkReachable()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.client.run() }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }

    /// Fails with ``StoreError/unavailable(_:)`` unless one connection, outside the pool (which retries for
    /// about a minute before giving up), opens and authenticates within the URL's connect timeout.
    ///
    /// The timeout runs on the connection's event loop, not as a task racing the connection: a process
    /// whose Swift concurrency threads are all busy (a test run on two cores, say) is not mistaken for a
    /// database that does not answer.
    package func checkReachable() async throws {
        let connection = try await run {
            try await PostgresConnection.connect(
                configuration: connectionConfiguration, id: 0, logger: logger)
        }
        try? await connection.close()
    }

    /// Runs one SQL statement outside the schema's tables (creating or dropping a schema, say).
    package func execute(_ sql: String) async throws {
        try await run { try await self.client.query(PostgresQuery(unsafeSQL: sql), logger: self.logger) }
    }

    /// Maps connection failures to ``StoreError/unavailable(_:)`` with the (password-free) address.
    @discardableResult
    private func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch let error as PSQLError {
            if error.code == .server, error.serverInfo?[.sqlState] == "23505" {
                throw StoreError.conflict("exists already")
            }
            if let message = error.serverInfo?[.message] {
                throw StoreError.unavailable("\(location): \(message)")
            }
            throw StoreError.unavailable("\(location): cannot reach the database (\(error.code))")
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError ?? error.commitError ?? error.beginError {
                return try await run { throw inner }
            }
            throw StoreError.unavailable("\(location): transaction failed")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw StoreError.unavailable("\(location): cannot reach the database (\(error))")
        }
    }

    // MARK: - Schema

    /// The migrations, in order: version and statements.
    static let migrations: [(version: Int, statements: [String])] = [
        (
            1,
            [
                """
                CREATE TABLE document (
                    kind TEXT NOT NULL, id TEXT NOT NULL, owner TEXT NOT NULL, name TEXT NOT NULL,
                    body TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY (kind, id))
                """,
                "CREATE INDEX document_owner ON document (kind, owner, id)",
                """
                CREATE TABLE token (
                    name TEXT NOT NULL PRIMARY KEY, hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, revoked TEXT)
                """,
            ]
        )
    ]

    private func currentVersion(_ connection: PostgresConnection) async throws -> Int {
        try await connection.query(
            "CREATE TABLE IF NOT EXISTS foedus_schema (version INTEGER NOT NULL PRIMARY KEY, applied TEXT NOT NULL)",
            logger: logger)
        let rows = try await connection.query("SELECT COALESCE(MAX(version), 0) FROM foedus_schema", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 0
    }

    @discardableResult package func migrate() async throws -> (from: Int, to: Int) {
        try await run {
            try await client.withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in
                    // One migrator at a time, even with several servers starting together.
                    try await connection.query("SELECT pg_advisory_xact_lock(7306)", logger: logger)
                    let from = try await currentVersion(connection)
                    if from > StoreSchema.version {
                        throw StoreError.schemaTooNew(store: location, found: from, supported: StoreSchema.version)
                    }
                    for migration in Self.migrations where migration.version > from {
                        for statement in migration.statements {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                        let now = StoreTime.now()
                        try await connection.query(
                            "INSERT INTO foedus_schema (version, applied) VALUES (\(migration.version), \(now))",
                            logger: logger)
                    }
                    return (from, StoreSchema.version)
                }
            }
        }
    }

    /// Migrates once per store object before the first use.
    private let migrated = MigrationFlag()

    private func ready() async throws {
        if await migrated.isSet { return }
        try await migrate()
        await migrated.set()
    }

    // MARK: - Documents

    package func insert(_ document: StoreDocument) async throws {
        try document.validate()
        try await ready()
        do {
            try await run {
                try await client.query(
                    """
                    INSERT INTO document (kind, id, owner, name, body, created)
                    VALUES (\(document.kind.rawValue), \(document.id), \(document.owner), \(document.name),
                    \(document.body), \(document.created))
                    """, logger: logger)
            }
        } catch StoreError.conflict {
            throw StoreError.conflict("\(document.kind.rawValue) \(document.id): exists already")
        }
    }

    package func document(_ kind: StoreDocument.Kind, id: String) async throws -> StoreDocument? {
        try await ready()
        return try await run {
            try await documents(
                client.query(
                    "SELECT kind, id, owner, name, body, created FROM document WHERE kind = \(kind.rawValue) AND id = \(id)",
                    logger: logger)
            ).first
        }
    }

    package func documents(
        _ kind: StoreDocument.Kind, owner: String?, after: String?, limit: Int
    ) async throws -> [StoreDocument] {
        try await ready()
        let limit = max(0, min(limit, StoreSchema.maximumPage))
        return try await run {
            try await documents(
                client.query(
                    """
                    SELECT kind, id, owner, name, body, created FROM document
                    WHERE kind = \(kind.rawValue) AND (\(owner)::TEXT IS NULL OR owner = \(owner))
                    AND (\(after)::TEXT IS NULL OR id > \(after))
                    ORDER BY id COLLATE "C" LIMIT \(limit)
                    """, logger: logger))
        }
    }

    package func delete(_ kind: StoreDocument.Kind, id: String, owner: String?) async throws -> Bool {
        try await ready()
        return try await run {
            let rows = try await client.query(
                """
                DELETE FROM document WHERE kind = \(kind.rawValue) AND id = \(id)
                AND (\(owner)::TEXT IS NULL OR owner = \(owner)) RETURNING id
                """, logger: logger)
            return try await rows.collect().count > 0
        }
    }

    private func documents(_ rows: PostgresRowSequence) async throws -> [StoreDocument] {
        var out: [StoreDocument] = []
        for try await (kind, id, owner, name, body, created) in rows.decode(
            (String, String, String, String, String, String).self)
        {
            guard let kind = StoreDocument.Kind(rawValue: kind) else {
                throw StoreError.invalid("document \(id): unknown kind \(kind)")
            }
            out.append(StoreDocument(kind: kind, id: id, owner: owner, name: name, body: body, created: created))
        }
        return out
    }

    // MARK: - Tokens

    package func insert(_ token: APIToken) async throws {
        try token.validate()
        try await ready()
        do {
            try await run {
                try await client.query(
                    """
                    INSERT INTO token (name, hash, created, revoked)
                    VALUES (\(token.name), \(token.hash), \(token.created), \(token.revoked))
                    """, logger: logger)
            }
        } catch StoreError.conflict {
            throw StoreError.conflict("token \(token.name): exists already")
        }
    }

    package func token(hash: String) async throws -> APIToken? {
        try await ready()
        return try await run {
            try await tokens(
                client.query("SELECT name, hash, created, revoked FROM token WHERE hash = \(hash)", logger: logger)
            ).first
        }
    }

    package func tokens() async throws -> [APIToken] {
        try await ready()
        return try await run {
            try await tokens(
                client.query(
                    "SELECT name, hash, created, revoked FROM token ORDER BY name COLLATE \"C\"", logger: logger))
        }
    }

    package func revokeToken(name: String, at time: String) async throws -> Bool {
        try await ready()
        return try await run {
            let rows = try await client.query(
                "UPDATE token SET revoked = \(time) WHERE name = \(name) AND revoked IS NULL RETURNING name",
                logger: logger)
            return try await rows.collect().count > 0
        }
    }

    private func tokens(_ rows: PostgresRowSequence) async throws -> [APIToken] {
        var out: [APIToken] = []
        for try await (name, hash, created, revoked) in rows.decode((String, String, String, String?).self) {
            out.append(APIToken(name: name, hash: hash, created: created, revoked: revoked))
        }
        return out
    }

    // MARK: - Export and import

    package func snapshot() async throws -> StoreSnapshot {
        try await ready()
        return try await run {
            let documents = try await documents(
                client.query("SELECT kind, id, owner, name, body, created FROM document", logger: logger))
            let tokens = try await tokens(
                client.query("SELECT name, hash, created, revoked FROM token", logger: logger))
            return StoreSnapshot(schema: StoreSchema.version, documents: documents, tokens: tokens)
        }
    }

    package func merge(_ snapshot: StoreSnapshot) async throws -> (added: Int, skipped: Int) {
        try snapshot.validate()  // the whole snapshot, before any write
        try await ready()
        return try await run {
            try await client.withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in
                    var added = 0
                    for d in snapshot.documents {
                        let rows = try await connection.query(
                            """
                            INSERT INTO document (kind, id, owner, name, body, created)
                            VALUES (\(d.kind.rawValue), \(d.id), \(d.owner), \(d.name), \(d.body), \(d.created))
                            ON CONFLICT DO NOTHING RETURNING id
                            """, logger: logger)
                        added += try await rows.collect().count
                    }
                    for t in snapshot.tokens {
                        let rows = try await connection.query(
                            """
                            INSERT INTO token (name, hash, created, revoked)
                            VALUES (\(t.name), \(t.hash), \(t.created), \(t.revoked))
                            ON CONFLICT DO NOTHING RETURNING name
                            """, logger: logger)
                        added += try await rows.collect().count
                    }
                    return (added, snapshot.documents.count + snapshot.tokens.count - added)
                }
            }
        }
    }
}

/// Whether a store has been migrated in this process.
actor MigrationFlag {
    private(set) var isSet = false
    func set() { isSet = true }
}
