import FoedusAnalysis
import FoedusCore
import Foundation

/// The text and Markdown renderings of the joiner forecasts on militarized disputes.
struct DisputeForecastText {
    let report: JoinerForecastReport
    let world: World

    func text(markdown: Bool) -> String {
        let o = report.options
        let fit = report.fit
        let b = report.baselines
        func f(_ v: Double?, _ digits: Int = 4) -> String { v.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        var lines: [String] = []
        let heading: (String) -> Void = { lines.append(markdown ? "\n### \($0)\n" : "\n\($0):") }
        lines.append(
            "Joiner forecasts: \(report.cases.count) disputes run (\(report.skipped.count) skipped), policy "
                + "\(o.policy.rawValue), \(o.runs) draws, seed \(o.seed); " + periods(o)
        )
        lines.append(
            "Priors fitted on \(fit.disputes) training disputes: automatic \(fit.automatic.honoured)/\(fit.automatic.cases) "
                + "honoured (mean \(f(fit.automatic.rate.mean, 3))), discretionary "
                + "\(fit.discretionary.honoured)/\(fit.discretionary.cases) (mean \(f(fit.discretionary.rate.mean, 3)))."
        )
        lines.append("Model \(o.model.rawValue).")
        if o.model.splitsParties {
            for (name, counts) in [("bilateral", fit.bilateral), ("multilateral", fit.multilateral)] {
                let rates = fit.rates(counts)
                lines.append(
                    "  \(name): automatic \(counts.automatic.honoured)/\(counts.automatic.cases) (mean "
                        + "\(f(rates.automatic.mean, 3))), discretionary \(counts.discretionary.honoured)/"
                        + "\(counts.discretionary.cases) (mean \(f(rates.discretionary.mean, 3))); shrinkage "
                        + "\(Int(HonourPriorFit.shrinkage)) cases toward the pooled rate.")
            }
        }
        if o.model.sharesBurden {
            for (name, count) in [("automatic", fit.sharedAutomatic), ("discretionary", fit.sharedDiscretionary)] {
                lines.append(
                    "  shared \(name): \(count.honoured)/\(count.cases) honoured, \(f(count.exposure, 1)) treaties' worth "
                        + "(mean rate of a treaty \(f(count.rate.mean, 3)), each of its n parties 1/(n − 1) of it).")
            }
        }
        if o.model.drawsForces {
            lines.append(
                "  forces rule: \(fit.forces.honoured)/\(fit.forces.cases) joined (mean \(f(fit.forcesRate.mean, 3)), "
                    + "prior the automatic rate).")
        }
        if let context = report.context {
            let cells = context.cells.enumerated().map { k, c in
                let name =
                    (k & 4 != 0 ? "own" : "-") + "/" + (k & 2 != 0 ? "other" : "-") + "/" + (k & 1 != 0 ? "major" : "-")
                return "\(name) \(c.joined)/\(c.events) → \(f(context.floor(k), 5))"
            }
            lines.append(
                "  context floor (contiguous with own side / other side / major power): "
                    + cells.joined(separator: "; "))
        }
        lines.append(
            "Baselines fitted on training: base rate \(f(b.baseRate, 5)); naive rule: pact \(f(b.pactRate, 5)) "
                + "(\(b.pactJoined)/\(b.pactEvents) events), no pact \(f(b.noPactRate, 5)).")
        heading("Scores (each prediction is two events: joining side A, joining side B)")
        let header = [
            "period", "disputes", "n", "joiners", "Brier", "log loss", "Brier base", "Brier naive",
            "BSS vs base", "BSS vs naive",
        ]
        if markdown {
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: "---|", count: header.count))
        } else {
            lines.append(header.map { $0.padded(12) }.joined())
        }
        for (name, p) in [("training", report.training), (o.scoredPeriod, report.test)] {
            let cells = [
                name, String(p.disputes), String(p.predictions), String(p.joiners), f(p.engine.brier, 5),
                f(p.engine.logLoss), f(p.baseRate.brier, 5), f(p.naive.brier, 5), f(p.skillVsBaseRate, 3),
                f(p.skillVsNaive, 3),
            ]
            lines.append(markdown ? "| " + cells.joined(separator: " | ") + " |" : cells.map { $0.padded(12) }.joined())
        }
        heading(
            "Reliability, \(o.scoredPeriod) period (forecast bins of 0.1; 95 % Wilson interval of the observed frequency)"
        )
        let binHeader = ["bin", "count", "mean forecast", "observed", "95% interval", "within"]
        if markdown {
            lines.append("| " + binHeader.joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: "---|", count: binHeader.count))
        } else {
            lines.append(binHeader.map { $0.padded(14) }.joined())
        }
        for bin in report.test.engine.reliability {
            let cells = [
                "\(f(bin.lower, 1))–\(f(bin.upper, 1))", String(bin.count), f(bin.meanForecast), f(bin.observed),
                bin.low.map { "\(f($0, 3))–\(f(bin.high, 3))" } ?? "—",
                bin.calibrated.map { $0 ? "yes" : "no" } ?? "—",
            ]
            lines.append(markdown ? "| " + cells.joined(separator: " | ") + " |" : cells.map { $0.padded(14) }.joined())
        }
        heading("\(o.scoredPeriod.capitalized) disputes adding most to the squared error")
        for (dispute, error) in report.test.largestErrors {
            lines.append((markdown ? "- " : "  ") + describe(dispute) + ": \(f(error, 2))")
        }
        if let d = report.decomposition {
            heading(
                "Excess squared error over the base rate, \(o.scoredPeriod) period (Brier × events, model minus base "
                    + "rate), by reason the forecast is non-zero")
            table(
                ["reason", "events", "joiners", "model", "base rate", "excess"],
                d.byReason.map { decompositionCells($0.reason.rawValue, $0.row) }
                    + [decompositionCells("all", d.total)], markdown: markdown, into: &lines)
            heading("By treaty (the treaty of the duty; at most ten, largest excess first)")
            var rows = d.byTreaty.map { decompositionCells(treatyName($0.treaty), $0.row) }
            if d.otherTreatyCount > 0 {
                rows.append(decompositionCells("\(d.otherTreatyCount) other treaties", d.otherTreaties))
            }
            if rows.isEmpty {
                lines.append((markdown ? "" : "  ") + "No event reached by a duty.")
            } else {
                table(
                    ["treaty", "events", "joiners", "model", "base rate", "excess"], rows, markdown: markdown,
                    into: &lines)
            }
        }
        if !report.skipped.isEmpty {
            heading("Skipped")
            for s in report.skipped { lines.append((markdown ? "- " : "  ") + "dispute \(s.dispute): \(s.reason)") }
        }
        return lines.joined(separator: "\n")
    }

    private func decompositionCells(_ name: String, _ row: ForecastDecomposition.Row) -> [String] {
        [
            name, String(row.events), String(row.joiners), String(format: "%.1f", row.squaredError),
            String(format: "%.1f", row.baselineSquaredError), String(format: "%+.1f", row.excess),
        ]
    }

    /// "North Atlantic Treaty (atop-3180)": the treaty's short name or name, and its id.
    private func treatyName(_ id: String) -> String {
        guard let t = world.treaty(id: id) else { return id }
        return "\(t.shortName ?? t.name) (\(id))"
    }

    private func table(_ header: [String], _ rows: [[String]], markdown: Bool, into lines: inout [String]) {
        if markdown {
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: "---|", count: header.count))
            for r in rows { lines.append("| " + r.joined(separator: " | ") + " |") }
            return
        }
        let first = max(12, (rows.map { $0[0].count } + [header[0].count]).max() ?? 0)
        let line: ([String]) -> String = { r in
            r[0].padded(first + 1) + r.dropFirst().map { $0.padded(10) }.joined()
        }
        lines.append(line(header))
        for r in rows { lines.append(line(r)) }
    }

    /// "training ≤ 1945, test > 1945." or, in a validation run, the validation years and the test left unread.
    private func periods(_ o: JoinerForecast.Options) -> String {
        guard let from = o.validateFrom else { return "training ≤ \(o.fitUntil), test > \(o.fitUntil)." }
        return "training < \(from), validation \(from)–\(o.fitUntil); the test period (> \(o.fitUntil)) is not read."
    }

    /// "MID 1234 (1950-06-25): PRK vs ROK; joined A: …, B: …; brought in: A …, B …".
    private func describe(_ dispute: Int) -> String {
        guard let c = report.cases[dispute] else { return "MID \(dispute)" }
        let abbreviation: (StateID) -> String = { world.states[$0].abbreviation }
        let names: (StateSet) -> String = { $0.isEmpty ? "none" : $0.map(abbreviation).joined(separator: ", ") }
        let joined = c.joined.sorted { $0.key < $1.key }
        let a = joined.filter(\.value).map { abbreviation($0.key) }.joined(separator: ", ")
        let bSide = joined.filter { !$0.value }.map { abbreviation($0.key) }.joined(separator: ", ")
        let likely = report.predictions.filter { $0.dispute == dispute && max($0.pSideA, $0.pSideB) >= 0.5 }
        let expected = likely.map {
            abbreviation($0.state) + ($0.pSideA >= $0.pSideB ? " A" : " B")
                + String(format: " %.2f", max($0.pSideA, $0.pSideB))
        }
        return "MID \(dispute) (\(c.day)) \(names(c.sideA)) vs \(names(c.sideB)); joined A: \(a.isEmpty ? "none" : a), "
            + "B: \(bSide.isEmpty ? "none" : bSide); forecast ≥ 0.5: \(expected.isEmpty ? "none" : expected.joined(separator: ", "))"
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
