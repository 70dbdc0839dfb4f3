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

extension JobLimiterTests {
    @Test func aJobPastTheTimeoutAnswers503AndKeepsItsSlotUntilItEnds() async throws {
        let limiter = JobLimiter(limit: 1, timeout: .milliseconds(50))
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        do {
            _ = try await limiter.run {
                release.wait()
                finished.signal()
                return 1
            }
            Issue.record("the job should have timed out")
        } catch let error as APIError {
            #expect(error.status == .serviceUnavailable && error.code == "timeout")
        }
        // Still computing: the slot is taken.
        do {
            _ = try await limiter.run { 2 }
            Issue.record("the slot should still be taken")
        } catch let error as APIError {
            #expect(error.status == .tooManyRequests)
        }
        release.signal()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                finished.wait()
                continuation.resume()
            }
        }
        // The slot is released just after the job returns.
        var answer: Int?
        for _ in 0..<3000 where answer == nil {  // up to 30 s: a busy test run may delay the release
            answer = try? await limiter.run { 3 }
            if answer == nil { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(answer == 3)
    }
}
