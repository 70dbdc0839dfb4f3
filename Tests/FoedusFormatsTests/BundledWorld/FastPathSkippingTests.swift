import FoedusTestSupport
import Testing

@testable import FoedusCore

/// The fast path skips attacks that can bring no one new in (``PairBounds``); skipping must change no result.
@Suite struct FastPathSkippingTests {
    let world = Fixtures.world

    /// A Monte Carlo run's decisions from a fixed generator: honouring rates near one half, so that many
    /// states decline and the bounds of the draw differ from those of every duty honoured.
    func draw(seed: UInt64) -> HonourDraw {
        var state = seed
        func next() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24)
        }
        let uniforms = (0..<(world.states.count * 2)).map { _ in next() }
        let shifts = world.treaties.map { _ in next() - 0.5 }
        return HonourDraw(uniforms: uniforms, treatyShift: shifts, logitAutomatic: 0.4, logitDiscretionary: -0.2)
    }

    @Test(arguments: EscalationPolicy.allCases, [UInt64(1), 2])
    func anInstalledDrawGivesTheSidesOfTheUnskippedRun(policy: EscalationPolicy, seed: UInt64) throws {
        let day = Fixtures.day("2026-01-01")
        let index = world.index(on: day)
        let draw = draw(seed: seed)
        var skipping = Evaluator(index: index)
        let prepared = PreparedDraw(draw, index: index)
        var reference = Evaluator(index: index)
        reference.boundsEnabled = false
        let alive = Array(index.alive)
        var checked = 0
        var differentFromEveryDutyHonoured = 0
        for (i, a) in alive.enumerated() {
            for (j, b) in alive.enumerated() where a != b && (i * alive.count + j) % 23 == 0 {
                let scenario = Scenario(day: day, attacks: [Attack(aggressor: a, victim: b)], policy: policy)
                let sides = try skipping.sides(scenario, under: prepared)
                let expected = try reference.sides(scenario, draw: draw)
                #expect(sides.attackers == expected.attackers && sides.defenders == expected.defenders, "\(a)→\(b)")
                let undrawn = try reference.sides(scenario)
                if undrawn.attackers != expected.attackers || undrawn.defenders != expected.defenders {
                    differentFromEveryDutyHonoured += 1
                }
                checked += 1
            }
        }
        #expect(checked > 1_500)
        // The draw matters (otherwise the test would not exercise declining states).
        #expect(differentFromEveryDutyHonoured > 100)
    }

    @Test(arguments: EscalationPolicy.allCases)
    func skippingChangesNoSidesWhenEveryDutyIsHonoured(policy: EscalationPolicy) throws {
        let day = Fixtures.day("1914-08-01")
        let index = world.index(on: day)
        var skipping = Evaluator(index: index)
        var reference = Evaluator(index: index)
        reference.boundsEnabled = false
        let alive = Array(index.alive)
        for a in alive {
            for b in alive where a != b {
                let scenario = Scenario(
                    day: day, attacks: [Attack(aggressor: a, victim: b)], policy: policy, includeUncertain: true)
                let sides = try skipping.sides(scenario)
                let expected = try reference.sides(scenario)
                #expect(sides.attackers == expected.attackers && sides.defenders == expected.defenders, "\(a)→\(b)")
            }
        }
    }

    /// Location conditions: the bounds keep, per class of home territory, only the groups whose location admits
    /// the theatre; theatres at gazetteer places and uncertain locations take the other rows.
    @Test(arguments: [false, true])
    func theTheatreRowsChangeNoSides(includeUncertain: Bool) throws {
        let day = Fixtures.day("2026-01-01")
        let index = world.index(on: day)
        let classes = TheatreClasses(index: index, includeUncertain: includeUncertain)
        // NATO's area (Europe, North America) and the Pacific clauses split home territories apart.
        #expect(classes.count > 5)
        var skipping = Evaluator(index: index)
        var reference = Evaluator(index: index)
        reference.boundsEnabled = false
        let alive = Array(index.alive)
        // The victim's territory, gazetteer places, and other states' territories (where forces may be stationed).
        let theatres: [Theatre?] =
            [nil] + world.places.indices.map { Theatre.place($0) } + alive.map { Theatre.territory($0) }
        var checked = 0
        for (i, a) in alive.enumerated() {
            for (j, b) in alive.enumerated() where a != b && (i * alive.count + j) % 11 == 0 {
                let theatre = theatres[(i * 7 + j) % theatres.count]
                let scenario = Scenario(
                    day: day, attacks: [Attack(aggressor: a, victim: b, theatre: theatre)], policy: .chain,
                    includeUncertain: includeUncertain)
                let sides = try skipping.sides(scenario)
                let expected = try reference.sides(scenario)
                #expect(sides.attackers == expected.attackers && sides.defenders == expected.defenders, "\(a)→\(b)")
                checked += 1
            }
        }
        #expect(checked > 3_000)
    }

    /// Disputed places (each sovereignty reading) and forces stationed at places: every attack at every place.
    @Test(arguments: SovereigntyReading.allCases)
    func disputedPlacesAndForcesAtPlacesChangeNoSides(reading: SovereigntyReading) throws {
        let day = Fixtures.day("2025-11-01")
        let index = world.index(on: day)
        #expect(world.places.indices.contains { index.isDisputed(place: $0) })
        #expect(index.placeForces.contains { !$0.isEmpty })
        var skipping = Evaluator(index: index)
        var reference = Evaluator(index: index)
        reference.boundsEnabled = false
        let alive = Array(index.alive)
        var checked = 0
        for p in world.places.indices {
            for (i, a) in alive.enumerated() {
                for (j, b) in alive.enumerated() where a != b && (i * alive.count + j + p) % 53 == 0 {
                    for policy in [EscalationPolicy.treaty, .chain] {
                        let scenario = Scenario(
                            day: day, attacks: [Attack(aggressor: a, victim: b, theatre: .place(p))], policy: policy,
                            sovereignty: reading)
                        let sides = try skipping.sides(scenario)
                        let expected = try reference.sides(scenario)
                        #expect(
                            sides.attackers == expected.attackers && sides.defenders == expected.defenders,
                            "\(a)→\(b) at \(world.places[p].id)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1_000)
    }

    /// Forces stationed in a host join when the host is attacked on its own territory, also by a later aggressor
    /// when the first one was their own sender: then the sender is bound to both sides.
    @Test func attacksBySendersOfStationedForcesChangeNoSides() throws {
        let day = Fixtures.day("2026-01-01")
        let index = world.index(on: day)
        var skipping = Evaluator(index: index)
        var reference = Evaluator(index: index)
        reference.boundsEnabled = false
        var checked = 0
        for host in index.alive {
            for forces in index.forces[Int(host.index)] {
                for policy in [EscalationPolicy.treaty, .chain] {
                    let scenario = Scenario(
                        day: day, attacks: [Attack(aggressor: forces.sender, victim: host)], policy: policy)
                    let sides = try skipping.sides(scenario)
                    let expected = try reference.sides(scenario)
                    #expect(
                        sides.attackers == expected.attackers && sides.defenders == expected.defenders,
                        "\(forces.sender)→\(host)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }
}
