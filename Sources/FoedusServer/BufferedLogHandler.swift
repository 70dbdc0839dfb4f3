import Foundation
package import Logging
import Synchronization

/// A log handler for the server's one line per request: logfmt-like lines collected in memory and written
/// to stderr in batches (when 64 KB have gathered, or within a quarter of a second), so logging costs no
/// system call per request. Lines keep their order. Every line is redacted (``LogRedaction``): no token, cookie
/// or authorization header reaches the log, whoever logs it (our middleware or Hummingbird).
package struct BufferedLogHandler: LogHandler {
    package var logLevel: Logger.Level = .info
    package var metadata: Logger.Metadata = [:]
    private let label: String
    private let sink: Sink

    /// One shared buffer per process, flushed by a background task.
    package static func standardError(label: String) -> BufferedLogHandler {
        BufferedLogHandler(label: label, sink: .standardError)
    }

    /// Writes out what is waiting (at shutdown).
    package static func flush() { Sink.standardError.flush() }

    init(label: String, sink: Sink) {
        self.label = label
        self.sink = sink
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        sink.append("\(sink.timestamp()) \(event.level) \(label): \(LogRedaction.redact("\(event.message)"))\n")
    }

    /// The bytes waiting to be written, and the writer.
    final class Sink: Sendable {
        static let standardError = Sink { FileHandle.standardError.write(Data($0)) }
        private let pending = Mutex<[UInt8]>([])
        /// The last second formatted, so a busy server formats the time once a second, not once a line.
        private let clock = Mutex<(second: Int, text: String)>((-1, ""))

        func timestamp() -> String {
            let now = Date.now
            let second = Int(now.timeIntervalSince1970)
            return clock.withLock { cached in
                if cached.second != second { cached = (second, now.ISO8601Format()) }
                return cached.text
            }
        }
        private let limit = 64 << 10
        private let write: @Sendable ([UInt8]) -> Void

        /// A sink for `write`, flushed every quarter of a second (`flushesItself`) or only by ``flush()``.
        init(flushesItself: Bool = true, write: @escaping @Sendable ([UInt8]) -> Void) {
            self.write = write
            guard flushesItself else { return }
            Task.detached(priority: .background) { [self] in
                while true {
                    try? await Task.sleep(for: .milliseconds(250))
                    flush()
                }
            }
        }

        func append(_ line: String) {
            let full = pending.withLock { buffer in
                buffer.append(contentsOf: line.utf8)
                return buffer.count >= limit
            }
            if full { flush() }
        }

        func flush() {
            let bytes = pending.withLock { buffer in
                let out = buffer
                buffer.removeAll(keepingCapacity: true)
                return out
            }
            guard !bytes.isEmpty else { return }
            write(bytes)
        }
    }
}
