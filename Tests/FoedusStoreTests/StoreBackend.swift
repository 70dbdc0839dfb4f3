import FoedusPostgres
import FoedusStore
import FoedusTestSupport
import Foundation
import Testing

/// The backends the store tests run against: SQLite always; PostgreSQL when `FOEDUS_DATABASE_URL` is set.
/// With the URL set, a connection failure fails the test: the PostgreSQL tests never skip silently.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["FOEDUS_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The backends available here (PostgreSQL only with the URL).
    static var available: [StoreBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Runs `body` with a fresh, empty store of this backend: a temporary SQLite file, or a PostgreSQL
    /// schema of its own (dropped afterwards).
    func withFreshStore<R: Sendable>(_ body: (any TreatyStore) async throws -> R) async throws -> R {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-store-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
            return try await body(store)
        case .postgres:
            guard let url = Self.postgresURL else { throw StoreError.unavailable("FOEDUS_DATABASE_URL is not set") }
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            return try await withPostgresGate { try await Self.inSchema(schema, url: url, body) }
        }
    }

    /// `body` with a store in a new schema of its own, dropped afterwards.
    private static func inSchema<R: Sendable>(
        _ schema: String, url: String, _ body: (any TreatyStore) async throws -> R
    ) async throws -> R {
        try await PostgresStore.withStore(url: url) { admin in
            try await admin.execute("CREATE SCHEMA \(schema)")
            do {
                let result = try await PostgresStore.withStore(url: url, schema: schema) { try await body($0) }
                try await admin.execute("DROP SCHEMA \(schema) CASCADE")
                return result
            } catch {
                try? await admin.execute("DROP SCHEMA \(schema) CASCADE")
                throw error
            }
        }
    }
}
