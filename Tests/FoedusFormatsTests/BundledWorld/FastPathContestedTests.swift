import FoedusTestSupport
import Testing

@testable import FoedusCore

/// The fast path with contested duties included and uncertain ones not, under `treaty`: a duty owed to an
/// aggressor is contested whatever else is uncertain about it (its condition, its location, an obligor's
/// membership), so the bounds must count the obligors of uncertain duties that may be owed to an aggressor.
@Suite struct FastPathContestedTests {
    let world = Fixtures.world
    let day = Fixtures.day("2024-09-01")

    func scenario(_ attacks: [(Int, Int)]) -> Scenario {
        Scenario(
            day: day,
            attacks: attacks.map { Attack(aggressor: Fixtures.id($0.0), victim: Fixtures.id($0.1)) },
            policy: .treaty, includeUncertain: false, includeContested: true)
    }

    /// Bahrain attacks the United Kingdom, which attacks Australia: the United States enters for Australia and
    /// attacks the United Kingdom in the Pacific, where the Manila Pact's duties to the United Kingdom (uncertain:
    /// politically suspended) are contested, the United Kingdom being an aggressor; included, they bring Thailand
    /// and the Philippines in. The fast path skipped that attack.
    @Test func theManilaPactPartnersOfAnAggressorEnterOnTheFastPathToo() throws {
        let scenario = scenario([(692, 200), (200, 900)])
        var evaluator = Evaluator(index: world.index(on: day))
        let full = try evaluator.evaluate(scenario)
        let fast = try evaluator.sides(scenario)
        #expect(full.defenders.contains(Fixtures.id(800)) && full.defenders.contains(Fixtures.id(840)))
        #expect(Fixtures.codes(fast.defenders) == Fixtures.codes(full.defenders))
        #expect(Fixtures.codes(fast.attackers) == Fixtures.codes(full.attackers))
    }

    /// Two-attack wars X → Y → Z around that one (every X against the United Kingdom and Australia, the United
    /// Kingdom against every Z), and a sample of others: the fast path's sides are the full run's.
    @Test func theFastPathGivesTheFullRunsSidesInTwoAttackWars() throws {
        let index = world.index(on: day)
        var fast = Evaluator(index: index)
        var full = Evaluator(index: index)
        let alive = Array(index.alive)
        let (uk, australia) = (Fixtures.id(200), Fixtures.id(900))
        var wars: [(StateID, StateID, StateID)] = []
        for s in alive where s != uk && s != australia {
            wars.append((s, uk, australia))
            wars.append((Fixtures.id(692), uk, s))
        }
        for (i, x) in alive.enumerated() {
            for (j, y) in alive.enumerated() where x != y && (i * alive.count + j) % 97 == 0 {
                let z = alive[(i * 31 + j * 7) % alive.count]
                if z != x && z != y { wars.append((x, y, z)) }
            }
        }
        var differences: [String] = []
        for (x, y, z) in wars {
            let scenario = Scenario(
                day: day, attacks: [Attack(aggressor: x, victim: y), Attack(aggressor: y, victim: z)], policy: .treaty,
                includeUncertain: false, includeContested: true)
            let sides = try fast.sides(scenario)
            let result = try full.evaluate(scenario)
            if sides.attackers != result.attackers || sides.defenders != result.defenders {
                differences.append("\(x)→\(y)→\(z)")
            }
        }
        #expect(wars.count > 600)
        #expect(differences == [])
    }
}
