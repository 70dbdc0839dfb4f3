import FoedusAnalysis
import FoedusApp

/// The results of `GET /v1/backtest/disputes`, kept per parameter set (``Key``: a run takes seconds; its answer,
/// with or without its predictions, is then a copy). Requests for a set that is being computed wait for that
/// computation instead of starting another; at most `capacity` results are kept, the least recently used going
/// first. A computation that fails (429 busy, 503 timeout) is not kept, so the next request tries again.
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

    /// The `predictions` parameter. `test` is the period scored out of sample: the test period, or in a validation
    /// run (`validateFrom`) the validation period (the test period's disputes are not read).
    enum Listing: String, Sendable {
        case none, training, test, all
    }

    /// A parameter set: the run's options, and whether the report has its ``DisputeForecastJSON/decomposition``
    /// (`details`, which the options do not hold).
    struct Key: Hashable, Sendable {
        var options: JoinerForecast.Options
        var details: Bool

        init(_ options: JoinerForecast.Options, details: Bool = false) {
            self.options = options
            self.details = details
        }
    }

    let capacity: Int
    private var results: [Key: Result] = [:]
    /// Least recently used first.
    private var order: [Key] = []
    private var running: [Key: Task<Result, any Error>] = [:]
    /// How many computations were started (tests read it).
    private(set) var computations = 0

    init(capacity: Int = 8) { self.capacity = max(1, capacity) }

    /// The result for `key`: kept, being computed, or computed now by `compute`.
    func result(for key: Key, compute: @escaping @Sendable () async throws -> Result) async throws -> Result {
        if let kept = results[key] {
            touch(key)
            return kept
        }
        if let task = running[key] { return try await task.value }
        computations += 1
        let task = Task { try await compute() }
        running[key] = task
        do {
            let value = try await task.value
            running[key] = nil
            keep(value, for: key)
            return value
        } catch {
            running[key] = nil
            throw error
        }
    }

    private func touch(_ key: Key) {
        order.removeAll { $0 == key }
        order.append(key)
    }

    private func keep(_ result: Result, for key: Key) {
        results[key] = result
        touch(key)
        while order.count > capacity {
            results[order.removeFirst()] = nil
        }
    }
}
