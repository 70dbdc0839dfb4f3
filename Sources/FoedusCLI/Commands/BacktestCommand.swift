import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "The engine against history: every COW interstate war (1816–2007), per policy and threshold.",
        discussion: """
            On each war's first day the initiators attack the states they fought that day; the states the engine \
            brings in are compared with those that joined. With --honouring: the Leeds-style honouring test, the \
            duties whose casus foederis arose at each belligerent's entry date and whether they were honoured. With --disputes: calibrated joiner forecasts on \
            militarized interstate disputes (GML MID participants), fitted on the years up to --fit-until and scored \
            on the later ones; --validate-from YEAR selects models inside the training years (fit before YEAR, \
            score YEAR through --fit-until, the later years not read); --details adds the scored period's excess \
            squared error over the base rate by reason and by treaty. Method and results: docs/backtest.md.
            """)
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "List every war's hits, false alarms and misses (with the reason of each miss); with --disputes, the "
                + "test (or validation) period's excess squared error over the base rate by reason and by treaty."))
    var details = false
    @Flag(name: .long, help: "Print the report as Markdown (docs/backtest.md).")
    var markdown = false
    @Flag(
        name: .long,
        help: "Run the honouring test: duties whose casus foederis arose in each war, honoured or not (Leeds 2000).")
    var honouring = false
    @OptionGroup var disputeOptions: DisputeBacktestOptions

    func validate() throws {
        if honouring && disputeOptions.disputes != nil {
            throw ValidationError("--honouring and --disputes are two back-tests: give one of them")
        }
        try disputeOptions.check()
    }

    func run() throws {
        if honouring {
            try HonouringBacktest(json: json, markdown: markdown, details: details).run()
            return
        }
        if disputeOptions.disputes != nil {
            try disputeOptions.run(json: json, markdown: markdown, details: details)
            return
        }
        try runReportingErrors(json: json) {
            let (world, _) = try WorldLoader.load(overlays: [])
            let backtest = Backtest(world: world, wars: try WarLoader.wars(BundledData.interstateWars))
            var summaries: [Backtest.Summary] = []
            for policy in EscalationPolicy.allCases {
                for honour in [HonourThreshold.discretionary, .automatic] {
                    if isTerminal() && !json && !markdown {
                        Output.diagnostic("… \(policy.rawValue), \(honour.rawValue)")
                    }
                    summaries.append(backtest.run(policy: policy, honour: honour))
                }
            }
            if json {
                try Output.json(summaries.map { BacktestJSON($0, world: world, details: details) })
            } else {
                Output.text(
                    BacktestReport(backtest: backtest, summaries: summaries).text(markdown: markdown, details: details))
            }
        }
    }

    private func isTerminal() -> Bool { isatty(STDERR_FILENO) != 0 }
}

/// The text and Markdown renderings of a back-test.
struct BacktestReport {
    let backtest: Backtest
    let summaries: [Backtest.Summary]
    var world: World { backtest.world }

    func text(markdown: Bool, details: Bool) -> String {
        var lines: [String] = []
        let percent: (Double?) -> String = { $0.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
        if markdown {
            lines += [
                "| policy | threshold | wars run | predicted joiners | actual joiners | right | precision | recall |",
                "|---|---|---|---|---|---|---|---|",
            ]
        } else {
            lines.append("policy    threshold      wars  predicted  joiners  right  precision  recall")
        }
        for s in summaries {
            let run = s.wars.count - s.skipped
            if markdown {
                lines.append(
                    "| \(s.policy.rawValue) | \(s.honour.rawValue) | \(run) | \(s.predicted) | \(s.joiners) | \(s.hits) | \(percent(s.precision)) | \(percent(s.recall)) |"
                )
            } else {
                lines.append(
                    [
                        s.policy.rawValue.padding(9), s.honour.rawValue.padding(13), String(run).padding(5),
                        String(s.predicted).padding(10), String(s.joiners).padding(8), String(s.hits).padding(6),
                        percent(s.precision).padding(10), percent(s.recall),
                    ].joined(separator: " "))
            }
        }
        if details, let s = summaries.first(where: { $0.policy == .treaty && $0.honour == .discretionary }) {
            lines.append(
                markdown
                    ? "\n### Wars (policy `treaty`, threshold `discretionary`)\n" : "\nWars (treaty, discretionary):")
            for w in s.wars {
                let name = "\(w.war.id) \(w.war.name) (\(w.day))"
                if let why = w.skipped {
                    lines.append((markdown ? "- " : "  ") + "\(name): not run — \(why)")
                    continue
                }
                let label: ([StateID]) -> String = {
                    $0.isEmpty ? "none" : $0.map { world.states[$0].abbreviation }.joined(separator: ", ")
                }
                lines.append(
                    (markdown ? "- **" : "  ") + name + (markdown ? "**" : "")
                        + ": right \(label(w.hits)); false alarms \(label(w.falseAlarms)); misses \(label(w.misses))")
                // The war is evaluated again only to put its misses in words.
                let words =
                    w.misses.isEmpty
                    ? nil
                    : backtest.outcome(of: w, policy: s.policy, honour: s.honour).map {
                        ExplanationText(result: $0, world: world)
                    }
                for miss in w.misses {
                    let reason = w.missReasons[miss].flatMap { e in words?.sentence(e, about: miss) } ?? ""
                    lines.append((markdown ? "  - " : "      ") + "\(world.states[miss].abbreviation): \(reason)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
