import FoedusStore
import Foundation
public import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…&schema=…` URL read into a client configuration
/// (`schema` puts Foedus's tables in that schema, which must exist).
public struct PostgresURL: Sendable {
    public var configuration: PostgresClient.Configuration
    /// The URL without its password, for messages.
    public var redacted: String

    /// - Throws: ``FoedusStore/StoreError/invalid(_:)`` naming what is wrong with the URL.
    public init(_ text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme,
            ["postgres", "postgresql"].contains(scheme)
        else {
            throw StoreError.invalid("database URL: expected postgres://user@host:port/database")
        }
        guard let host = url.host, !host.isEmpty else { throw StoreError.invalid("database URL: no host") }
        guard let user = url.user, !user.isEmpty else { throw StoreError.invalid("database URL: no user") }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        let sslmode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS
        switch sslmode {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        default: throw StoreError.invalid("database URL: sslmode must be disable, prefer or require")
        }
        configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password,
            database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        if let schema = url.queryItems?.first(where: { $0.name == "schema" })?.value {
            try StoreDocument.validateIdentifier(schema, field: "database URL: schema")
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        var shown = url
        if shown.password != nil { shown.password = "***" }
        redacted = shown.string ?? "postgres://\(host)"
    }
}

/// The printable form of a database URL.
public enum PostgresURLDescription {
    /// The URL without its password; throws for a URL that is not a PostgreSQL URL.
    public static func redacted(_ url: String) throws -> String { try PostgresURL(url).redacted }
}
