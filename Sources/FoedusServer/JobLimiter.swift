import Dispatch
import HTTPTypes
import Synchronization

/// At most `limit` expensive jobs (Monte Carlo runs, say) at once; the next caller gets 429 with
/// `Retry-After` instead of queueing behind them.
final class JobLimiter: Sendable {
    let limit: Int
    private let running = Mutex(0)

    init(limit: Int) { self.limit = max(1, limit) }

    /// Runs CPU-bound `work` on a dispatch thread (not the cooperative pool, which serves the other requests)
    /// if a slot is free; throws 429 otherwise.
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
        defer { running.withLock { $0 -= 1 } }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
