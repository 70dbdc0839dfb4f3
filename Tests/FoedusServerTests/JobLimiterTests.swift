import Dispatch
import HTTPTypes
import Testing

@testable import FoedusServer

@Suite struct JobLimiterTests {
    @Test func aCallerBeyondTheLimitGets429WithRetryAfter() async throws {
        let limiter = JobLimiter(limit: 1)
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let first = Task {
            try await limiter.run {
                started.signal()
                release.wait()
                return 1
            }
        }
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                started.wait()
                continuation.resume()
            }
        }
        do {
            _ = try await limiter.run { 2 }
            Issue.record("the second job should have been refused")
        } catch let error as APIError {
            #expect(error.status == .tooManyRequests && error.retryAfter == 1)
        }
        release.signal()
        #expect(try await first.value == 1)
        #expect(try await limiter.run { 3 } == 3)  // the slot is free again
    }
}
