import Foundation

/// Runs blocking work (a child process and the reads of its pipes) on a thread of its own, so that it never holds
/// one of Swift concurrency's few threads (two on a two-core machine): tests that wait for child processes then
/// cannot starve the tests that need those threads.
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
