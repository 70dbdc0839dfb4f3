import FoedusStore
import Foundation
import Testing

/// The SQLite store's file: private to its owner, and never in a folder the store made up.
@Suite struct StoreFileTests {
    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
    }

    func withFolder<R>(_ body: (URL) async throws -> R) async throws -> R {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-file-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    @Test func aNewStoreAndItsWriteAheadLogAreReadableOnlyByTheirOwner() async throws {
        try await withFolder { folder in
            let path = folder.appendingPathComponent("store.sqlite").path
            let store = try SQLiteStore(path: path)
            try await store.insert(
                StoreDocument(
                    kind: .scenario, id: "a", owner: "alice", name: "A", body: "{}", created: "2026-11-23T20:00:00Z"))
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files == ["store.sqlite", "store.sqlite-shm", "store.sqlite-wal"])
            for file in files { #expect(try mode(folder.appendingPathComponent(file).path) == 0o600, "\(file)") }
        }
    }

    @Test func aStoreInAFolderThatDoesNotExistIsRefusedAndNothingIsCreated() async throws {
        try await withFolder { folder throws in
            let missing = folder.appendingPathComponent("missing")
            let path = missing.appendingPathComponent("store.sqlite").path
            #expect(throws: StoreError.unavailable("\(path): folder \(missing.path) does not exist")) {
                _ = try SQLiteStore(path: path)
            }
            #expect(
                throws: StoreError.unavailable("--store: folder \(missing.path) does not exist")
            ) { try StoreLocation.prepareFolder(of: path, source: .option) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test func theDefaultFolderIsCreatedPrivate() async throws {
        try await withFolder { folder in
            let (path, source) = StoreLocation.sqlite(
                option: nil, environment: ["XDG_DATA_HOME": folder.path + "/data"])
            #expect(path == folder.path + "/data/foedus/foedus.sqlite" && source == .userDataFolder)
            try StoreLocation.prepareFolder(of: path, source: source)
            #expect(try mode(folder.path + "/data/foedus") == 0o700)
            _ = try SQLiteStore(path: path)
            #expect(try mode(path) == 0o600)
        }
    }
}
