/// The tests that use the PostgreSQL test cluster run one at a time.
///
/// Many CLI tests block a Swift-concurrency thread while a child `foedus` runs. A child that waits for the
/// store's migration lock (an advisory lock), held by an in-process store whose next step needs such a
/// thread, would wait for ever; CI saw it: both threads of a two-core machine blocked on children, each child
/// waiting for the lock that the test process could no longer release. In turn, no PostgreSQL test overlaps
/// another, so no child ever waits for a lock this process holds.
public actor PostgresTestGate {
    public static let shared = PostgresTestGate()
    private var held = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public func enter() async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    public func leave() {
        if waiting.isEmpty { held = false } else { waiting.removeFirst().resume() }
    }
}

/// Runs `body` while no other PostgreSQL test runs (``PostgresTestGate``).
public func withPostgresGate<T>(_ body: () async throws -> T) async throws -> T {
    await PostgresTestGate.shared.enter()
    do {
        let result = try await body()
        await PostgresTestGate.shared.leave()
        return result
    } catch {
        await PostgresTestGate.shared.leave()
        throw error
    }
}
