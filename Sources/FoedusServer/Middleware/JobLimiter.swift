import Dispatch
import Foundation
import HTTPTypes
import Synchronization

/// At most `limit` expensive jobs (Monte Carlo runs, say) at once; the next caller gets 429 with
/// `Retry-After` instead of queueing behind them. A job that takes longer than `timeout` answers 503: the
/// computation cannot be interrupted, so it finishes in the background and holds its slot until then, but
/// its result is dropped.
final class JobLimiter: Sendable {
    let limit: Int
    let timeout: Duration
    private let running = Mutex(0)

    init(limit: Int, timeout: Duration = .seconds(120)) {
        self.limit = max(1, limit)
        self.timeout = timeout
    }

    /// Runs CPU-bound `work` on a thread of its own if a slot is free; throws 429 otherwise, and 503 after the
    /// timeout. Not a dispatch worker: on Linux the cooperative pool that serves the other requests runs on the
    /// same global dispatch threads (as many as cores), so a job held there, with its `concurrentPerform`
    /// helpers, could leave none for them (a 20 s job held `/health` for 20 s).
    func run<T: Sendable>(_ work: @Sendable @escaping () throws -> T) async throws -> T {
        let admitted = running.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
        guard admitted else {
            throw APIError(
                status: .tooManyRequests, code: "busy",
                message: "\(limit) expensive request(s) are running; retry in a second", retryAfter: 1)
        }
        let timeout = timeout
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            let thread = Thread { [self] in
                let result = Result { try work() }
                self.running.withLock { $0 -= 1 }
                once.resume(with: result)
            }
            thread.stackSize = 8 << 20
            thread.start()
            let nanoseconds =
                timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                once.resume(
                    with: .failure(
                        APIError(
                            status: .serviceUnavailable, code: "timeout",
                            message: "the request took longer than \(timeout.components.seconds) s (the server's "
                                + "--request-timeout); try fewer runs")))
            }
        }
    }
}

/// A continuation resumed by whichever of the job and the timer comes first.
private final class Once<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<T, any Error>?>(nil)

    func set(_ value: CheckedContinuation<T, any Error>) { continuation.withLock { $0 = value } }

    func resume(with result: Result<T, any Error>) {
        let taken = continuation.withLock { value -> CheckedContinuation<T, any Error>? in
            defer { value = nil }
            return value
        }
        taken?.resume(with: result)
    }
}
