import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

/// `foedus bench analysis`: the full-world security index under the three policies (every duty honoured, and
/// with Monte Carlo runs) and one audit.
struct AnalysisBench {
    let day: Day
    let runs: Int

    func run() throws {
        let clock = ContinuousClock()
        let (world, _) = try WorldLoader.load(overlays: [])
        let capabilities = try CapabilitiesLoader.load(BundledData.capabilities, states: world.states)
        let year = min(max(day.year, capabilities.firstYear), capabilities.lastYear)
        let capability = (0..<world.states.count).map { capabilities.value(StateID($0), year: year) }
        let relevance = try History.relevance()
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let mcRuns = runs == 20_000 ? 20 : runs  // the engine default is not meant for Monte Carlo
        Output.text("foedus bench analysis — day \(day), \(threads) thread(s), \(mcRuns) Monte Carlo runs")
        let security = SecurityIndex(index: world.index(on: day), capability: capability, relevance: relevance)
        for policy in EscalationPolicy.allCases {
            var start = clock.now
            _ = try security.scores(policy: policy)
            let plain = clock.now - start
            start = clock.now
            _ = try security.scores(policy: policy, runs: mcRuns, seed: 1, threads: threads)
            let mc = clock.now - start
            let perRun = mc / mcRuns
            Output.text(
                "security index, \(policy.rawValue): every duty honoured \(format(plain)); \(mcRuns) runs \(format(mc)) "
                    + "(\(format(perRun)) a run; 1,000 runs ≈ \(format(perRun * 1_000)))")
        }
        let start = clock.now
        let after = try AuditChange.removeTreaty("RUS-PRK-2024").apply(to: world, on: day)
        _ = try IndivisibleSecurityAudit(
            before: world, after: after, day: day, capability: capability, relevance: relevance, threads: threads)
        Output.text(
            "one audit (remove RUS-PRK-2024; three policies and the dyadic reading): \(format(clock.now - start))")
    }
}
