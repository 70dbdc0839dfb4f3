public import FoedusAnalysis
public import FoedusCore
import FoedusData
import Foundation

/// The `--json` report of `foedus simulate` (docs/analysis.md), and its text.
public struct SimulationReportJSON: Encodable, Hashable, Sendable {
    public struct Interval: Encodable, Hashable, Sendable {
        var value: Double
        var low: Double
        var high: Double
        init(_ p: SimulationSummary.Proportion) {
            value = p.value
            low = p.low
            high = p.high
        }
    }
    public struct StateRow: Encodable, Hashable, Sendable {
        var state: StateJSON
        var attackers: Interval
        var defenders: Interval
    }
    public struct Summary: Encodable, Hashable, Sendable {
        var runs: Int
        var states: [StateRow]
        var warSizeMean: Double
        var warSizeP5: Int
        var warSizeMedian: Int
        var warSizeP95: Int
        var defenderShareMean: Double?
        var defenderShareLow: Double?
        var defenderShareHigh: Double?
        var defendersStronger: Interval
    }
    public struct SweepRow: Encodable, Hashable, Sendable {
        var honouringRate: Double
        var warSizeMean: Double
        var defenderShareMean: Double?
        var defendersStronger: Interval
    }
    public struct PriorsJSON: Encodable, Hashable, Sendable {
        var before1945Automatic: [Double]
        var before1945Discretionary: [Double]
        var since1945Automatic: [Double]
        var since1945Discretionary: [Double]
        var treatySpread: Double
    }

    var date: String
    var policy: String
    var honour: String
    var seed: UInt64
    var provenance: [String: String]
    var assumptions: [String]
    var attacks: [String]
    var priors: PriorsJSON
    var result: Summary
    var sweep: [SweepRow]

    public init(
        world: World, day: Day, scenario: Scenario, seed: UInt64, priors: HonourPriors, summary: SimulationSummary,
        sweep: [(Double, SimulationSummary)], assumptions: [String]
    ) {
        date = day.description
        policy = scenario.policy.rawValue
        honour = scenario.honour.rawValue
        self.seed = seed
        provenance = ["foedus": FoedusVersion.code, "data": BundledData.version]
        self.assumptions = assumptions
        attacks = scenario.attacks.map { "\(world.states[$0.aggressor].name) → \(world.states[$0.victim].name)" }
        func pair(_ r: HonourPriors.Rate) -> [Double] { [r.mean, r.concentration] }
        self.priors = PriorsJSON(
            before1945Automatic: pair(priors.before1945Automatic),
            before1945Discretionary: pair(priors.before1945Discretionary),
            since1945Automatic: pair(priors.since1945Automatic),
            since1945Discretionary: pair(priors.since1945Discretionary), treatySpread: priors.treatySpread)
        func summarise(_ s: SimulationSummary) -> Summary {
            Summary(
                runs: s.runs,
                states: s.states.map {
                    StateRow(
                        state: StateJSON($0.state, world), attackers: Interval($0.attackers),
                        defenders: Interval($0.defenders))
                }, warSizeMean: s.warSizeMean, warSizeP5: s.warSizePercentiles.p5,
                warSizeMedian: s.warSizePercentiles.p50,
                warSizeP95: s.warSizePercentiles.p95, defenderShareMean: s.shareMean,
                defenderShareLow: s.shareInterval?.low, defenderShareHigh: s.shareInterval?.high,
                defendersStronger: Interval(s.defendersStronger))
        }
        result = summarise(summary)
        self.sweep = sweep.map {
            SweepRow(
                honouringRate: $0.0, warSizeMean: $0.1.warSizeMean, defenderShareMean: $0.1.shareMean,
                defendersStronger: Interval($0.1.defendersStronger))
        }
    }

    public func text() -> String {
        let pct: (Double) -> String = { String(format: "%.1f%%", $0 * 100) }
        var lines = [
            "Reliability Monte Carlo on \(date) — \(attacks.joined(separator: "; ")); policy \(policy), threshold \(honour)",
            "\(result.runs) runs, seed \(seed)",
            "",
        ]
        var rows = [["state", "P(attackers)", "95% CI", "P(defenders)", "95% CI"]]
        let ordered = result.states.sorted {
            max($0.attackers.value, $0.defenders.value) > max($1.attackers.value, $1.defenders.value)
        }
        for s in ordered {
            rows.append([
                "\(s.state.name) (\(s.state.ccode))", pct(s.attackers.value),
                "\(pct(s.attackers.low))–\(pct(s.attackers.high))", pct(s.defenders.value),
                "\(pct(s.defenders.low))–\(pct(s.defenders.high))",
            ])
        }
        lines.append(table(rows))
        lines.append("")
        lines.append(
            String(
                format: "war size: mean %.1f states, 5th–50th–95th percentile %d–%d–%d", result.warSizeMean,
                result.warSizeP5, result.warSizeMedian, result.warSizeP95))
        if let mean = result.defenderShareMean, let low = result.defenderShareLow, let high = result.defenderShareHigh {
            lines.append("defenders' share of capability (CINC): mean \(pct(mean)) (95% CI \(pct(low))–\(pct(high)))")
        }
        let s = result.defendersStronger
        lines.append("P(defenders' share > 0.5): \(pct(s.value)) (95% CI \(pct(s.low))–\(pct(s.high)))")
        if !sweep.isEmpty {
            lines.append("")
            lines.append("sweep (every honouring rate set to):")
            var sweepRows = [["rate", "war size", "defenders' share", "P(share > 0.5)"]]
            for r in sweep {
                sweepRows.append([
                    String(format: "%.1f", r.honouringRate), String(format: "%.1f", r.warSizeMean),
                    r.defenderShareMean.map(pct) ?? "—", pct(r.defendersStronger.value),
                ])
            }
            lines.append(table(sweepRows))
        }
        lines.append("")
        lines += assumptions.map { "assumption: \($0)" }
        return lines.joined(separator: "\n")
    }
}
