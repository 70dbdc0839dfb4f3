import FoedusApp
import FoedusCore
import FoedusCoreTestSupport
import Testing

/// The words of the engine's explanations (``ExplanationText``), on made-up worlds where each sentence can be
/// worked out by hand; the engine's findings themselves are tested in FoedusCoreTests.
@Suite struct ExplanationTextTests {
    typealias W = SyntheticWorld

    let isles = SyntheticWorld.isles

    func run(
        _ world: World, _ attacks: [Attack], on date: String = "2000-06-01", policy: EscalationPolicy = .treaty
    ) throws -> ScenarioResult {
        let day = Fixtures.day(date)
        var evaluator = Evaluator(index: world.index(on: day))
        return try evaluator.evaluate(Scenario(day: day, attacks: attacks, policy: policy))
    }

    func attack(_ a: Int, _ b: Int, in w: World, at place: String? = nil) -> Attack {
        Attack(
            aggressor: Fixtures.id(a, in: w), victim: Fixtures.id(b, in: w),
            theatre: place.flatMap(w.placeIndex(id:)).map(Theatre.place))
    }

    func sentences(_ r: ScenarioResult, _ w: World, of code: Int) -> [String] {
        ExplanationText(result: r, world: w).sentences(for: Fixtures.id(code, in: w)).map(\.sentence)
    }

    @Test func datesAndSuspensionsAreSaidWithTheTreatysName() throws {
        let signed = W.world([W.pact("AB", [1, 2], inForce: "2000-12-04", signed: "2000-06-19")])
        #expect(
            try sentences(run(signed, [attack(3, 1, in: signed)], on: "2000-09-01"), signed, of: 2) == [
                "AB [AB]: treaty signed 2000-06-19, in force only from 2000-12-04"
            ])
        let suspension = Suspension(
            party: 2, towards: 1, from: PartialDate(Fixtures.day("1986-08-11")), basis: .unilateral)
        let suspended = W.world([W.pact("ABC", [1, 2, 3], suspensions: [suspension])])
        #expect(
            try sentences(run(suspended, [attack(4, 1, in: suspended)]), suspended, of: 2) == [
                "ABC [ABC]: duties to Aland suspended since 1986-08-11 (unilateral)"
            ])
    }

    @Test func aDisputedPlaceIsSaidWithItsAdministratorAndClaimant() throws {
        let w = W.world([W.pact("ANY", [1, 2])], places: [isles])
        #expect(
            try sentences(run(w, [attack(3, 1, in: w, at: "ISLES")]), w, of: 2) == [
                "ANY [ANY] Art. 1: duty to Aland is uncertain (the casus foederis is disputed: ISLES is administered "
                    + "by Aland and claimed by Carpania; whose territory it is is disputed, so the duties that depend "
                    + "on it are uncertain (--sovereignty administrator or claimant decides))"
            ])
    }

    @Test func forcesAtAPlaceAreSaidAsTheReasonTheSenderIsIn() throws {
        let base = Deployment(
            id: "E-at-ISLES", sender: 5, host: 3, place: "ISLES", from: PartialDate(Fixtures.day("1990-01-01")))
        let w = W.world([], places: [isles], deployments: [base])
        let words = try sentences(run(w, [attack(6, 3, in: w, at: "ISLES")]), w, of: 5)
        #expect(
            words == [
                "in on the defenders' side: its forces stationed at ISLES (deployment E-at-ISLES) are attacked "
                    + "(step 2 of the cascade, answering Freedonia → Carpania)"
            ])
    }

    /// The engine gives one finding per counterpart; a sentence that does not name the counterpart is said once.
    @Test func aSentenceForSeveralCounterpartsIsSaidOnce() throws {
        let onlyAgainstHyrcania = Conditions(adversary: .states([8]))
        let w = W.world([W.pact("ABC", [1, 2, 3], conditions: onlyAgainstHyrcania)])
        let r = try run(w, [attack(4, 1, in: w), attack(4, 3, in: w)])
        let findings = r.explain(Fixtures.id(2, in: w), in: w)
        #expect(findings.map(\.reason) == [.adversaryCondition, .adversaryCondition])
        #expect(Set(findings.compactMap(\.counterpart)) == [Fixtures.id(1, in: w), Fixtures.id(3, in: w)])
        #expect(sentences(r, w, of: 2) == ["ABC [ABC] Art. 1: adversary condition: only against Hyrcania"])
    }

    @Test func aStateOutsideTheSystemAndAStateWithoutTreatiesAreSaidSo() throws {
        let w = W.world([W.pact("AB", [1, 2])])
        let r = try run(w, [attack(3, 1, in: w)])
        #expect(sentences(r, w, of: 5) == ["no coded treaty links Elbonia to a state in this war"])
    }
}
