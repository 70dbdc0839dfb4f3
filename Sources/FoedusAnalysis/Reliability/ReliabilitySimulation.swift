import Dispatch
public import FoedusCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reliability Monte Carlo: a scenario evaluated `runs` times, each run drawing how reliably duties are
/// honoured (product brief §4).
///
/// Per run: the honouring rate of each strength is drawn from its Beta prior (the uncertainty of the
/// literature's rates); each treaty gets a shared shift on the logit scale (its members move together); each
/// state draws once per side (one decision per state and side, not per obligation). Run *r* draws from its own
/// stream of the seed, and runs are combined in run order, so the result does not depend on the number of
/// threads.
public struct ReliabilitySimulation: Sendable {
    /// What one run produced.
    public struct Run: Sendable {
        public var attackers: StateSet
        public var defenders: StateSet
        /// The defenders' share of the capability of both sides; `nil` when neither side has a value.
        public var defenderShare: Double?

        public init(attackers: StateSet, defenders: StateSet, defenderShare: Double?) {
            self.attackers = attackers
            self.defenders = defenders
            self.defenderShare = defenderShare
        }
    }

    public let index: DayIndex
    public let scenario: Scenario
    public let priors: HonourPriors
    /// Capability (CINC) per state, for the shares; states without a value count 0.
    public let capability: [Double?]

    public init(index: DayIndex, scenario: Scenario, priors: HonourPriors, capability: [Double?]) {
        self.index = index
        self.scenario = scenario
        self.priors = priors
        self.capability = capability
    }

    /// Runs the simulation; `progress` is called with the number of runs done (from any thread).
    ///
    /// - Throws: ``FoedusError`` if the scenario is invalid.
    public func run(
        runs: Int, seed: UInt64, threads: Int = 1, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> [Run] {
        var probe = Evaluator(index: index)
        _ = try probe.sides(scenario)  // validates once, on this thread
        let chunks = max(1, min(threads, runs))
        let results = Mutex([Run?](repeating: nil, count: runs))
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var evaluator = Evaluator(index: index)
            var local: [(Int, Run)] = []
            var r = chunk
            while r < runs {
                var random = SeededRandom(seed: seed, stream: UInt64(r))
                let draw = self.draw(&random)
                let sides = (try? evaluator.sides(scenario, draw: draw)) ?? (StateSet(), StateSet())
                local.append((r, Run(attackers: sides.0, defenders: sides.1, defenderShare: share(sides.0, sides.1))))
                let total = done.add(1, ordering: .relaxed).newValue
                if let progress, total % 50 == 0 || total == runs { progress(total) }
                r += chunks
            }
            results.withLock { all in for (i, run) in local { all[i] = run } }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// One run's honouring decisions.
    func draw(_ random: inout SeededRandom) -> HonourDraw { draw(&random, treaties: nil) }

    /// One run's honouring decisions, drawing the shared shift only for the treaties at `treaties` (indices in
    /// ``World/treaties``; `nil`: all). A treaty's shift comes from its own stream, so the shifts drawn are
    /// those of a draw of all treaties; the others stay 0 (for treaties not in force on the day, which decide
    /// nothing).
    func draw(_ random: inout SeededRandom, treaties: [Int]?) -> HonourDraw {
        let rates = priors.rates(on: scenario.day)
        let steps = HonourDrawSteps(&random, automatic: rates.automatic, discretionary: rates.discretionary)
        let all = index.world.treaties
        let shift = steps.treatyShifts(treaties ?? Array(all.indices), of: all, spread: priors.treatySpread)
        return HonourDraw(
            uniforms: HonourDrawSteps.uniforms(&random, states: index.world.states.count), treatyShift: shift,
            logitAutomatic: steps.automatic, logitDiscretionary: steps.discretionary)
    }

    private func share(_ attackers: StateSet, _ defenders: StateSet) -> Double? {
        func total(_ set: StateSet) -> Double? {
            var sum = 0.0
            var any = false
            for s in set {
                if let c = capability[Int(s.index)] {
                    sum += c
                    any = true
                }
            }
            return any ? sum : nil
        }
        let a = total(attackers) ?? 0
        let d = total(defenders) ?? 0
        return a + d > 0 ? d / (a + d) : nil
    }
}

/// FNV-1a hash of a string (stable across runs and platforms, unlike `Hasher`).
func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}
