import FoedusCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that nothing is ever lost: the bytes go to a new temporary file in the target's folder,
/// which is flushed to disk (`fsync`) and then renamed over the target, so the target is either the old file or
/// the whole new one, even if the process is killed midway.
///
/// It never removes anything it did not create. A target that is a folder, a link to a folder, a device, a FIFO,
/// a socket, a dangling link or a read-only file is refused before anything is written (``check()``), with a
/// message naming the option and the path. A link to a regular file is followed: the file it points to is
/// replaced and the link stays.
///
/// Permissions: a ``Permissions/ownerOnly`` file is created with mode 0600; a ``Permissions/umask`` file gets
/// the user's umask for a new file and keeps the mode of the file it replaces.
public struct AtomicFileWriter: Sendable {
    public enum Permissions: Sendable { case ownerOnly, umask }

    /// The path as the user gave it.
    public let path: String
    /// The option or argument the path came from, for messages (`--output`).
    public let field: String
    public let permissions: Permissions

    public init(path: String, field: String, permissions: Permissions = .umask) {
        self.path = path
        self.field = field
        self.permissions = permissions
    }

    /// What will be written: the resolved file, and the mode and owner of the file it replaces, if any.
    public struct Target: Sendable, Equatable {
        public var path: String
        public var folder: String
        public var existing: Existing?

        public struct Existing: Sendable, Equatable {
            public var mode: UInt32
            public var owner: UInt32
            public var group: UInt32
        }
    }

    /// Checks that the target can be written without destroying anything; throws a clear error otherwise.
    /// Call it before long work so that a bad `--output` fails at once; ``write(_:)`` checks again.
    public func check() throws -> Target {
        guard !path.isEmpty else { throw failure("the path is empty") }
        guard !path.utf8.contains(0) else { throw failure("the path contains a NUL byte") }
        guard !path.hasSuffix("/") else { throw failure("names a folder; give a file name") }
        var info = stat()
        if lstat(path, &info) == 0 {
            if Self.kind(info.st_mode) == S_IFLNK {
                guard let resolved = Self.resolve(path) else {
                    throw failure("is a symbolic link to a missing file; refusing to replace the link")
                }
                return try checkExisting(resolved, throughLink: true)
            }
            return try checkExisting(path, throughLink: false)
        }
        let error = errno
        guard error == ENOENT else { throw failure(Self.describe(error)) }
        let folder = Self.folder(of: path)
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else { throw failure("the folder \(folder) does not exist") }
        guard Self.kind(folderInfo.st_mode) == S_IFDIR else { throw failure("\(folder) is not a folder") }
        guard access(folder, W_OK | X_OK) == 0 else { throw failure("the folder \(folder) is not writable") }
        return Target(path: path, folder: folder, existing: nil)
    }

    private func checkExisting(_ file: String, throughLink: Bool) throws -> Target {
        var info = stat()
        guard stat(file, &info) == 0 else { throw failure(Self.describe(errno)) }
        let shown = throughLink ? "is a link to \(file), which" : "is"
        switch Self.kind(info.st_mode) {
        case S_IFREG: break
        case S_IFDIR: throw failure("\(shown) a folder; give a file name inside it")
        case S_IFIFO: throw failure("\(shown) a FIFO (named pipe); give a regular file, or - for stdout")
        case S_IFCHR, S_IFBLK: throw failure("\(shown) a device; give a regular file, or - for stdout")
        case S_IFSOCK: throw failure("\(shown) a socket; give a regular file")
        default: throw failure("\(shown) not a regular file")
        }
        // A file without write permission is not replaced, even by root (a rename would bypass the mode).
        guard access(file, W_OK) == 0, info.st_mode & 0o222 != 0 else {
            throw failure("\(shown) read-only; nothing was written")
        }
        let folder = Self.folder(of: file)
        guard access(folder, W_OK | X_OK) == 0 else { throw failure("the folder \(folder) is not writable") }
        return Target(
            path: file, folder: folder,
            existing: .init(mode: UInt32(info.st_mode & 0o7777), owner: UInt32(info.st_uid), group: UInt32(info.st_gid))
        )
    }

    /// Writes what `body` sends to the sink, then replaces the target in one step. If `body` or any step
    /// throws, the temporary file is removed and the target is untouched.
    public func write(_ body: (ByteSink) throws -> Void) throws {
        let target = try check()
        let (temporary, descriptor) = try createTemporary(in: target)
        var open = true
        do {
            try body { bytes in try Self.writeAll(bytes, to: descriptor, failure: failure) }
            if let existing = target.existing {
                let mode = permissions == .ownerOnly ? 0o600 : mode_t(existing.mode)
                _ = fchmod(descriptor, mode)
                if geteuid() == 0 { _ = fchown(descriptor, uid_t(existing.owner), gid_t(existing.group)) }
            }
            guard fsync(descriptor) == 0 else { throw failure("cannot flush to disk: \(Self.describe(errno))") }
            open = false
            guard close(descriptor) == 0 else { throw failure("cannot close: \(Self.describe(errno))") }
            guard rename(temporary, target.path) == 0 else {
                throw failure("cannot replace the file: \(Self.describe(errno))")
            }
        } catch {
            if open { _ = close(descriptor) }
            _ = unlink(temporary)
            throw error
        }
        Self.syncFolder(target.folder)
    }

    /// Writes `bytes` as the whole new content.
    public func write(_ bytes: [UInt8]) throws {
        try write { sink in try bytes.withUnsafeBytes { try sink($0) } }
    }

    // MARK: - Steps

    private func createTemporary(in target: Target) throws -> (String, Int32) {
        let base = String(target.path.split(separator: "/", omittingEmptySubsequences: false).last ?? "output")
        let mode: mode_t = permissions == .ownerOnly ? 0o600 : 0o666
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = Self.join(target.folder, ".\(base).\(suffix).partial")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return (temporary, descriptor) }
            if errno != EEXIST { throw failure("cannot create a file in \(target.folder): \(Self.describe(errno))") }
        }
        throw failure("cannot create a temporary file in \(target.folder)")
    }

    private static func writeAll(
        _ bytes: UnsafeRawBufferPointer, to descriptor: Int32, failure: (String) -> FoedusError
    ) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write: \(describe(errno))")
            }
            left -= written
            next += written
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    // MARK: - Paths and messages

    private func failure(_ message: String) -> FoedusError {
        FoedusError(.cannotWrite, "\(path): \(message)", location: field)
    }

    private static func kind(_ mode: mode_t) -> mode_t { mode & S_IFMT }

    private static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    private static func describe(_ error: Int32) -> String { String(cString: strerror(error)) }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
