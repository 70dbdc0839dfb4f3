import ArgumentParser
import FoedusPostgres
import FoedusStore
import Foundation

/// Which store a command uses: PostgreSQL with `--database` or `FOEDUS_DATABASE_URL`, otherwise the SQLite
/// file of `--store`, `FOEDUS_STORE` or the user's data directory.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The SQLite store file, in an existing folder (default: FOEDUS_STORE, else \
            $XDG_DATA_HOME/foedus/foedus.sqlite, whose folder is created).
            """)
    var store: String?

    @Option(name: .long, help: "A PostgreSQL URL, postgres://user@host:port/database (default: FOEDUS_DATABASE_URL).")
    var database: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var postgresURL: String? {
        if let database, !database.isEmpty { return database }
        if store != nil { return nil }  // an explicit SQLite file wins over the environment's database
        return environment["FOEDUS_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var sqlitePath: String { StoreLocation.sqlitePath(option: store, environment: environment) }

    /// The SQLite store, after checking its folder: a `--store` or `FOEDUS_STORE` in a folder that does not
    /// exist is an error; only the default location's folder is created (mode 0700).
    func openSQLite() throws -> SQLiteStore {
        let (path, source) = StoreLocation.sqlite(option: store, environment: environment)
        try StoreLocation.prepareFolder(of: path, source: source)
        return try SQLiteStore(path: path)
    }

    /// Runs `body` with the chosen store; store errors become `error: …` on stderr and exit status 1.
    func withStore<R: Sendable>(_ body: (any TreatyStore) async throws -> R) async throws -> R {
        do {
            if let url = postgresURL {
                return try await PostgresStore.withStore(url: url) { try await body($0) }
            }
            return try await body(try openSQLite())
        } catch let error as StoreError {
            Output.diagnostic("error: \(error)")
            throw ExitCode.failure
        }
    }
}
