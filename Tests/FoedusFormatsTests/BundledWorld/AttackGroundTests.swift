import FoedusApp
import FoedusCore
import FoedusTestSupport
import Testing

/// Aggression and self-defence (issue #13 §1.1): who is an aggressor, and what follows from it.
@Suite struct AttackGroundTests {
    let world = Fixtures.world
    let usa = 2, prk = 731, rok = 732, chn = 710, jpn = 740

    @Test func theScenarioAttacksAreReadInOrder() throws {
        // PRK→ROK is the aggression; ROK→PRK answers it (self-defence); USA→PRK executes the US–ROK duty
        // (collective self-defence); CHN→ROK answers no aggression of the ROK's.
        let result = try Fixtures.evaluate(
            [(prk, rok), (rok, prk), (usa, prk), (chn, rok)], on: "2024-09-01")
        #expect(result.grounds.count == 4)
        #expect(result.grounds[0] == .aggression)
        #expect(result.grounds[1] == .selfDefense(answering: 0))
        guard case .collectiveSelfDefense(let answering, let beneficiary, let ref) = result.grounds[2] else {
            Issue.record("USA→PRK: \(result.grounds[2])")
            return
        }
        #expect(answering == 0 && beneficiary == Fixtures.id(rok))
        let treaty = world.treaties[ref.treaty]
        #expect(treaty.id == "USA-KOR-1953" && treaty.provisions[ref.provision].article == "III")
        #expect(result.grounds[3] == .aggression)
        #expect(Fixtures.codes(result.aggressors) == [chn, prk])
    }

    @Test func anAttackBeforeTheAggressionItWouldAnswerIsAnAggression() throws {
        // The order decides: the US strike comes first, so it answers nothing.
        let result = try Fixtures.evaluate([(usa, prk), (prk, rok)], on: "2024-09-01")
        #expect(result.grounds == [.aggression, .aggression])
    }

    @Test func theReasonNamesTheDutyExecuted() throws {
        let result = try Fixtures.evaluate([(prk, rok), (usa, prk)], on: "2024-09-01")
        let entered = result.explain(Fixtures.id(usa), in: world).first { $0.reason == .entered }
        let message = ExplanationText(result: result, world: world).sentence(
            try #require(entered), about: Fixtures.id(usa))
        #expect(message.hasPrefix("in the war defending South Korea under USA-KOR-1953 Art. III — \""))
        #expect(message.hasSuffix("(collective self-defence, UN Charter Art. 51)"))
        #expect(!message.contains("aggressor"))
    }

    @Test(arguments: EscalationPolicy.allCases)
    func theFastPathAgreesOnWarsWithCounterAttacks(policy: EscalationPolicy) throws {
        // Two-attack wars where the second attack may be (collective) self-defence.
        let day = Fixtures.day("2026-01-01")
        let index = world.index(on: day)
        var fast = Evaluator(index: index)
        var full = Evaluator(index: index)
        let alive = Array(index.alive)
        let strikers = [usa, 365, chn, 200, 220, 255, 640, rok, jpn].map { Fixtures.id($0) }
        var checked = 0
        for (i, a) in alive.enumerated() {
            for (j, b) in alive.enumerated() where a != b && (i * alive.count + j) % 401 == 0 {
                for c in strikers where c != a && c != b {
                    let scenario = Scenario(
                        day: day, attacks: [Attack(aggressor: a, victim: b), Attack(aggressor: c, victim: a)],
                        policy: policy)
                    let sides = try fast.sides(scenario)
                    let result = try full.evaluate(scenario)
                    #expect(
                        sides.attackers == result.attackers && sides.defenders == result.defenders,
                        "\(a)→\(b), \(c)→\(a)")
                    checked += 1
                }
            }
        }
        #expect(checked > 500)
    }
}
