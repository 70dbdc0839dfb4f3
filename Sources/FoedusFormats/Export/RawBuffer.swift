/// A fixed-capacity byte buffer written with `memcpy`-style copies, flushed to a sink when full: the
/// writer behind the 2-million-row dyad-year export.
///
/// Not copyable: it owns its memory and frees it on deinit.
struct RawBuffer: ~Copyable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private let threshold: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 20) {
        self.capacity = capacity + 64 * 1024
        threshold = capacity
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(decimal value: Int) {
        var n = value
        var digits = 0
        var tmp = n
        repeat {
            digits += 1
            tmp /= 10
        } while tmp > 0
        var i = count + digits - 1
        repeat {
            base[i] = UInt8(48 + n % 10)
            n /= 10
            i -= 1
        } while n > 0
        count += digits
    }

    /// Drops the last byte written (a JSON object's closing brace, to add fields).
    mutating func removeLast() { count -= 1 }

    var isFull: Bool { count >= threshold }

    /// Hands the bytes to `sink` and empties the buffer.
    mutating func drain(into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard count > 0 else { return }
        try sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }
}

extension RawBuffer {
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }
}

/// Where export bytes go: a file handle, stdout, or a test's array.
public typealias ByteSink = (UnsafeRawBufferPointer) throws -> Void
