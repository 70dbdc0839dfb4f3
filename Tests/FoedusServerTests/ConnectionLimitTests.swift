import FoedusServer
import FoedusStore
import FoedusTestSupport
import Foundation
import Hummingbird
import Logging
import Testing

/// The server on a real loopback socket, against clients that hold connections: half a header, an idle
/// kept-alive connection, a body that never ends. The timeouts are 1 s; a connection must be closed after 0.8 s and
/// before 9 s (a server without the timeout keeps it open past the clients' 10 s). The upper bound is loose because
/// timers fire late on a loaded machine (6.5 s measured with the whole suite and a release build on two cores).
@Suite struct ConnectionLimitTests {
    /// Runs `body` with the port of a server on loopback with these connection limits, and a token's secret.
    func withServer(
        headerTimeout: Double = 30, idleTimeout: Double = 30, maximum: Int = 512,
        _ body: @Sendable (_ port: Int, _ secret: String) async throws -> Void
    ) async throws {
        let store = try SQLiteStore()
        let (secret, token) = try APIToken.generate(name: "alice", created: "2026-11-23T00:00:00Z")
        try await store.insert(token)
        var configuration = ServerConfiguration(port: 0)
        configuration.connections.headerTimeout = headerTimeout
        configuration.connections.idleTimeout = idleTimeout
        configuration.connections.maximum = maximum
        let (ports, bound) = AsyncStream<Int>.makeStream()
        let app = try buildApplication(
            configuration: configuration, store: store,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, world: Fixtures.world
        ) { _, port in bound.yield(port) }
        // Run as `foedus serve` does, not through HummingbirdTesting's live server, whose copy of the
        // configuration drops the connection cap.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            do {
                try await body(port, secret)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// Seconds until the server closes a connection that sent `text` (nil if it stays open for `limit`).
    static func secondsUntilClosed(port: Int, after text: String, limit: Double) async throws -> Double? {
        try await offThePool {
            let socket = try LoopbackSocket(port: port)
            let start = Date.now
            socket.write(text)
            let (_, closed) = socket.readUntilClosed(within: limit)
            return closed ? Date.now.timeIntervalSince(start) : nil
        }
    }

    @Test func halfARequestHeadIsClosedWithinTheHeaderTimeout() async throws {
        try await withServer(headerTimeout: 1) { port, _ in
            let seconds = try await Self.secondsUntilClosed(
                port: port, after: "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", limit: 10)
            let closed = try #require(seconds, "the connection was still open after 10 s")
            #expect(closed >= 0.8 && closed < 9, "closed after \(closed) s")
        }
    }

    @Test func aKeptAliveConnectionIsClosedWithinTheIdleTimeout() async throws {
        try await withServer(idleTimeout: 1) { port, _ in
            let (answer, seconds) = try await offThePool {
                let socket = try LoopbackSocket(port: port)
                socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                let start = Date.now
                let (text, closed) = socket.readUntilClosed(within: 10)
                return (text, closed ? Date.now.timeIntervalSince(start) : nil)
            }
            #expect(answer.hasPrefix("HTTP/1.1 200"))
            let closed = try #require(seconds, "the kept-alive connection was still open after 10 s")
            #expect(closed >= 0.8 && closed < 9, "closed after \(closed) s")
            // Half a head on a fresh connection, with only the idle timeout short: closed all the same.
            let half = try await Self.secondsUntilClosed(port: port, after: "GET /health HTT", limit: 10)
            #expect(half.map { $0 < 9 } == true, "\(String(describing: half))")
        }
    }

    @Test func pastTheConnectionCapANewClientWaitsForASlot() async throws {
        try await withServer(headerTimeout: 1, maximum: 2) { port, _ in
            let (answer, seconds) = try await offThePool {
                let held = [try LoopbackSocket(port: port), try LoopbackSocket(port: port)]
                Thread.sleep(forTimeInterval: 0.2)
                let socket = try LoopbackSocket(port: port)
                let start = Date.now
                socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                let (text, _) = socket.readUntilClosed(within: 10)
                withExtendedLifetime(held) {}
                return (text, Date.now.timeIntervalSince(start))
            }
            // Served once the two idle connections were closed by the header timeout, not before.
            #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
            #expect(seconds > 0.5 && seconds < 9, "answered after \(seconds) s")
        }
    }

    @Test func aBodyPastTheLimitIsRefusedBeforeItIsRead() async throws {
        try await withServer { port, secret in
            // Declared too large: refused on the head alone.
            let declared = try await offThePool {
                let socket = try LoopbackSocket(port: port)
                socket.write(
                    "POST /v1/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer \(secret)\r\n"
                        + "Content-Length: 314572800\r\n\r\n{\"id\":")
                return socket.isReadable(within: 10) ? socket.readAvailable() : ""
            }
            #expect(declared.hasPrefix("HTTP/1.1 413"), "\(declared)")
            // Streamed with no length (chunked): the answer comes once the limit is passed, long before the
            // 300 MB the client would send, so the server never holds more than the limit.
            let (streamed, sent) = try await offThePool {
                let socket = try LoopbackSocket(port: port)
                socket.write(
                    "POST /v1/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer \(secret)\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n")
                let chunk =
                    Array("10000\r\n".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 65_536)
                    + Array("\r\n".utf8)
                var sent = 0
                while sent < 300 << 20, !socket.isReadable(within: 0) {
                    guard socket.write(chunk) else { break }
                    sent += 65_536
                }
                return (socket.isReadable(within: 10) ? socket.readAvailable() : "", sent)
            }
            #expect(streamed.hasPrefix("HTTP/1.1 413"), "\(streamed)")
            #expect(sent < 16 << 20, "\(sent) bytes sent before the answer")
        }
    }
}
