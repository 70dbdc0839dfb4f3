import ArgumentParser
import FoedusServer
import FoedusStore
import Foundation
import Hummingbird
import Logging

/// `foedus serve`: the HTTP API (docs/api.md) on the bundled data and the store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API: states, treaties, obligations, scenarios, user treaties (docs/api.md).",
        discussion: """
            Prints the address it bound on stdout (with --port 0, a free port), then one log line per request on
            stderr (FOEDUS_LOG_LEVEL=warning silences them). Stops cleanly on SIGINT or SIGTERM. Writes need a bearer token (foedus token create NAME).
            """)
    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"
    @Option(name: .long, help: "The port (0 picks a free one).")
    var port = 8080
    @Flag(name: .customLong("private"), help: "Reads need a token too.")
    var isPrivate = false
    @Option(name: .long, help: "Seconds a request may take before the answer is 503 (timeout).")
    var requestTimeout = 120
    @Option(
        name: .long,
        help: "Seconds a connection may go without a complete request part (idle, or a head or body trickling in).")
    var idleTimeout: Double = 60
    @Option(name: .long, help: "Seconds a new connection has to send its first request head in full.")
    var headerTimeout: Double = 10
    @Option(name: .long, help: "Connections open at once; more wait until one closes.")
    var maxConnections = 512
    @OptionGroup var options: StoreOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (1...3_600).contains(requestTimeout) else {
            throw ValidationError("--request-timeout must be 1 to 3600 seconds")
        }
        guard (0.1...3_600).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be 0.1 to 3600 seconds")
        }
        guard (0.1...3_600).contains(headerTimeout) else {
            throw ValidationError("--header-timeout must be 0.1 to 3600 seconds")
        }
        guard (1...100_000).contains(maxConnections) else {
            throw ValidationError("--max-connections must be 1 to 100000")
        }
    }

    func run() async throws {
        var logger = Logger(label: "foedus.server") { BufferedLogHandler.standardError(label: $0) }
        defer { BufferedLogHandler.flush() }
        if let level = ProcessInfo.processInfo.environment["FOEDUS_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) {
            logger.logLevel = level
        }
        try await options.withStore { store in
            var limits = ServerConfiguration.Limits()
            limits.requestTimeout = requestTimeout
            var connections = ServerConfiguration.Connections()
            connections.idleTimeout = idleTimeout
            connections.headerTimeout = headerTimeout
            connections.maximum = maxConnections
            let app = try buildApplication(
                configuration: ServerConfiguration(
                    host: host, port: port, isPrivate: isPrivate, limits: limits, connections: connections),
                store: store, logger: logger
            ) { host, port in
                FileHandle.standardOutput.write(Data("foedus serving on http://\(host):\(port)\n".utf8))
            }
            do {
                try await app.runService()
            } catch {
                guard let message = listenFailure(error, host: host, port: port) else { throw error }
                BufferedLogHandler.flush()
                FileHandle.standardError.write(Data("error: \(message)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
