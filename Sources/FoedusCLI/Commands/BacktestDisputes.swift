import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusFormats
import Foundation

/// `foedus backtest --disputes PARTICIPANTS.csv …`: joiner forecasts on militarized disputes (issue #14 §2).
struct DisputeBacktestOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A GML MID participants file (CSV, as Data/history/mid/); run the joiner forecasts on its disputes.",
            valueName: "file"))
    var disputes: String?
    @Option(name: .long, parsing: .unconditional, help: "With --disputes: Monte Carlo draws per dispute (1 to 100000).")
    var runs = 1_000
    @Option(name: .long, parsing: .unconditional, help: "With --disputes: seed of the random draws.")
    var seed: UInt64 = 1
    @Option(
        name: .long, help: "With --disputes: escalation policy: strict, treaty (default) or chain.",
        transform: parseEnum)
    var policy: EscalationPolicy = .treaty
    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --disputes: the model step: pooled, pooled+forces, treaty, treaty+context or collective (default).",
            valueName: "model"),
        transform: parseEnum)
    var model: ForecastModel = .defaultModel
    @Option(
        name: .long, parsing: .unconditional,
        help: "With --disputes: the last year of the training period (default 1945); later disputes are the test.")
    var fitUntil = 1945
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "With --disputes: model selection inside the training years: fit on the disputes that began before "
                + "YEAR, score those from YEAR through --fit-until (the validation period); the later disputes are "
                + "not read.",
            valueName: "year"))
    var validateFrom: Int?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --disputes: write the test (or validation) period's reliability diagram (SVG).", valueName: "file"))
    var plot: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: "With --disputes: threads (default: the number of cores); the result does not depend on it.")
    var threads: Int?

    func check() throws {
        guard disputes != nil else {
            for (given, flag) in [
                (runs != 1_000, "--runs"), (seed != 1, "--seed"), (policy != .treaty, "--policy"),
                (fitUntil != 1945, "--fit-until"), (validateFrom != nil, "--validate-from"),
                (model != .defaultModel, "--model"), (plot != nil, "--plot"),
                (threads != nil, "--threads"),
            ] where given {
                throw ValidationError("\(flag) needs --disputes FILE")
            }
            return
        }
        do { try request.check(limits: .commandLine) } catch { throw ValidationError(error.description) }
        if let threads, !(1...64).contains(threads) { throw ValidationError("--threads must be between 1 and 64") }
    }

    /// The options as a request, checked in FoedusApp as the API's are (messages name `--runs`, `--validate-from`).
    var request: DisputeBacktestRequest {
        DisputeBacktestRequest(
            door: .commandLine, runs: runs, seed: seed, policy: policy, model: model, fitUntil: fitUntil,
            validateFrom: validateFrom, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    func run(json: Bool, markdown: Bool, details: Bool) throws {
        try runReportingErrors(json: json) {
            guard let path = disputes else { return }
            let writer = plot.map { AtomicFileWriter(path: $0, field: "--plot") }
            _ = try writer?.check()
            let file = try WorldLoader.readFile(path)
            let disputes = try MIDLoader.disputes(file.text, file: path)
            let options: JoinerForecast.Options
            do throws(FoedusError) {
                options = try request.options(disputes: disputes, source: path, limits: .commandLine)
            } catch { throw ValidationError(error.description) }
            let (world, _) = try WorldLoader.load(overlays: [])
            let showProgress = isatty(STDERR_FILENO) != 0
            let progress: (@Sendable (Int, Int) -> Void)? =
                showProgress
                ? { @Sendable done, total in
                    if done % 20 == 0 || done == total { Output.progress("backtest: \(done)/\(total) days") }
                } : nil
            let relevance = model.hasContext ? try History.relevance() : nil
            let report = JoinerForecastReport(
                world: world, disputes: disputes, options: options, relevance: relevance, details: details,
                progress: progress)
            if showProgress { Output.progress(nil) }
            if let writer {
                let period =
                    validateFrom.map { "disputes \($0)–\(fitUntil) (validation)" } ?? "disputes after \(fitUntil)"
                let title =
                    "Joiner forecasts, \(period) (model \(model.rawValue), policy \(policy.rawValue), \(runs) draws)"
                try writer.write(Array(ReliabilitySVG.render(report.test.engine.reliability, title: title).utf8))
            }
            if json {
                try Output.json(DisputeForecastJSON(report, world: world))
            } else {
                Output.text(DisputeForecastText(report: report, world: world).text(markdown: markdown))
            }
        }
    }
}
