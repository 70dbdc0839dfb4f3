import FoedusCore
import FoedusCoreTestSupport
import Testing

/// The cascade on small made-up worlds, where every expected answer follows from the rules by hand.
@Suite struct CascadeTests {
    typealias W = SyntheticWorld

    func run(
        _ world: World, _ attacks: [Attack], on date: String = "2000-06-01", policy: EscalationPolicy = .treaty,
        honour: HonourThreshold = .discretionary, includeUncertain: Bool = false, includeContested: Bool = false
    ) throws -> ScenarioResult {
        let day = Fixtures.day(date)
        var evaluator = Evaluator(index: world.index(on: day))
        return try evaluator.evaluate(
            Scenario(
                day: day, attacks: attacks, policy: policy, honour: honour, includeUncertain: includeUncertain,
                includeContested: includeContested))
    }

    func attack(_ a: Int, _ b: Int, in world: World, theatre: Theatre? = nil, provoked: Bool = false) -> Attack {
        Attack(
            aggressor: Fixtures.id(a, in: world), victim: Fixtures.id(b, in: world), theatre: theatre,
            provoked: provoked)
    }

    func codes(_ s: StateSet, _ w: World) -> [Int] { Fixtures.codes(s, in: w) }

    @Test func aDefencePactBringsTheAllyIn() throws {
        let w = W.world([W.pact("AB", [1, 2])])
        let r = try run(w, [attack(3, 1, in: w)])
        #expect(codes(r.attackers, w) == [3])
        #expect(codes(r.defenders, w) == [1, 2])
        #expect(r.obligations.count == 1)
        let duty = try #require(r.obligations.first)
        #expect(w.states[duty.obligor].ccode == 2 && w.states[duty.beneficiary].ccode == 1)
        #expect(duty.status == .binding && duty.kind == .defense && duty.strength == .automatic)
        #expect(r.outside.isEmpty && r.conflicts.isEmpty)
    }

    @Test func aTreatySignedButNotInForceBindsNoOne() throws {
        let w = W.world([W.pact("AB", [1, 2], inForce: "2000-12-04", signed: "2000-06-19")])
        let r = try run(w, [attack(3, 1, in: w)], on: "2000-09-01")
        #expect(codes(r.defenders, w) == [1])
        let why = r.explain(Fixtures.id(2, in: w), in: w)
        #expect(why.map(\.reason) == [.notYetInForce])
        #expect(why.first?.finding == .notYetInForce && why.first?.treaty.map { w.treaties[$0].id } == "AB")
        // On the day of entry into force it binds.
        #expect(codes(try run(w, [attack(3, 1, in: w)], on: "2000-12-04").defenders, w) == [1, 2])
    }

    @Test func aTerminatedTreatyBindsUpToItsLastDayOnly() throws {
        let w = W.world([W.pact("AB", [1, 2], terminated: "2000-06-01")])
        #expect(codes(try run(w, [attack(3, 1, in: w)], on: "2000-06-01").defenders, w) == [1, 2])
        let after = try run(w, [attack(3, 1, in: w)], on: "2000-06-02")
        #expect(codes(after.defenders, w) == [1])
        #expect(after.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.terminated])
    }

    @Test func aUnilateralSuspensionOfOneDyadRemovesOnlyThatDuty() throws {
        let suspension = Suspension(
            party: 2, towards: 1, from: PartialDate(Fixtures.day("1986-08-11")), basis: .unilateral)
        let w = W.world([W.pact("ABC", [1, 2, 3], suspensions: [suspension])])
        let r = try run(w, [attack(4, 1, in: w)])
        #expect(codes(r.defenders, w) == [1, 3])
        let why = r.explain(Fixtures.id(2, in: w), in: w)
        #expect(why.map(\.reason) == [.suspended])
        #expect(why.first?.finding == .suspended(suspension: 0))
        #expect(why.first?.counterpart.map { w.states[$0].ccode } == 1)
        // The other direction stands: 1 still defends 2.
        #expect(codes(try run(w, [attack(4, 2, in: w)]).defenders, w) == [1, 2, 3])
    }

    @Test func aPoliticalFreezeMakesDutiesUncertainBothWays() throws {
        let freeze = Suspension(party: 2, from: PartialDate(Fixtures.day("1999-01-01")), basis: .political)
        let w = W.world([W.pact("ABC", [1, 2, 3], suspensions: [freeze])])
        let r = try run(w, [attack(4, 1, in: w)])
        #expect(codes(r.defenders, w) == [1, 3])
        #expect(r.outside.map { w.states[$0.state].ccode } == [2])
        #expect(r.outside.first?.duties.first?.restraint == .uncertain)
        // Duties owed to the frozen party are uncertain too.
        let toFrozen = try run(w, [attack(4, 2, in: w)])
        #expect(codes(toFrozen.defenders, w) == [2])
        #expect(toFrozen.obligations.allSatisfy { $0.status == .uncertain })
        // Included on request.
        #expect(codes(try run(w, [attack(4, 1, in: w)], includeUncertain: true).defenders, w) == [1, 2, 3])
    }

    @Test func dutiesOwedToAnAggressorAreContestedExceptUnderChain() throws {
        let w = W.world([W.pact("AB", [1, 2])])
        let attacks = [attack(1, 3, in: w), attack(3, 1, in: w)]
        let treaty = try run(w, attacks)
        #expect(codes(treaty.attackers, w) == [1])
        #expect(treaty.obligations.first?.status == .contested)
        #expect(treaty.outside.first?.duties.first?.restraint == .contested)
        #expect(treaty.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.owedToAggressor])
        #expect(codes(try run(w, attacks, includeContested: true).attackers, w) == [1, 2])
        #expect(codes(try run(w, attacks, policy: .chain).attackers, w) == [1, 2])
    }

    /// 3 attacks 1. 2 defends 1; 4 joins 3's war (offence); 5 defends 2; 6 defends 3.
    @Test(arguments: [
        (EscalationPolicy.strict, [3, 4], [1, 2]),
        (.treaty, [3, 4], [1, 2, 5]),
        (.chain, [3, 4, 6], [1, 2, 5]),
    ])
    func policiesDifferInWhatEntryTriggers(policy: EscalationPolicy, attackers: [Int], defenders: [Int]) throws {
        let w = W.world([
            W.pact("AB", [1, 2]), W.pact("CD", [3, 4], kind: .offense), W.pact("BE", [2, 5]), W.pact("CF", [3, 6]),
        ])
        let r = try run(w, [attack(3, 1, in: w)], policy: policy)
        #expect(codes(r.attackers, w) == attackers)
        #expect(codes(r.defenders, w) == defenders)
    }

    @Test func aStateBoundToBothSidesStaysOut() throws {
        // 2 defends 1 and 3; 4 defends 1. Under chain 4 attacks 3, so 2 owes 3 defence against 4 while
        // already defending 1: bound to both sides, excluded, and the cascade recomputed.
        let w = W.world([W.pact("AB", [1, 2]), W.pact("CB", [3, 2]), W.pact("AD", [1, 4])])
        let r = try run(w, [attack(3, 1, in: w)], policy: .chain)
        #expect(codes(r.attackers, w) == [3])
        #expect(codes(r.defenders, w) == [1, 4])
        #expect(codes(r.excluded, w) == [2])
        #expect(r.conflicts.contains { $0.kind == .boundToBothSides && $0.states.map { w.states[$0].ccode } == [2] })
        #expect(r.explain(Fixtures.id(2, in: w), in: w).contains { $0.reason == .boundToBothSides })
    }

    @Test func anOddCycleOfAttacksIsAnError() throws {
        let w = W.world([])
        let error = try #require(throws: FoedusError.self) {
            try run(w, [attack(1, 2, in: w), attack(2, 3, in: w), attack(3, 1, in: w)])
        }
        #expect(error.code == .invalidScenario)
        #expect(error.message.contains("odd cycle"))
    }

    @Test func aStateCannotAttackItselfOrBeOutsideTheSystem() throws {
        let w = W.world([])
        #expect(throws: FoedusError.self) { try run(w, [attack(1, 1, in: w)]) }
        let error = try #require(throws: FoedusError.self) { try run(w, [attack(1, 2, in: w)], on: "1850-01-01") }
        #expect(error.code == .stateNotInSystem)
    }

    @Test func locationConditionsFollowAdministration() throws {
        let islands = Place(
            id: "ISLES", kind: .territory, name: "The Isles", administeredBy: [.init(ccode: 1)], claimedBy: [3])
        let faraway = Place(id: "FAR", kind: .territory, name: "Faraway", administeredBy: [.init(ccode: 3)])
        let pact = W.pact("AB", [1, 2], conditions: Conditions(location: .administeredBy([1])))
        let w = W.world([pact], places: [faraway, islands])
        let isles = try #require(w.placeIndex(id: "ISLES"))
        let far = try #require(w.placeIndex(id: "FAR"))
        #expect(codes(try run(w, [attack(3, 1, in: w, theatre: .place(isles))]).defenders, w) == [1, 2])
        let out = try run(w, [attack(3, 1, in: w, theatre: .place(far))])
        #expect(codes(out.defenders, w) == [1])
        #expect(out.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.locationCondition])
    }

    @Test func regionsWithUnsettledMembersGiveUncertainDuties() throws {
        let region = Place(
            id: "R", kind: .region, name: "Region", includes: .init(m49Regions: ["Europe"]), uncertainFor: [2])
        let pact = W.pact("ABE", [1, 2, 5], conditions: Conditions(location: .places(["R"])))
        let w = W.world([pact], places: [region])
        // 1 is in Europe: covered. 2 is unsettled: uncertain. 5 is in Asia: not covered.
        #expect(try run(w, [attack(3, 1, in: w)]).obligations.allSatisfy { $0.status == .binding })
        let unsettled = try run(w, [attack(3, 2, in: w)])
        #expect(unsettled.obligations.count == 2 && unsettled.obligations.allSatisfy { $0.status == .uncertain })
        #expect(try run(w, [attack(3, 5, in: w)]).obligations.isEmpty)
    }

    @Test func theHonouringThresholdKeepsDiscretionaryAlliesOut() throws {
        let w = W.world([W.pact("AB", [1, 2], strength: .discretionary), W.pact("AC", [1, 3])])
        let r = try run(w, [attack(4, 1, in: w)], honour: .automatic)
        #expect(codes(r.defenders, w) == [1, 3])
        #expect(r.outside.first?.duties.first?.restraint == .belowThreshold)
        #expect(codes(try run(w, [attack(4, 1, in: w)]).defenders, w) == [1, 2, 3])
    }

    @Test func adversaryAndProvocationConditions() throws {
        let named = W.pact("AB", [1, 2], conditions: Conditions(adversary: .states([5])))
        let unprovoked = W.pact("AC", [1, 3], conditions: Conditions(nonProvocation: true))
        let w = W.world([named, unprovoked])
        let r = try run(w, [attack(4, 1, in: w, provoked: true)])
        #expect(codes(r.defenders, w) == [1])
        #expect(r.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.adversaryCondition])
        #expect(r.explain(Fixtures.id(3, in: w), in: w).map(\.reason) == [.provoked])
        #expect(codes(try run(w, [attack(5, 1, in: w)]).defenders, w) == [1, 2, 3])
    }

    @Test func forcesStationedInTheVictimBringTheSenderIn() throws {
        let base = Deployment(id: "E-in-A", sender: 5, host: 1, from: PartialDate(Fixtures.day("1990-01-01")))
        let w = W.world([], deployments: [base])
        let r = try run(w, [attack(3, 1, in: w)])
        #expect(codes(r.defenders, w) == [1, 5])
        #expect(r.entry(of: Fixtures.id(5, in: w))?.cause == .forces(deployment: 0, attack: 0))
        #expect(codes(try run(w, [attack(3, 1, in: w)], on: "1989-12-31").defenders, w) == [1])
    }

    @Test func pledgesBrokenByAttacksAndEntries() throws {
        let w = W.world([
            W.pact("NA-CA", [3, 1], kind: .nonAggression), W.pact("CD", [3, 4], kind: .offense),
            W.pact("NA-DA", [4, 1], kind: .nonAggression), W.pact("NOAID", [1, 4], kind: .noAidToAggressor),
            W.pact("TAC", [1, 3, 5], kind: .nonAggression, general: true),
        ])
        let r = try run(w, [attack(3, 1, in: w)], policy: .strict)
        let found = r.conflicts.map { c in
            "\(c.kind.rawValue):" + c.treaties.map { w.treaties[$0].id }.joined(separator: ",")
        }
        #expect(
            found.sorted() == [
                "aggressorBreaksPledge:NA-CA", "aggressorBreaksPledge:TAC", "defenceAgainstPledgedVictim:CD,NA-DA",
                "entryBreaksPledge:CD,NOAID", "treatyMembersOnBothSides:NA-CA", "treatyMembersOnBothSides:NA-DA",
                "treatyMembersOnBothSides:NOAID", "treatyMembersOnBothSides:TAC",
            ])
        // Specific pledges are listed before general ones.
        let pledges = r.conflicts.filter { $0.kind == .aggressorBreaksPledge }.map { w.treaties[$0.treaties[0]].id }
        #expect(pledges == ["NA-CA", "TAC"])
    }

    @Test func consultationIsADutyToTalkNeverToFight() throws {
        let w = W.world([W.pact("AB", [1, 2], kind: .consultation)])
        let r = try run(w, [attack(3, 1, in: w)], policy: .chain)
        #expect(codes(r.defenders, w) == [1])
        #expect(r.obligations.map(\.kind) == [.consultation])
        #expect(r.outside.isEmpty)
        #expect(r.explain(Fixtures.id(2, in: w), in: w).map(\.reason) == [.consultationOnly])
    }

    @Test func theRequestClauseIsAssumedAndSaidSo() throws {
        let w = W.world([W.pact("AB", [1, 2], conditions: Conditions(request: true))])
        let r = try run(w, [attack(3, 1, in: w)])
        #expect(r.obligations.first?.assumedRequest == true)
        #expect(codes(r.defenders, w) == [1, 2])
    }

    @Test func theCascadeTerminatesOnADenseWorld() throws {
        // Every state allied with every other, plus offence pacts: the fixpoint is still reached.
        let w = W.world([W.pact("ALL", Array(1...8)), W.pact("OFF", [1, 2, 3], kind: .offense)])
        for policy in EscalationPolicy.allCases {
            let r = try run(w, [attack(1, 5, in: w)], policy: policy)
            #expect(r.attackers.count + r.defenders.count + r.excluded.count <= 8)
            #expect(r.entries.count == r.attackers.count + r.defenders.count)
        }
    }
}
