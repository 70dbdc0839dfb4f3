import ArgumentParser
import CAllocationCounter
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine: index build, one scenario per policy (median, p99), all ordered pairs on a day.",
        discussion:
            "Build with -c release before quoting figures. Each figure is the median (and minimum) of the repeats.")
    @Argument(help: "What to measure: engine (default) or history (import and the dyad-year export).")
    var what: Target = .engine
    @OptionGroup var dayOption: DayOption
    @Option(name: .long, parsing: .unconditional, help: "Repeats of each measurement.")
    var repeats = 5
    @Option(
        name: .long, parsing: .unconditional,
        help: "Scenario runs per policy for the latency figures (engine); Monte Carlo runs (analysis).")
    var runs = 20_000

    enum Target: String, ExpressibleByArgument { case engine, history, analysis }

    func validate() throws {
        guard (1...100).contains(repeats) else { throw ValidationError("--repeats must be between 1 and 100") }
        guard (1...1_000_000).contains(runs) else { throw ValidationError("--runs must be between 1 and 1000000") }
    }

    func run() throws {
        if what == .history {
            try runReportingErrors(json: false) { try HistoryBench(repeats: repeats).run() }
            return
        }
        if what == .analysis {
            try runReportingErrors(json: false) { try AnalysisBench(day: try dayOption.day(), runs: runs).run() }
            return
        }
        try runReportingErrors(json: false) {
            let day = try dayOption.day()
            let clock = ContinuousClock()
            let loadStart = clock.now
            let (world, _) = try WorldLoader.load(overlays: [])
            let loadTime = clock.now - loadStart
            Output.text("foedus bench — day \(day), repeats \(repeats), runs \(runs)")
            Output.text("load bundled data: \(format(loadTime)) (once, cold)")
            var phases: [String: [Duration]] = [:]
            for _ in 0..<repeats {
                var start = clock.now
                func lap(_ name: String) {
                    phases[name, default: []].append(clock.now - start)
                    start = clock.now
                }
                let states = try WorldLoader.stateTable()
                lap("states")
                let (dataset, _) = DatasetLoader.parse(WorldLoader.bundledFiles, states: states, bundled: true)
                lap("curated YAML")
                let atop = try ATOPTreatyImporter.treaties(
                    alliances: BundledData.atopAlliances, members: BundledData.atopMembers, states: states)
                lap("ATOP import")
                _ = World(states: states, treaties: dataset.treaties + atop, dataVersion: "")
                lap("world")
            }
            Output.text(
                "  phases (median): "
                    + ["states", "curated YAML", "ATOP import", "world"].map {
                        "\($0) \(format(median(phases[$0] ?? [.zero])))"
                    }
                    .joined(separator: ", "))
            var buildTimes: [Duration] = []
            var index = world.index(on: day)
            for _ in 0..<repeats {
                let start = clock.now
                index = world.index(on: day)
                buildTimes.append(clock.now - start)
            }
            Output.text(
                "index build: median \(format(median(buildTimes))), min \(format(buildTimes.min() ?? .zero)) (\(index.dutyCount) duties)"
            )
            let alive = Array(index.alive)
            guard let prk = world.id(ccode: 731), let usa = world.id(ccode: 2), index.alive.contains(prk) else {
                throw FoedusError(.invalidScenario, "bench needs the USA and the DPRK in the system on \(day)")
            }
            var evaluator = Evaluator(index: index)
            for policy in EscalationPolicy.allCases {
                let scenario = Scenario(day: day, attacks: [Attack(aggressor: usa, victim: prk)], policy: policy)
                var samples: [Duration] = []
                samples.reserveCapacity(runs)
                for _ in 0..<runs {
                    let start = clock.now
                    _ = try evaluator.sides(scenario)
                    samples.append(clock.now - start)
                }
                samples.sort()
                let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
                Output.text(
                    "scenario USA→PRK, \(policy.rawValue): median \(format(samples[samples.count / 2])), p99 \(format(p99))"
                )
            }
            for policy in EscalationPolicy.allCases {
                var pairTimes: [Duration] = []
                var pairs = 0
                for _ in 0..<repeats {
                    let start = clock.now
                    pairs = 0
                    for a in alive {
                        for b in alive where a != b {
                            _ = try evaluator.sides(
                                Scenario(day: day, attacks: [Attack(aggressor: a, victim: b)], policy: policy))
                            pairs += 1
                        }
                    }
                    pairTimes.append(clock.now - start)
                }
                Output.text(
                    "all \(pairs) ordered pairs X→Y, \(policy.rawValue): median \(format(median(pairTimes))), "
                        + "min \(format(pairTimes.min() ?? .zero))")
            }
            if foedus_allocation_counting_available() != 0 {
                let scenario = Scenario(day: day, attacks: [Attack(aggressor: usa, victim: prk)], policy: .chain)
                _ = try evaluator.sides(scenario)  // warm up the scratch buffers
                let before = foedus_allocation_count()
                for _ in 0..<runs { _ = try evaluator.sides(scenario) }
                let perScenario = Double(foedus_allocation_count() - before) / Double(runs)
                Output.text(String(format: "allocations per scenario (USA→PRK, chain, fast path): %.2f", perScenario))
            } else {
                Output.text("allocations per scenario: not counted on this platform")
            }
        }
    }

}

func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }

func format(_ d: Duration) -> String {
    let ns = Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
    if ns < 1_000 { return String(format: "%.0f ns", ns) }
    if ns < 1_000_000 { return String(format: "%.2f µs", ns / 1_000) }
    if ns < 1_000_000_000 { return String(format: "%.2f ms", ns / 1_000_000) }
    return String(format: "%.3f s", ns / 1_000_000_000)
}
