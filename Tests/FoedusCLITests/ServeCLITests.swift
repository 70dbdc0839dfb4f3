import FoedusPostgres
import FoedusTestSupport
import Foundation
import Testing

/// `foedus serve` as a team runs it: the real binary on loopback, a token created with `foedus token`, a
/// user treaty written over HTTP, the server stopped with SIGTERM and started again on the same store.
@Suite struct ServeCLITests {
    let cli = CLITests()

    /// A running `foedus serve --port 0`, with the address it printed. (`Process` is a class that is safe to
    /// terminate and wait for from another thread; ``start(_:)`` and ``stop()`` do so off the concurrency pool.)
    struct Server: @unchecked Sendable {
        let process: Process
        let address: String

        static func start(_ storeArguments: [String]) async throws -> Server {
            try await offThePool { try Server(storeArguments) }
        }

        private init(_ storeArguments: [String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: CLITests.binary)
            process.arguments = ["serve", "--port", "0"] + storeArguments
            process.environment = ["PATH": "/usr/bin:/bin", "FOEDUS_TODAY": "2026-01-01", "FOEDUS_LOG_LEVEL": "error"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var text = ""
            while !text.contains("\n") {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            let prefix = "foedus serving on "
            guard let line = text.split(separator: "\n").first, line.hasPrefix(prefix) else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: ["output": text])
            }
            address = String(line.dropFirst(prefix.count))
        }

        /// SIGTERM; the exit status.
        func stop() async throws -> Int32 {
            try await offThePool {
                process.terminate()
                process.waitUntilExit()
                return process.terminationStatus
            }
        }
    }

    /// `curl` with the status code appended on its own line.
    func curl(_ arguments: [String]) async throws -> (status: Int, body: String) {
        try await offThePool { try Self.curlBlocking(arguments) }
    }

    static func curlBlocking(_ arguments: [String]) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-w", "\n%{http_code}"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    func writeAndReadBack(_ storeArguments: [String]) async throws {
        let token = try await cli.foedus(["token", "create", "team"] + storeArguments)
        #expect(token.status == 0, "\(token.stderr)")
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try await Server.start(storeArguments)
        let created = try await curl([
            "-X", "POST", "-H", "Authorization: Bearer \(secret)", "-H", "Content-Type: application/yaml",
            "--data-binary", Fixtures.whatIfRussiaVietnamPact, server.address + "/v1/user-treaties",
        ])
        #expect(created.status == 201, "\(created.body)")
        let scenario = try await curl([server.address + "/v1/scenario?attack=CHN:VNM&policy=strict&with=WHATIF-RUS-VNM"]
        )
        #expect(scenario.status == 200 && scenario.body.contains("WHATIF-RUS-VNM"))
        #expect(try await server.stop() == 0)  // a clean stop on SIGTERM

        let again = try await Server.start(storeArguments)
        let read: (status: Int, body: String)
        do {
            read = try await curl([again.address + "/v1/user-treaties/WHATIF-RUS-VNM"])
        } catch {
            _ = try? await again.stop()
            throw error
        }
        _ = try await again.stop()
        #expect(read.status == 200 && read.body.contains("\"owner\":\"team\""), "\(read.body)")
    }

    @Test func aPortInUseIsNamedWithTheOptionToChangeIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-serve-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", directory.appendingPathComponent("store.sqlite").path]
        let server = try await Server.start(store)
        let port = try #require(server.address.split(separator: ":").last.map(String.init))
        let second = try await cli.foedus(["serve", "--port", port] + store)
        _ = try await server.stop()
        #expect(second.status == 1)
        #expect(second.stderr == "error: port \(port) is in use; choose another with --port\n", "\(second.stderr)")
    }

    @Test func aUserTreatyWrittenOverHTTPSurvivesARestartInSQLite() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-serve-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await writeAndReadBack(["--store", directory.appendingPathComponent("store.sqlite").path])
    }

    @Test(.enabled(if: StoreCLITests.postgresURL != nil))
    func aUserTreatyWrittenOverHTTPSurvivesARestartInPostgreSQL() async throws {
        let url = try #require(StoreCLITests.postgresURL)
        let schema = "s_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await withPostgresGate {
            try await PostgresStore.withStore(url: url) { try await $0.execute("CREATE SCHEMA \(schema)") }
            let separator = url.contains("?") ? "&" : "?"
            try await writeAndReadBack(["--database", url + separator + "schema=" + schema])
            try await PostgresStore.withStore(url: url) { try await $0.execute("DROP SCHEMA \(schema) CASCADE") }
        }
    }
}
