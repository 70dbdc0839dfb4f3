import HTTPTypes
package import Hummingbird
import Logging
import Synchronization

/// Per-request state: the request id (echoed in `X-Request-Id` and in error bodies) and the caller's token
/// name once authenticated.
package struct FoedusRequestContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    package var requestId: String
    package var owner: String?

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        requestId = RequestID.next()
        owner = nil
    }
}

/// Request ids: a per-process random prefix and a counter, so they are unique, short and never guessable
/// from one another's prefix across restarts.
enum RequestID {
    private static let prefix = String(UInt32.random(in: .min ... .max), radix: 36)
    private static let counter = Counter()

    static func next() -> String { "\(prefix)-\(counter.next())" }

    private final class Counter: Sendable {
        private let value = Mutex<UInt64>(0)
        func next() -> UInt64 {
            value.withLock {
                $0 += 1
                return $0
            }
        }
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`: a valid field name, so the initializer cannot fail.
    // swift-format-ignore: NeverForceUnwrap
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// The caller's token name while a request is handled, for the operations served through the generated code
/// (their handlers see no request context). ``RequestMiddleware`` binds it.
enum RequestOwner {
    @TaskLocal static var current: String?
}
