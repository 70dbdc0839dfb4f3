import FoedusAnalysis
import FoedusApp

/// The results of `GET /v1/backtest/disputes`, kept per parameter set (a run takes seconds; its answer, with or
/// without its predictions, is then a copy). Requests for a set that is being computed wait for that computation
/// instead of starting another; at most `capacity` results are kept, the least recently used going first. A
/// computation that fails (429 busy, 503 timeout) is not kept, so the next request tries again.
actor DisputeBacktests {
    /// One run: the full report (every prediction) and the disputes of its training period.
    struct Result: Sendable {
        var report: DisputeForecastJSON
        var trainingDisputes: Set<Int>

        /// The report listing the predictions `listing` asks for (none: the member is left out).
        func answer(_ listing: Listing) -> DisputeForecastJSON {
            var answer = report
            switch listing {
            case .none: answer.predictions = nil
            case .all: break
            case .training: answer.predictions = report.predictions?.filter { trainingDisputes.contains($0.dispute) }
            case .test: answer.predictions = report.predictions?.filter { !trainingDisputes.contains($0.dispute) }
            }
            return answer
        }
    }

    /// The `predictions` parameter.
    enum Listing: String, Sendable {
        case none, training, test, all
    }

    let capacity: Int
    private var results: [JoinerForecast.Options: Result] = [:]
    /// Least recently used first.
    private var order: [JoinerForecast.Options] = []
    private var running: [JoinerForecast.Options: Task<Result, any Error>] = [:]
    /// How many computations were started (tests read it).
    private(set) var computations = 0

    init(capacity: Int = 8) { self.capacity = max(1, capacity) }

    /// The result for `options`: kept, being computed, or computed now by `compute`.
    func result(
        for options: JoinerForecast.Options, compute: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        if let kept = results[options] {
            touch(options)
            return kept
        }
        if let task = running[options] { return try await task.value }
        computations += 1
        let task = Task { try await compute() }
        running[options] = task
        do {
            let value = try await task.value
            running[options] = nil
            keep(value, for: options)
            return value
        } catch {
            running[options] = nil
            throw error
        }
    }

    private func touch(_ options: JoinerForecast.Options) {
        order.removeAll { $0 == options }
        order.append(options)
    }

    private func keep(_ result: Result, for options: JoinerForecast.Options) {
        results[options] = result
        touch(options)
        while order.count > capacity {
            results[order.removeFirst()] = nil
        }
    }
}
