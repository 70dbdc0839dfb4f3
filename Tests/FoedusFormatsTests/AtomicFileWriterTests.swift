import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one writer of every file Foedus writes: a refused target leaves its folder byte-identical, a failed write
/// leaves the old file, and nothing is ever removed that the writer did not create.
@Suite struct AtomicFileWriterTests {
    /// Runs `body` in a fresh folder with a file `keep.txt` and a subfolder `data/` holding `a.csv`.
    func inFolder(_ body: (String) throws -> Void) throws {
        let folder = try FolderSnapshot.makeFolder("writer")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: false)
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: folder + "/data/a.csv"))
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: folder + "/keep.txt"))
        try body(folder)
    }

    func refused(_ path: String, contains fragment: String, in folder: String) throws {
        let before = try FolderSnapshot(folder)
        let writer = AtomicFileWriter(path: path, field: "--output")
        let error = #expect(throws: FoedusError.self) { try writer.write(Array("new\n".utf8)) }
        #expect(error?.code == .cannotWrite)
        #expect(error?.description.hasPrefix("--output: \(path)") == true, "\(String(describing: error))")
        #expect(error?.description.contains(fragment) == true, "\(String(describing: error))")
        let after = try FolderSnapshot(folder)
        #expect(before == after, "the folder changed:\n\(before)\n---\n\(after)")
    }

    @Test func aFolderIsRefusedAndKeptWhole() throws {
        try inFolder { folder in
            try refused(folder + "/data", contains: "is a folder", in: folder)
            try refused(folder + "/data/", contains: "names a folder", in: folder)
        }
    }

    @Test func aLinkToAFolderIsRefused() throws {
        try inFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/data")
            try refused(folder + "/link", contains: "is a link to \(folder)/data, which a folder", in: folder)
        }
    }

    @Test func aDanglingLinkIsRefusedNotReplaced() throws {
        try inFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/gone", withDestinationPath: folder + "/nope")
            try refused(folder + "/gone", contains: "symbolic link to a missing file", in: folder)
        }
    }

    @Test func aFIFOIsRefusedWithoutOpeningIt() throws {
        try inFolder { folder in
            #expect(mkfifo(folder + "/pipe", 0o644) == 0)
            // Opening a FIFO for writing would block until a reader comes: the check must not open it.
            try refused(folder + "/pipe", contains: "FIFO", in: folder)
        }
    }

    @Test func aDeviceIsRefused() throws {
        try inFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/null", withDestinationPath: "/dev/null")
            try refused(folder + "/null", contains: "a device", in: folder)
        }
    }

    @Test func aReadOnlyFileIsRefusedEvenForRoot() throws {
        try inFolder { folder in
            #expect(chmod(folder + "/keep.txt", 0o444) == 0)
            try refused(folder + "/keep.txt", contains: "read-only", in: folder)
        }
    }

    @Test func aMissingFolderIsNotCreated() throws {
        try inFolder { folder in
            try refused(
                folder + "/missing/out.csv", contains: "the folder \(folder)/missing does not exist", in: folder)
            try refused("", contains: "empty", in: folder)
        }
    }

    @Test func aNewFileGetsTheBytesAndNoTemporaryIsLeft() throws {
        try inFolder { folder in
            try AtomicFileWriter(path: folder + "/out.csv", field: "--output").write { sink in
                for chunk in ["a,b\n", "1,2\n"] { try Array(chunk.utf8).withUnsafeBytes { try sink($0) } }
            }
            #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8) == "a,b\n1,2\n")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(names == ["data", "keep.txt", "out.csv"])
        }
    }

    @Test func replacingKeepsTheModeAndOwnerOnlyIs0600() throws {
        try inFolder { folder in
            #expect(chmod(folder + "/keep.txt", 0o640) == 0)
            try AtomicFileWriter(path: folder + "/keep.txt", field: "--output").write(Array("v2\n".utf8))
            #expect(try mode(folder + "/keep.txt") == 0o640)
            try AtomicFileWriter(path: folder + "/secret.json", field: "--output", permissions: .ownerOnly)
                .write(Array("{}".utf8))
            #expect(try mode(folder + "/secret.json") == 0o600)
            try AtomicFileWriter(path: folder + "/keep.txt", field: "--output", permissions: .ownerOnly)
                .write(Array("v3\n".utf8))
            #expect(try mode(folder + "/keep.txt") == 0o600)
        }
    }

    @Test func aLinkToAFileIsFollowedAndStays() throws {
        try inFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/latest", withDestinationPath: "data/a.csv")
            try AtomicFileWriter(path: folder + "/latest", field: "--output").write(Array("fresh\n".utf8))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/latest") == "data/a.csv")
            #expect(try String(contentsOfFile: folder + "/data/a.csv", encoding: .utf8) == "fresh\n")
        }
    }

    @Test func aFailingWriteLeavesTheOldFileAndNoTemporary() throws {
        struct Interrupted: Error {}
        try inFolder { folder in
            let before = try FolderSnapshot(folder)
            #expect(throws: Interrupted.self) {
                try AtomicFileWriter(path: folder + "/keep.txt", field: "--output").write { sink in
                    try Array("half of the new".utf8).withUnsafeBytes { try sink($0) }
                    throw Interrupted()
                }
            }
            #expect(try FolderSnapshot(folder) == before)
        }
    }

    func mode(_ path: String) throws -> mode_t {
        var info = stat()
        #expect(stat(path, &info) == 0)
        return info.st_mode & 0o777
    }
}
