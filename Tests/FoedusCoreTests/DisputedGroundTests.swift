import FoedusCore
import FoedusCoreTestSupport
import Testing

/// The ground of attacks at a place of disputed sovereignty (EngineSemantics.md, "Aggression and self-defence"),
/// on a made-up world worked out by hand: ISLES is administered by Aland (1) and claimed by Carpania (3).
@Suite struct DisputedGroundTests {
    typealias W = SyntheticWorld

    let isles = SyntheticWorld.isles

    /// Carpania's ally Elbonia (5), and pledges of non-aggression between Aland and Carpania.
    var world: World {
        W.world(
            [W.pact("CE", [3, 5]), W.pact("NA", [1, 3], kind: .nonAggression)], places: [isles])
    }

    func attack(_ a: Int, _ b: Int, in w: World, atIsles: Bool = false) -> Attack {
        Attack(
            aggressor: Fixtures.id(a, in: w), victim: Fixtures.id(b, in: w),
            theatre: atIsles ? w.placeIndex(id: "ISLES").map(Theatre.place) : nil)
    }

    func run(_ w: World, _ attacks: [Attack], _ reading: SovereigntyReading) throws -> ScenarioResult {
        let day = Fixtures.day("2000-06-01")
        var evaluator = Evaluator(index: w.index(on: day))
        return try evaluator.evaluate(Scenario(day: day, attacks: attacks, policy: .strict, sovereignty: reading))
    }

    @Test func theClaimantsStrikeAtThePlaceIsAnAggressionOnlyUnderTheAdministratorsReading() throws {
        let w = world
        let p = try #require(w.placeIndex(id: "ISLES"))
        let index = w.index(on: Fixtures.day("2000-06-01"))
        let strike = [attack(3, 1, in: w, atIsles: true)]
        #expect(index.grounds(of: strike, reading: .administrator) == [.aggression])
        #expect(index.grounds(of: strike, reading: .claimant) == [.ownTerritory(place: p)])
        #expect(
            index.grounds(of: strike, reading: .disputed) == [
                .disputed(place: p, administrator: .aggression, claimant: .ownTerritory(place: p))
            ])
        // The administrator striking the claimant there: the mirror image.
        let back = [attack(1, 3, in: w, atIsles: true)]
        #expect(index.grounds(of: back, reading: .administrator) == [.ownTerritory(place: p)])
        #expect(index.grounds(of: back, reading: .claimant) == [.aggression])
        #expect(
            index.grounds(of: back, reading: .disputed) == [
                .disputed(place: p, administrator: .ownTerritory(place: p), claimant: .aggression)
            ])
        // A state outside the dispute striking there commits an aggression under every reading.
        let outsider = [attack(4, 1, in: w, atIsles: true)]
        for reading in SovereigntyReading.allCases {
            #expect(index.grounds(of: outsider, reading: reading) == [.aggression])
        }
    }

    @Test func aCounterStrikeInheritsTheDispute() throws {
        let w = world
        let p = try #require(w.placeIndex(id: "ISLES"))
        let index = w.index(on: Fixtures.day("2000-06-01"))
        let war = [attack(3, 1, in: w, atIsles: true), attack(1, 3, in: w)]
        #expect(index.grounds(of: war, reading: .administrator) == [.aggression, .selfDefense(answering: 0)])
        #expect(index.grounds(of: war, reading: .claimant) == [.ownTerritory(place: p), .aggression])
        let grounds = index.grounds(of: war, reading: .disputed)
        #expect(
            grounds == [
                .disputed(place: p, administrator: .aggression, claimant: .ownTerritory(place: p)),
                .disputed(place: p, administrator: .selfDefense(answering: 0), claimant: .aggression),
            ])
        #expect(grounds.map(\.aggression) == [.uncertain, .uncertain])
        // Force to settle the dispute breaks a pledge not to use force under both readings; the counter-strike
        // only under the claimant's.
        #expect(grounds.map(\.breachesPledges) == [.yes, .uncertain])
    }

    @Test func dutiesOwedToADisputedAggressorAreUncertainWithTheReason() throws {
        let w = world
        let war = [attack(3, 1, in: w, atIsles: true), attack(1, 3, in: w)]
        let elbonia = Fixtures.id(5, in: w)
        func duty(_ r: ScenarioResult) -> Obligation? {
            r.obligations.first { $0.obligor == elbonia && w.treaties[$0.provision.treaty].id == "CE" }
        }
        // Carpania is the aggressor under the administrator's reading, the victim of one under the claimant's.
        #expect(try duty(run(w, war, .administrator))?.status == .contested)
        #expect(try duty(run(w, war, .claimant))?.status == .binding)
        let disputed = try run(w, war, .disputed)
        #expect(duty(disputed)?.status == .uncertain)
        #expect(Fixtures.codes(disputed.disputedAggressors, in: w) == [1, 3])
        #expect(disputed.aggressors.isEmpty)
        let isles = try #require(w.placeIndex(id: "ISLES"))
        #expect(
            disputed.explain(elbonia, in: w).contains {
                $0.finding == .uncertain(.disputedAggressor(place: isles)) && $0.counterpart == Fixtures.id(3, in: w)
            })
    }

    @Test func forceToSettleTheDisputeBreaksPledgesWhoeverHoldsTitle() throws {
        let w = world
        let p = try #require(w.placeIndex(id: "ISLES"))
        let strike = [attack(3, 1, in: w, atIsles: true)]
        func breaches(_ r: ScenarioResult) -> [[Int]] {
            r.conflicts.filter { $0.kind == .aggressorBreaksPledge }.map { c in
                c.states.map { w.states[$0].ccode } + [c.disputedPlace ?? -1]
            }
        }
        for reading in SovereigntyReading.allCases {
            #expect(try breaches(run(w, strike, reading)) == [[3, 1, -1]])
        }
        // The counter-strike answers an aggression only if the place is the administrator's territory.
        let war = strike + [attack(1, 3, in: w)]
        #expect(try breaches(run(w, war, .administrator)) == [[3, 1, -1]])
        #expect(try breaches(run(w, war, .claimant)) == [[3, 1, -1], [1, 3, -1]])
        #expect(try breaches(run(w, war, .disputed)) == [[3, 1, -1], [1, 3, p]])
    }

    @Test func theFastPathAgreesUnderEveryReadingAndPolicy() throws {
        let w = world
        let day = Fixtures.day("2000-06-01")
        var evaluator = Evaluator(index: w.index(on: day))
        let wars = [
            [attack(3, 1, in: w, atIsles: true)], [attack(1, 3, in: w, atIsles: true)],
            [attack(3, 1, in: w, atIsles: true), attack(1, 3, in: w)],
            [attack(1, 3, in: w, atIsles: true), attack(3, 1, in: w), attack(5, 1, in: w)],
        ]
        for attacks in wars {
            for reading in SovereigntyReading.allCases {
                for policy in EscalationPolicy.allCases {
                    for uncertain in [false, true] {
                        let scenario = Scenario(
                            day: day, attacks: attacks, policy: policy, includeUncertain: uncertain,
                            sovereignty: reading)
                        let full = try evaluator.evaluate(scenario)
                        let fast = try evaluator.sides(scenario)
                        #expect(fast.attackers == full.attackers && fast.defenders == full.defenders)
                    }
                }
            }
        }
    }
}
