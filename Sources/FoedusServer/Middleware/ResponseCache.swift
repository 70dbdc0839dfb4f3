import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// Bodies of answers that are pure functions of the request: the same path and query on the same "today",
/// without user treaties (`with`, `workspace`), always give the same bytes for one binary (the data is compiled in). A
/// small cache of them spares repeated requests the evaluation and the JSON encoding.
final class ResponseCache: Sendable {
    private let entries = Mutex<[String: CachedBody]>([:])
    private let capacity: Int
    /// Larger bodies are not kept.
    private let maximumBody = 1 << 20

    init(capacity: Int = 512) { self.capacity = capacity }

    /// The body kept for `key`, if any.
    func lookup(_ key: String) -> CachedBody? { entries.withLock { $0[key] } }

    /// Keeps `body` for `key` (unless it is too large; when full, the cache starts again empty).
    func keep(_ body: CachedBody, for key: String) {
        guard body.buffer.readableBytes <= maximumBody else { return }
        entries.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = body
        }
    }

    /// The path, the parameters in name order (the values of a repeated name keep their order, which can
    /// matter: the attacks of a scenario), each part length-prefixed so no two requests share a key, and today;
    /// `nil` for a request that names user treaties (`with`, `workspace`), whose answer depends on the store.
    static func key(path: String, query: [(String, String)], today: String) -> String? {
        guard !query.contains(where: { $0.0 == "with" || $0.0 == "workspace" }) else { return nil }
        let parameters = query.enumerated()
            .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map { "\($0.element.0.count):\($0.element.0)=\($0.element.1.count):\($0.element.1)" }
        return path + "?" + parameters.joined(separator: "&") + "|" + today
    }
}

/// A JSON body ready to send, with its `ETag` (a 64-bit FNV-1a hash of the bytes).
struct CachedBody: Sendable {
    let buffer: ByteBuffer
    let etag: String

    init(_ data: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        etag = "\"" + String(hash, radix: 16) + "\""
        buffer = ByteBuffer(bytes: data)
    }
}
