import Dispatch
public import FoedusCore
import Synchronization

/// The defensive capability share ("security index") and the entrapment of every state on a day
/// (product brief §4).
///
/// - **Share** of state *s*: over every other state *X*, the defending side's share of capability when *X*
///   attacks *s*, `C(defenders) / (C(defenders) + C(attackers))`, averaged with weights `C(X)` times X's
///   relevance to *s* (1 when contiguous — land or up to 400 miles of water — or either is a major power,
///   else 0), so that a small state's score does not hinge on distant powers. Under Monte Carlo, the mean
///   over runs.
/// - **Entrapment** of *s*: the share of ordered pairs *X → Y* (neither being *s*) whose war draws *s* in;
///   under Monte Carlo, the mean over runs. The cost of a state's own alliances, which the share never shows.
public struct SecurityIndex: Sendable {
    public struct Scores: Sendable {
        /// Per state (dense id): the share, `nil` when no relevant aggressor has a capability value.
        public var share: [Double?]
        /// Per state: the entrapment.
        public var entrapment: [Double]
    }

    public let index: DayIndex
    public let capability: [Double?]
    public let relevance: PoliticalRelevance
    public let year: Int
    /// Per state (dense id): its capability, 0 when unknown.
    private let dense: [Double]
    /// Per victim (dense id): the aggressors that weigh in its share (relevant to it, with a capability).
    private let weighing: [StateSet]

    public init(index: DayIndex, capability: [Double?], relevance: PoliticalRelevance) {
        self.index = index
        self.capability = capability
        self.relevance = relevance
        let year = index.day.year
        self.year = year
        let n = index.world.states.count
        let dense = (0..<n).map { $0 < capability.count ? capability[$0] ?? 0 : 0 }
        self.dense = dense
        let codes = index.world.states.states.map(\.ccode)
        var weighing = [StateSet](repeating: StateSet(), count: n)
        for y in index.alive {
            for x in index.alive where x != y && dense[Int(x.index)] > 0 {
                if relevance.relevant(codes[Int(x.index)], codes[Int(y.index)], in: year) {
                    weighing[Int(y.index)].insert(x)
                }
            }
        }
        self.weighing = weighing
    }

    /// Scores under `policy`; with `runs` > 0, averaged over that many Monte Carlo runs (common random
    /// numbers: one draw per run serves every pair).
    public func scores(
        policy: EscalationPolicy, honour: HonourThreshold = .discretionary, runs: Int = 0,
        priors: HonourPriors = .literature, seed: UInt64 = 1, threads: Int = 1
    ) throws -> Scores {
        let alive = Array(index.alive)
        let n = index.world.states.count
        if runs == 0 {
            var evaluator = Evaluator(index: index)
            return try accumulate(alive: alive, n: n, policy: policy, honour: honour) { try evaluator.sides($0) }
        }
        let all = try scoresPerRun(
            policy: policy, honour: honour, runs: runs, priors: priors, seed: seed, threads: threads)
        // Combine in run order so that the sums do not depend on the threads.
        var share = [Double?](repeating: nil, count: n)
        var entrapment = [Double](repeating: 0, count: n)
        for s in 0..<n {
            let values = all.compactMap { $0.share[s] }
            share[s] = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            entrapment[s] = all.reduce(0) { $0 + $1.entrapment[s] } / Double(max(all.count, 1))
        }
        return Scores(share: share, entrapment: entrapment)
    }

    /// The scores of each Monte Carlo run, in run order (for intervals and paired differences).
    public func scoresPerRun(
        policy: EscalationPolicy, honour: HonourThreshold = .discretionary, runs: Int,
        priors: HonourPriors = .literature,
        seed: UInt64 = 1, threads: Int = 1
    ) throws -> [Scores] {
        let alive = Array(index.alive)
        let n = index.world.states.count
        let chunks = max(1, min(threads, runs))
        let partial = Mutex([Scores?](repeating: nil, count: runs))
        let failure = Mutex<(any Error)?>(nil)
        let simulation = ReliabilitySimulation(
            index: index, scenario: Scenario(day: index.day, attacks: []), priors: priors, capability: capability)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var evaluator = Evaluator(index: index)
            var r = chunk
            while r < runs {
                var random = SeededRandom(seed: seed, stream: UInt64(r))
                let draw = PreparedDraw(simulation.draw(&random), index: index)
                do {
                    let s = try accumulate(alive: alive, n: n, policy: policy, honour: honour) {
                        try evaluator.sides($0, under: draw)
                    }
                    partial.withLock { $0[r] = s }
                } catch {
                    failure.withLock { $0 = error }
                }
                r += chunks
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return partial.withLock { $0.compactMap { $0 } }
    }

    private func accumulate(
        alive: [StateID], n: Int, policy: EscalationPolicy, honour: HonourThreshold,
        _ sides: (Scenario) throws -> (StateSet, StateSet)
    ) throws -> Scores {
        do {
            var weighted = [Double](repeating: 0, count: n)
            var weights = [Double](repeating: 0, count: n)
            var drawnIn = [Int](repeating: 0, count: n)
            // One scenario, its attack replaced in place: no allocation per pair.
            var scenario = Scenario(
                day: index.day, attacks: [Attack(aggressor: alive[0], victim: alive[0])], policy: policy,
                honour: honour)
            for x in alive {
                for y in alive where x != y {
                    scenario.attacks[0] = Attack(aggressor: x, victim: y)
                    let (attackers, defenders) = try sides(scenario)
                    var drawn = attackers.union(defenders)
                    drawn.remove(x)
                    drawn.remove(y)
                    for s in drawn { drawnIn[Int(s.index)] += 1 }
                    guard weighing[Int(y.index)].contains(x) else { continue }
                    let d = total(defenders)
                    let a = total(attackers)
                    guard a + d > 0 else { continue }
                    let cx = dense[Int(x.index)]
                    weighted[Int(y.index)] += cx * d / (a + d)
                    weights[Int(y.index)] += cx
                }
            }
            let otherPairs = Double(max(1, (alive.count - 1) * (alive.count - 2)))
            return Scores(
                share: (0..<n).map { weights[$0] > 0 ? weighted[$0] / weights[$0] : nil },
                entrapment: (0..<n).map { Double(drawnIn[$0]) / otherPairs })
        }
    }

    private func total(_ set: StateSet) -> Double { set.reduce(0) { $0 + dense[Int($1.index)] } }
}
