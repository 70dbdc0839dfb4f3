import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything in a folder a test made: each entry's relative path, kind, mode, link target and bytes. Two
/// snapshots are equal when nothing in the folder changed, which is how tests show that a refused write
/// touched nothing.
public struct FolderSnapshot: Equatable, CustomStringConvertible {
    public struct Entry: Equatable {
        public var path: String
        public var kind: String
        public var mode: UInt32
        public var link: String?
        public var bytes: [UInt8]?
    }

    public var entries: [Entry]

    public init(_ folder: String) throws {
        var entries: [Entry] = []
        try Self.walk(folder, relative: "", into: &entries)
        self.entries = entries
    }

    public var description: String {
        entries.map { "\($0.path) \($0.kind) \(String($0.mode, radix: 8)) \($0.bytes?.count ?? 0) B" }
            .joined(separator: "\n")
    }

    /// A new empty folder under the temporary folder, for one test; the test removes it when done.
    public static func makeFolder(_ label: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url.path
    }

    private static func walk(_ folder: String, relative: String, into entries: inout [Entry]) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        for name in names {
            let path = folder + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
            let mode = UInt32(info.st_mode)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries.append(Entry(path: shown, kind: "folder", mode: mode))
                try walk(path, relative: shown, into: &entries)
            case S_IFLNK:
                let target = try FileManager.default.destinationOfSymbolicLink(atPath: path)
                entries.append(Entry(path: shown, kind: "link", mode: mode, link: target))
            case S_IFREG:
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                entries.append(Entry(path: shown, kind: "file", mode: mode, bytes: bytes))
            default:
                entries.append(Entry(path: shown, kind: "special", mode: mode))
            }
        }
    }
}
