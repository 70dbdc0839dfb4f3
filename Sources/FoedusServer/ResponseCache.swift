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

    /// The cached body for `request`, or `make()`'s (kept when the request can be cached).
    func body(for request: Request, today: String, _ make: () async throws -> Data) async throws -> CachedBody {
        guard !request.uri.queryParameters.contains(where: { $0.key == "with" || $0.key == "workspace" }) else {
            return CachedBody(try await make())
        }
        let key = Self.key(request, today: today)
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let body = CachedBody(try await make())
        if body.buffer.readableBytes <= maximumBody {
            entries.withLock { cache in
                if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
                cache[key] = body
            }
        }
        return body
    }

    /// The path, the parameters in name order (the values of a repeated name keep their order, which can
    /// matter: the attacks of a scenario), each part length-prefixed so no two requests share a key, and today.
    static func key(_ request: Request, today: String) -> String {
        let parameters = request.uri.queryParameters.enumerated()
            .sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map { "\($0.element.key.count):\($0.element.key)=\($0.element.value.count):\($0.element.value)" }
        return request.uri.path + "?" + parameters.joined(separator: "&") + "|" + today
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
