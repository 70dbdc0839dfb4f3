import FoedusAnalysis
import FoedusApp
import FoedusCore
import Foundation

/// `GET /v1/backtest/disputes`: the joiner forecasts on the bundled militarized disputes, as
/// `foedus backtest --disputes … --json` (issue #14 §2). The run goes through the ``JobLimiter`` (a dispatch
/// thread; 429 when busy, 503 past the timeout) and its result is kept in ``DisputeBacktests``.
extension ContractAPI {
    /// Monte Carlo draws per dispute when the request gives none (the CLI's default is 1,000).
    static let disputeBacktestRuns = 200

    func backtestDisputes(
        _ input: Operations.BacktestDisputes.Input
    ) async throws -> Operations.BacktestDisputes.Output {
        let q = input.query
        let runs = try Self.number(
            "runs", q.runs, in: 1...limits.runs, default: min(Self.disputeBacktestRuns, limits.runs))
        let seed = UInt64(try Self.number("seed", q.seed, in: 0...Int(Int32.max), default: 1))
        let fitUntil = try Self.number("fitUntil", q.fitUntil, in: 1816...1990, default: 1945)
        let policy = q.policy.flatMap { EscalationPolicy(rawValue: $0.rawValue) } ?? .treaty
        let model = q.model.flatMap { ForecastModel(rawValue: $0.rawValue) } ?? .defaultModel
        let listing = q.predictions.flatMap { DisputeBacktests.Listing(rawValue: $0.rawValue) } ?? .none
        // The cores shared among the expensive jobs that may run at once: one such job never takes every
        // dispatch thread (with one thread it runs on the job's own; the result does not depend on it).
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, limits.expensiveJobs))
        let options = JoinerForecast.Options(
            runs: runs, seed: seed, policy: policy, fitUntil: fitUntil, threads: threads, model: model)
        let world = reference.world
        let jobs = jobs
        let result = try await disputeBacktests.result(for: options) {
            try await jobs.run {
                let report = JoinerForecastReport(
                    world: world, disputes: try History.disputes(), options: options,
                    relevance: model.hasContext ? try History.relevance() : nil)
                return DisputeBacktests.Result(
                    report: DisputeForecastJSON(report, world: world),
                    trainingDisputes: Set(report.cases.values.filter(\.training).map(\.dispute)))
            }
        }
        return .ok(.init(body: .json(result.answer(listing))))
    }
}
