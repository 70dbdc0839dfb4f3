import FoedusAnalysis
import FoedusCore
import FoedusTestSupport
import Testing

@Suite struct ReliabilityTests {
    typealias W = SyntheticWorld

    func simulate(
        _ world: World, priors: HonourPriors, runs: Int = 4_000, seed: UInt64 = 1, threads: Int = 1
    ) throws -> [ReliabilitySimulation.Run] {
        let day = Fixtures.day("2000-06-01")
        let scenario = Scenario(
            day: day, attacks: [Attack(aggressor: Fixtures.id(3, in: world), victim: Fixtures.id(1, in: world))])
        let capability: [Double?] = (0..<world.states.count).map { _ in 1.0 }
        return try ReliabilitySimulation(
            index: world.index(on: day), scenario: scenario, priors: priors, capability: capability
        )
        .run(runs: runs, seed: seed, threads: threads)
    }

    /// Every rate fixed at `mean` (a very concentrated Beta), with or without a treaty spread.
    func fixed(_ mean: Double, spread: Double = 0) -> HonourPriors {
        let rate = HonourPriors.Rate(mean: mean, concentration: 1e6)
        return HonourPriors(
            before1945Automatic: rate, before1945Discretionary: rate, since1945Automatic: rate,
            since1945Discretionary: rate, treatySpread: spread)
    }

    func share(_ runs: [ReliabilitySimulation.Run], _ state: StateID) -> Double {
        Double(runs.filter { $0.defenders.contains(state) }.count) / Double(runs.count)
    }

    @Test func theBetaSamplerHasTheRightMean() {
        var random = SeededRandom(seed: 42)
        let draws = (0..<20_000).map { _ in random.beta(8, 2) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean - 0.8) < 0.005)
        #expect(draws.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func honouringFollowsTheRate() throws {
        let world = W.world([W.pact("AB", [1, 2])])
        let b = Fixtures.id(2, in: world)
        #expect(share(try simulate(world, priors: fixed(0.999_9)), b) > 0.99)
        #expect(share(try simulate(world, priors: fixed(0.000_1)), b) < 0.01)
        #expect(abs(share(try simulate(world, priors: fixed(0.5)), b) - 0.5) < 0.03)
    }

    @Test func oneDecisionPerStateAndSideNotPerObligation() throws {
        // Two treaties bind 2 to defend 1. Deciding per obligation would give 1 - 0.5² = 75 %; one decision
        // per state and side gives 50 %.
        let world = W.world([W.pact("AB", [1, 2]), W.pact("AB2", [1, 2])])
        #expect(abs(share(try simulate(world, priors: fixed(0.5)), Fixtures.id(2, in: world)) - 0.5) < 0.03)
    }

    @Test func membersOfOneTreatyMoveTogether() throws {
        // With a large treaty spread, whether 2 and 4 honour the same pact is correlated across runs.
        let world = W.world([W.pact("ABD", [1, 2, 4])])
        let runs = try simulate(world, priors: fixed(0.5, spread: 3))
        let (b, d) = (Fixtures.id(2, in: world), Fixtures.id(4, in: world))
        let both =
            Double(runs.filter { $0.defenders.contains(b) && $0.defenders.contains(d) }.count) / Double(runs.count)
        #expect(both > share(runs, b) * share(runs, d) + 0.05)
    }

    @Test func sameSeedSameResultWhateverTheThreads() throws {
        let world = W.world([W.pact("AB", [1, 2]), W.pact("AD", [1, 4]), W.pact("CE", [3, 5], kind: .offense)])
        let one = try simulate(world, priors: .literature, runs: 500, seed: 9, threads: 1)
        let two = try simulate(world, priors: .literature, runs: 500, seed: 9, threads: 2)
        let again = try simulate(world, priors: .literature, runs: 500, seed: 9, threads: 3)
        #expect(one.map(\.attackers) == two.map(\.attackers) && one.map(\.defenders) == two.map(\.defenders))
        #expect(one.map(\.defenders) == again.map(\.defenders))
        let other = try simulate(world, priors: .literature, runs: 500, seed: 10, threads: 1)
        #expect(one.map(\.defenders) != other.map(\.defenders))
    }

    @Test func theSummaryCountsAndIntervals() {
        let a = StateSet([StateID(0)])
        let d = StateSet([StateID(1), StateID(2)])
        let runs = [
            ReliabilitySimulation.Run(attackers: a, defenders: d, defenderShare: 0.6),
            ReliabilitySimulation.Run(attackers: a, defenders: StateSet([StateID(1)]), defenderShare: 0.4),
        ]
        let summary = SimulationSummary(runs, stateCount: 3)
        #expect(summary.runs == 2)
        #expect(summary.warSizeMean == 2.5)
        #expect(summary.states.map(\.state) == [StateID(0), StateID(1), StateID(2)])
        #expect(summary.states[2].defenders.value == 0.5)
        #expect(summary.defendersStronger.value == 0.5)
        #expect(summary.shareMean == 0.5)
        // Wilson interval for 1 of 2 at 95 %.
        #expect(
            abs(summary.defendersStronger.low - 0.094_531) < 1e-5
                && abs(summary.defendersStronger.high - 0.905_469) < 1e-5)
    }
}
