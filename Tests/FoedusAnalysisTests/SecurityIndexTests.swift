import FoedusAnalysis
import FoedusCore
import FoedusTestSupport
import Testing

@Suite struct SecurityIndexTests {
    typealias W = SyntheticWorld

    /// States 1–8; capabilities 1, 2, 3 for states 1, 2, 3 (the others 0); 1, 2 and 3 contiguous; no major
    /// power; 1 and 2 allied.
    func index() -> (World, SecurityIndex) {
        let world = W.world([W.pact("AB", [1, 2])])
        let capability = W.capabilities(of: world)
        let relevance = W.relevance(type23: 3)
        let security = SecurityIndex(
            index: world.index(on: Fixtures.day("2000-06-01")), capability: capability, relevance: relevance)
        return (world, security)
    }

    @Test func shareAndEntrapmentWorkedByHand() throws {
        let (world, security) = index()
        let scores = try security.scores(policy: .treaty)
        // Share of 1: 2 attacks 1 (alone: 1/(1+2)), weight 2; 3 attacks 1 (2 defends: 3/(3+3)), weight 3.
        // (2·1/3 + 3·1/2) / 5 = 0.4333…
        let one = Int(Fixtures.id(1, in: world).index)
        #expect(abs((scores.share[one] ?? 0) - (2.0 / 3 + 1.5) / 5) < 1e-12)
        // Entrapment of 2: of the 7·6 = 42 wars between other states, the 6 attacks on 1 by states 3–8.
        let two = Int(Fixtures.id(2, in: world).index)
        #expect(abs(scores.entrapment[two] - 6.0 / 42) < 1e-12)
        // The pact is mutual: 1 is drawn into the 6 attacks on 2 by the same reasoning; 4 into none.
        #expect(abs(scores.entrapment[one] - 6.0 / 42) < 1e-12)
        #expect(scores.entrapment[Int(Fixtures.id(4, in: world).index)] == 0)
        // State 4 has no relevant attacker with a capability: no share.
        #expect(scores.share[Int(Fixtures.id(4, in: world).index)] == nil)
    }

    @Test func monteCarloSharesLieBetweenAloneAndAllied() throws {
        let (world, security) = index()
        let one = Int(Fixtures.id(1, in: world).index)
        let mc = try security.scores(policy: .treaty, runs: 200, seed: 3, threads: 2)
        let again = try security.scores(policy: .treaty, runs: 200, seed: 3, threads: 1)
        #expect(mc.share == again.share && mc.entrapment == again.entrapment)
        // With every duty honoured: 0.4333; with none: (2·1/3 + 3·1/4)/5 = 0.2833.
        let share = try #require(mc.share[one])
        #expect(share > 0.2833 && share < 0.4334)
    }
}
