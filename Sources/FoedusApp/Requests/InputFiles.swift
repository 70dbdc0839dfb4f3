import FoedusCore
public import FoedusFormats
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the user's files (`--data`, scenario, priors, capabilities, architecture files) within stated limits:
/// regular files only (a FIFO or device would block or never end), at most ``fileLimit`` bytes, UTF-8 text; a
/// folder is walked in path order, following links to folders but never twice into the same one (a link loop is
/// an error naming the link), at most ``folderDepth`` deep and ``folderFiles`` files.
extension WorldLoader {
    public static let fileLimit = 4 << 20
    public static let folderDepth = 32
    public static let folderFiles = 10_000

    /// Every YAML file at `path` (a file, or a folder walked in path order).
    public static func readYAML(at path: String) throws -> [SourceFile] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FoedusError(.malformed, "\(path): \(describe(errno))") }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [try readFile(path)] }
        var walk = FolderWalk()
        try walk.visit(path, depth: 0)
        return try walk.paths.sorted().map(readFile)
    }

    public static func readFile(_ path: String) throws -> SourceFile {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FoedusError(.malformed, "\(path): \(describe(errno))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FoedusError(.malformed, "\(path): is a folder, not a file")
        default: throw FoedusError(.malformed, "\(path): not a regular file (a FIFO, device or socket)")
        }
        if Int(info.st_size) > fileLimit {
            throw FoedusError(.malformed, "\(path): file too large (\(info.st_size) bytes; the limit is \(fileLimit))")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FoedusError(.malformed, "\(path): cannot read the file (\(describe(errno)))")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: fileLimit + 1)) ?? Data()
        guard data.count <= fileLimit else {
            throw FoedusError(.malformed, "\(path): file too large (more than \(fileLimit) bytes)")
        }
        return SourceFile(path: path, text: try utf8(data, path: path))
    }

    /// The text of `data`, or an error naming the line and byte of the first invalid UTF-8 sequence.
    static func utf8(_ data: Data, path: String) throws -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        let bytes = [UInt8](data)
        var offset = 0
        var line = 1
        while offset < bytes.count {
            let width = sequenceWidth(bytes, at: offset)
            guard width > 0 else {
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                throw Diagnostic(
                    file: path, line: line, field: "", message: "not UTF-8 text (byte 0x\(byte) at offset \(offset))")
            }
            if bytes[offset] == 10 { line += 1 }
            offset += width
        }
        throw Diagnostic(file: path, line: line, field: "", message: "not UTF-8 text")
    }

    /// The length of the valid UTF-8 sequence starting at `offset`, or 0.
    private static func sequenceWidth(_ bytes: [UInt8], at offset: Int) -> Int {
        let lead = bytes[offset]
        let width: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return 0
        }
        guard offset + width <= bytes.count else { return 0 }
        let slice = bytes[offset..<(offset + width)]
        return String(validating: slice, as: UTF8.self) == nil ? 0 : width
    }

    private static func describe(_ error: Int32) -> String {
        error == ENOENT ? "no such file or folder" : String(cString: strerror(error))
    }

    /// A walk of a `--data` folder: YAML files, each folder once.
    private struct FolderWalk {
        var paths: [String] = []
        var seen: [String: String] = [:]

        mutating func visit(_ folder: String, depth: Int) throws {
            var info = stat()
            guard stat(folder, &info) == 0 else { throw FoedusError(.malformed, "\(folder): \(describe(errno))") }
            let key = "\(info.st_dev):\(info.st_ino)"
            if let first = seen[key] {
                throw FoedusError(
                    .malformed, "\(folder): a link back to a folder already read (\(first)); remove the loop")
            }
            seen[key] = folder
            guard depth < folderDepth else {
                throw FoedusError(.malformed, "\(folder): folders nested more than \(folderDepth) deep")
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
                throw FoedusError(.malformed, "\(folder): cannot list the folder")
            }
            for name in names where !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                var entry = stat()
                guard stat(path, &entry) == 0 else { continue }  // a dangling link is no file of ours
                if entry.st_mode & S_IFMT == S_IFDIR {
                    try visit(path, depth: depth + 1)
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    paths.append(path)
                    guard paths.count <= folderFiles else {
                        throw FoedusError(.malformed, "\(folder): more than \(folderFiles) YAML files")
                    }
                }
            }
        }
    }
}
