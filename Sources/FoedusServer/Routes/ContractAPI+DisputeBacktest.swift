import FoedusAnalysis
import FoedusApp
import FoedusCore
import Foundation

/// `GET /v1/backtest/disputes`: the joiner forecasts on the bundled militarized disputes, as
/// `foedus backtest --disputes … --json` (issue #14 §2), with its `--validate-from` (`validateFrom`) and `--details`
/// (`details`). The run goes through the ``JobLimiter`` (a dispatch thread; 429 when busy, 503 past the timeout)
/// and its result is kept in ``DisputeBacktests``.
extension ContractAPI {
    /// Monte Carlo draws per dispute when the request gives none (the CLI's default is 1,000).
    static let disputeBacktestRuns = 200

    /// The ranges the route accepts: at most the server's `runs` draws, a training period ending by 1990 (the
    /// bundled disputes end in 1991, so a later one would leave no test period).
    static func disputeBacktestLimits(runs: Int) -> DisputeBacktestRequest.Limits {
        DisputeBacktestRequest.Limits(runs: 1...runs, fitUntil: 1816...1990)
    }

    func backtestDisputes(
        _ input: Operations.BacktestDisputes.Input
    ) async throws -> Operations.BacktestDisputes.Output {
        let q = input.query
        let seed = UInt64(try Self.number("seed", q.seed, in: 0...Int(Int32.max), default: 1))
        let policy = q.policy.flatMap { EscalationPolicy(rawValue: $0.rawValue) } ?? .treaty
        let model = q.model.flatMap { ForecastModel(rawValue: $0.rawValue) } ?? .defaultModel
        let listing = q.predictions.flatMap { DisputeBacktests.Listing(rawValue: $0.rawValue) } ?? .none
        let details = q.details ?? false
        // The cores shared among the expensive jobs that may run at once: one such job never takes every
        // dispatch thread (with one thread it runs on the job's own; the result does not depend on it).
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, limits.expensiveJobs))
        let request = DisputeBacktestRequest(
            door: .http, runs: q.runs ?? min(Self.disputeBacktestRuns, limits.runs), seed: seed, policy: policy,
            model: model, fitUntil: q.fitUntil ?? 1945, validateFrom: q.validateFrom, threads: threads)
        // Runs, fitUntil and validateFrom are checked in FoedusApp, as the CLI's options are; a bad one is a 400
        // naming it, like the parameters checked here.
        let disputes = try History.disputes()
        let options: JoinerForecast.Options
        do throws(FoedusError) {
            options = try request.options(
                disputes: disputes, source: History.disputesFile, limits: Self.disputeBacktestLimits(runs: limits.runs))
        } catch { throw APIError.badRequest(error.description) }
        let world = reference.world
        let jobs = jobs
        let result = try await disputeBacktests.result(for: .init(options, details: details)) {
            try await jobs.run {
                let report = JoinerForecastReport(
                    world: world, disputes: disputes, options: options,
                    relevance: model.hasContext ? try History.relevance() : nil, details: details)
                return DisputeBacktests.Result(
                    report: DisputeForecastJSON(report, world: world),
                    trainingDisputes: Set(report.cases.values.filter(\.training).map(\.dispute)))
            }
        }
        return .ok(.init(body: .json(result.answer(listing))))
    }
}
