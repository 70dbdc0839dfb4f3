import FoedusTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--output` as a user mistypes it: nothing on disk may be lost (issue #12: a folder given by mistake was
/// deleted recursively).
@Suite struct SafeOutputCLITests {
    let cli = CLITests()

    /// A folder with a subfolder of the user's files, removed when the test ends.
    func withUserFolder(_ body: (String) async throws -> Void) async throws {
        let folder = try FolderSnapshot.makeFolder("output-cli")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/thesis/chapters", withIntermediateDirectories: true)
        try Data("draft\n".utf8).write(to: URL(fileURLWithPath: folder + "/thesis/chapters/one.tex"))
        try Data("old export\n".utf8).write(to: URL(fileURLWithPath: folder + "/ddy.csv"))
        try await body(folder)
    }

    @Test func exportToAFolderRefusesAndKeepsEveryFile() async throws {
        try await withUserFolder { folder in
            let before = try FolderSnapshot(folder)
            for command in [["export", "dyad-years", "--from", "2000", "--to", "2000"], ["export", "state-years"]] {
                let run = try await cli.foedus(command + ["--output", folder + "/thesis"])
                #expect(run.status == 1, "\(command): \(run.stderr)")
                #expect(run.stderr == "error: --output: \(folder)/thesis: is a folder; give a file name inside it\n")
            }
            let store = try await cli.foedus(["store", "export", "--store", folder + "/s.sqlite", "--output", folder])
            #expect(store.status == 1 && store.stderr.contains("is a folder"), "\(store.stderr)")
            try? FileManager.default.removeItem(atPath: folder + "/s.sqlite")
            #expect(try FolderSnapshot(folder) == before)
        }
    }

    @Test func exportReplacesAFileAndDashIsStdout() async throws {
        try await withUserFolder { folder in
            let run = try await cli.foedus(
                [
                    "export", "dyad-years", "--from", "1816", "--to", "1816", "--no-header", "--output",
                    folder + "/ddy.csv",
                ])
            #expect(run.status == 0, "\(run.stderr)")
            let written = try String(contentsOfFile: folder + "/ddy.csv", encoding: .utf8)
            let stdout = try await cli.foedus(
                ["export", "dyad-years", "--from", "1816", "--to", "1816", "--no-header", "--output", "-"])
            #expect(stdout.status == 0 && stdout.stdout == written && written.hasPrefix("ccode1,ccode2,year"))
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(names == ["ddy.csv", "ddy.csv.meta.json", "thesis"])
        }
    }

    /// kill -9 while the file is being written: the old file stays whole; the only trace is the temporary file.
    @Test func aKilledExportLeavesTheOldFileIntact() async throws {
        try await withUserFolder { folder in
            let target = folder + "/ddy.csv"
            let killed = try await offThePool { () -> Bool in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CLITests.binary)
                process.arguments = ["export", "dyad-years", "--from", "1816", "--to", "2018", "--output", target]
                process.environment = ["FOEDUS_TODAY": "2026-01-01", "PATH": "/usr/bin:/bin"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                defer { process.waitUntilExit() }
                // Wait until the temporary file has bytes in it, then kill the writer mid-write.
                // Bounded by the writer's own end: it is killed as soon as it has written, or it finished first.
                while process.isRunning {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                    if let partial = names.first(where: { $0.hasPrefix(".ddy.csv.") && $0.hasSuffix(".partial") }),
                        let size = try? FileManager.default.attributesOfItem(atPath: folder + "/" + partial)[.size]
                            as? Int, size > 0
                    {
                        kill(process.processIdentifier, SIGKILL)
                        return true
                    }
                    usleep(5_000)
                }
                return false
            }
            #expect(killed, "the export finished before it could be killed")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "old export\n")
            let thesis = try String(contentsOfFile: folder + "/thesis/chapters/one.tex", encoding: .utf8)
            #expect(thesis == "draft\n")
        }
    }
}
