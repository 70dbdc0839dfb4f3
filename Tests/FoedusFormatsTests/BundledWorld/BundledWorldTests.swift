import FoedusCore
import FoedusTestSupport
import Testing

/// Properties of the engine on the bundled world.
@Suite struct BundledWorldTests {
    let world = Fixtures.world

    @Test(arguments: EscalationPolicy.allCases)
    func theFastPathAgreesWithTheFullEvaluation(policy: EscalationPolicy) throws {
        // `sides` (used by benchmarks and simulation) records no explanations; it must give the same sides.
        let day = Fixtures.day("2026-01-01")
        let index = world.index(on: day)
        var fast = Evaluator(index: index)
        var full = Evaluator(index: index)
        let alive = Array(index.alive)
        var checked = 0
        for (i, a) in alive.enumerated() {
            for (j, b) in alive.enumerated() where a != b && (i * alive.count + j) % 37 == 0 {
                let scenario = Scenario(day: day, attacks: [Attack(aggressor: a, victim: b)], policy: policy)
                let sides = try fast.sides(scenario)
                let result = try full.evaluate(scenario)
                #expect(sides.attackers == result.attackers && sides.defenders == result.defenders, "\(a)→\(b)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func evaluationIsDeterministic() throws {
        let first = try Fixtures.evaluate([(365, 366)], on: "2026-01-01", policy: .chain)
        let second = try Fixtures.evaluate([(365, 366)], on: "2026-01-01", policy: .chain)
        #expect(first.obligations == second.obligations)
        #expect(first.entries == second.entries)
        #expect(first.conflicts == second.conflicts)
        #expect(first.outside == second.outside)
    }

    @Test func everyDutyPointsToACodedClauseWithItsSource() throws {
        let result = try Fixtures.evaluate([(365, 366)], on: "2026-01-01", policy: .chain)
        #expect(!result.obligations.isEmpty)
        for duty in result.obligations {
            let treaty = world.treaties[duty.provision.treaty]
            let provision = treaty.provisions[duty.provision.provision]
            #expect(provision.kind == duty.kind)
            #expect(treaty.parties.contains { $0.ccode == world.states[duty.obligor].ccode })
            #expect(provision.source != nil || !treaty.sources.isEmpty, "\(treaty.id) \(provision.id) has no source")
        }
    }

    @Test func indexesOfDaysBetweenTwoChangesAreTheSame() {
        // Nothing in the data changes between these two days in 2025.
        let a = world.index(on: Fixtures.day("2025-03-01"))
        let b = world.index(on: Fixtures.day("2025-03-02"))
        #expect(a.dutyCount == b.dutyCount)
        #expect(a.treatyParties == b.treatyParties)
    }
}
