import FoedusCore
import FoedusCoreTestSupport
import Testing

/// Places of disputed sovereignty and forces stationed at places (EngineSemantics.md, "Disputed sovereignty"),
/// on a made-up world where every answer is worked out by hand: the place ISLES is administered by Aland (1)
/// and claimed by Carpania (3).
@Suite struct SovereigntyTests {
    typealias W = SyntheticWorld

    let isles = SyntheticWorld.isles

    func run(
        _ world: World, _ attacks: [Attack], reading: SovereigntyReading = .disputed, on date: String = "2000-06-01"
    ) throws -> ScenarioResult {
        let day = Fixtures.day(date)
        var evaluator = Evaluator(index: world.index(on: day))
        return try evaluator.evaluate(Scenario(day: day, attacks: attacks, policy: .strict, sovereignty: reading))
    }

    func attack(_ a: Int, _ b: Int, in w: World, at place: String? = nil) -> Attack {
        Attack(
            aggressor: Fixtures.id(a, in: w), victim: Fixtures.id(b, in: w),
            theatre: place.flatMap(w.placeIndex(id:)).map(Theatre.place))
    }

    func statuses(_ r: ScenarioResult, _ w: World) -> [String: Obligation.Status] {
        Dictionary(uniqueKeysWithValues: r.obligations.map { (w.treaties[$0.provision.treaty].id, $0.status) })
    }

    /// Aland's ally Borduria under three clauses: anywhere, a party's territory, Aland's administration.
    var world: World {
        W.world(
            [
                W.pact("ANY", [1, 2]), W.pact("TERRITORY", [1, 2], conditions: Conditions(location: .partyTerritory)),
                W.pact("ADMIN", [1, 2], conditions: Conditions(location: .administeredBy([1]))),
            ], places: [isles])
    }

    @Test func theClaimantStrikingTheAdministratorIsDisputedUnlessAReadingIsChosen() throws {
        let w = world
        let disputed = try run(w, [attack(3, 1, in: w, at: "ISLES")])
        // The administration clause does not depend on title; the other two do.
        #expect(statuses(disputed, w) == ["ANY": .uncertain, "TERRITORY": .uncertain, "ADMIN": .binding])
        #expect(Fixtures.codes(disputed.defenders, in: w) == [1, 2])
        // Borduria is in (ADMIN): no "why not" needed.
        #expect(disputed.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.entered])
        let administrator = try run(w, [attack(3, 1, in: w, at: "ISLES")], reading: .administrator)
        #expect(statuses(administrator, w) == ["ANY": .binding, "TERRITORY": .binding, "ADMIN": .binding])
        let claimant = try run(w, [attack(3, 1, in: w, at: "ISLES")], reading: .claimant)
        #expect(statuses(claimant, w) == ["ADMIN": .binding])
    }

    @Test func theReasonIsStatedWhenTheDutyIsLeftOut() throws {
        let w = W.world([W.pact("ANY", [1, 2])], places: [isles])
        let r = try run(w, [attack(3, 1, in: w, at: "ISLES")])
        #expect(Fixtures.codes(r.defenders, in: w) == [1])
        let why = r.explain(Fixtures.id(2, in: w), in: w)
        #expect(why.map(\.reason) == [.uncertainExcluded])
        let isles = try #require(w.placeIndex(id: "ISLES"))
        #expect(why.first?.finding == .uncertain(.disputedSovereignty(attack: 0, place: isles)))
    }

    @Test func aThirdStateOrAnUndisputedDayIsReadAsBefore() throws {
        let w = world
        // Elbonia (5) is no party to the dispute: an attack on Aland's forces anywhere is covered; a party's
        // territory holds only under the administrator reading.
        let third = try run(w, [attack(5, 1, in: w, at: "ISLES")])
        #expect(statuses(third, w) == ["ANY": .binding, "TERRITORY": .uncertain, "ADMIN": .binding])
        // Before the claim (1990) the place is not disputed.
        let before = try run(w, [attack(3, 1, in: w, at: "ISLES")], on: "1980-01-01")
        #expect(statuses(before, w) == ["ANY": .binding, "TERRITORY": .binding, "ADMIN": .binding])
    }

    @Test func theAdministratorStrikingTheClaimantIsDisputedToo() throws {
        // Carpania's ally Dalmia (4): under the administrator reading Aland acts on its own territory.
        let w = W.world([W.pact("CD", [3, 4])], places: [isles])
        #expect(statuses(try run(w, [attack(1, 3, in: w, at: "ISLES")]), w) == ["CD": .uncertain])
        #expect(try run(w, [attack(1, 3, in: w, at: "ISLES")], reading: .administrator).obligations.isEmpty)
        #expect(statuses(try run(w, [attack(1, 3, in: w, at: "ISLES")], reading: .claimant), w) == ["CD": .binding])
    }

    @Test func forcesStationedAtAPlaceAreAttackedOnlyThere() throws {
        // Elbonia's forces at ISLES, host Carpania (the state it is recognised as part of, say).
        let base = Deployment(
            id: "E-at-ISLES", sender: 5, host: 3, place: "ISLES", from: PartialDate(Fixtures.day("1990-01-01")))
        let w = W.world([], places: [isles], deployments: [base])
        let there = try run(w, [attack(6, 3, in: w, at: "ISLES")])
        #expect(Fixtures.codes(there.defenders, in: w) == [3, 5])
        #expect(there.entry(of: Fixtures.id(5, in: w))?.cause == .forces(deployment: 0, attack: 0))
        let entered = there.explain(Fixtures.id(5, in: w), in: w).first?.finding
        #expect(entered == .entered(try #require(there.entry(of: Fixtures.id(5, in: w)))))
        // The host's own territory: the forces are not there.
        #expect(Fixtures.codes(try run(w, [attack(6, 3, in: w)]).defenders, in: w) == [3])
        // Their own sender attacking at the place does not attack them.
        #expect(Fixtures.codes(try run(w, [attack(5, 3, in: w, at: "ISLES")]).attackers, in: w) == [5])
    }
}
