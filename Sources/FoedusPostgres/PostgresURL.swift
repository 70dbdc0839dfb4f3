import FoedusStore
import Foundation
package import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…&schema=…` URL read into a client configuration
/// (`schema` puts Foedus's tables in that schema, which must exist).
package struct PostgresURL: Sendable {
    package var configuration: PostgresClient.Configuration
    /// The same address and options for one connection outside the pool (the reachability check).
    package var connectionConfiguration: PostgresConnection.Configuration
    /// The URL without its password, for messages.
    package var redacted: String

    /// - Throws: ``FoedusStore/StoreError/invalid(_:)`` naming what is wrong with the URL.
    package init(_ text: String) throws {
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
        let connectionTLS: PostgresConnection.Configuration.TLS
        do {
            switch sslmode {
            case "disable":
                (tls, connectionTLS) = (.disable, .disable)
            case "prefer":
                tls = .prefer(.makeClientConfiguration())
                connectionTLS = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case "require":
                tls = .require(.makeClientConfiguration())
                connectionTLS = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: throw StoreError.invalid("database URL: sslmode must be disable, prefer or require")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.invalid("database URL: sslmode=\(sslmode): cannot set up TLS (\(error))")
        }
        let port = url.port ?? 5432
        let name = database.isEmpty ? nil : database
        configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: url.password, database: name, tls: tls)
        connectionConfiguration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: url.password, database: name, tls: connectionTLS)
        configuration.options.connectTimeout = .seconds(5)
        connectionConfiguration.options.connectTimeout = .seconds(5)
        if let schema = url.queryItems?.first(where: { $0.name == "schema" })?.value {
            try StoreDocument.validateIdentifier(schema, field: "database URL: schema")
            configuration.options.additionalStartupParameters = [("search_path", schema)]
            connectionConfiguration.options.additionalStartupParameters = [("search_path", schema)]
        }
        var shown = url
        if shown.password != nil { shown.password = "***" }
        redacted = shown.string ?? "postgres://\(host)"
    }
}

/// The printable form of a database URL.
package enum PostgresURLDescription {
    /// The URL without its password; throws for a URL that is not a PostgreSQL URL.
    package static func redacted(_ url: String) throws -> String { try PostgresURL(url).redacted }
}
