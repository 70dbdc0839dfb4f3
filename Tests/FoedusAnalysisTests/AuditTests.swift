import FoedusAnalysis
import FoedusCore
import FoedusTestSupport
import Testing

@Suite struct AuditTests {
    typealias W = SyntheticWorld

    /// States 1, 2, 3 with capabilities 1, 2, 3 (others 0), all three contiguous; no alliance before.
    func setting() -> (World, [Double?], PoliticalRelevance) {
        let world = W.world([])
        return (world, W.capabilities(of: world), W.relevance())
    }

    @Test func anAllianceRaisesItsMembersAndLowersTheAdversaryOnlyUnderTheDyadicReading() throws {
        let (world, capability, relevance) = setting()
        let day = Fixtures.day("2000-06-01")
        let after = try AuditChange.addTreaty(W.pact("AB", [1, 2])).apply(to: world, on: day)
        let audit = try IndivisibleSecurityAudit(
            before: world, after: after, day: day, capability: capability, relevance: relevance)
        let id: (Int) -> StateID = { Fixtures.id($0, in: world) }
        let treaty = try #require(audit.readings.first { $0.name == "treaty" })
        // Worked by hand (see the comments in docs/analysis.md's audit section):
        // 1: (2·1/3 + 3·1/4)/5 = 0.28333 → (2·1/3 + 3·1/2)/5 = 0.43333, +0.15.
        // 2: (1·2/3 + 3·2/5)/4 = 0.46667 → (1·2/3 + 3·1/2)/4 = 0.54167, +0.075.
        // 3: unchanged (a defence pact adds no one to an attack on 3).
        #expect(abs((treaty.delta[Int(id(1).index)] ?? 0) - 0.15) < 1e-12)
        #expect(abs((treaty.delta[Int(id(2).index)] ?? 0) - 0.075) < 1e-12)
        #expect(treaty.delta[Int(id(3).index)] == 0)
        #expect(treaty.winners == [id(1), id(2)] && treaty.losers.isEmpty && treaty.holds)
        // Dyadic: 3's side's share in a war with 1 or 2, either way round, falls from 0.65 to 0.575.
        let dyadic = try #require(audit.readings.first { $0.name == "dyadic" })
        #expect(abs((dyadic.delta[Int(id(3).index)] ?? 0) + 0.075) < 1e-12)
        #expect(dyadic.losers == [id(3)] && !dyadic.holds)
        // What drives the gains: only 3's attacks change (an ally cannot be defended against itself). On 1:
        // 1/4 → (1+2)/6 = 1/2, 2 now defending; on 2: 2/5 → 3/6, 1 now defending.
        let gains = try #require(audit.gainDrivers["treaty"])
        #expect(gains.map(\.winner) == [id(1), id(2)])
        #expect(gains.map { $0.drivers.map(\.aggressor) } == [[id(3)], [id(3)]])
        #expect(gains.map { $0.drivers.map(\.newDefenders) } == [[[id(2)]], [[id(1)]]])
        #expect(abs((gains.first?.drivers.first?.before ?? 0) - 0.25) < 1e-12)
        #expect(abs((gains.first?.drivers.first?.after ?? 0) - 0.5) < 1e-12)
        #expect(audit.drivers["treaty"] == nil)
    }

    @Test func anOffencePactLowersItsTargetAndTheDriversNameTheNewAttackers() throws {
        // 1 and 2 pledge to join each other's attacks. Before, 3's share is (1·3/4 + 2·3/5)/3 = 0.65; after,
        // either attacker brings the other (capability 3 against 3): (1·1/2 + 2·1/2)/3 = 0.5, −0.15 under every
        // policy. The attack that costs 3 most is 1's (1 × (0.75 − 0.5) = 0.25), then 2's (2 × (0.6 − 0.5) = 0.2).
        let (world, capability, relevance) = setting()
        let day = Fixtures.day("2000-06-01")
        let after = try AuditChange.addTreaty(W.pact("OFF", [1, 2], kind: .offense)).apply(to: world, on: day)
        let audit = try IndivisibleSecurityAudit(
            before: world, after: after, day: day, capability: capability, relevance: relevance)
        let id: (Int) -> StateID = { Fixtures.id($0, in: world) }
        for policy in ["strict", "treaty", "chain"] {
            let reading = try #require(audit.readings.first { $0.name == policy })
            #expect(abs((reading.delta[Int(id(3).index)] ?? 0) + 0.15) < 1e-12, "\(policy)")
            #expect(reading.losers == [id(3)], "\(policy)")
            let entry = try #require(audit.drivers[policy]?.first)
            #expect(entry.loser == id(3))
            #expect(entry.drivers.map(\.aggressor) == [id(1), id(2)])
            #expect(entry.drivers.map(\.newAttackers) == [[id(2)], [id(1)]])
            #expect(abs((entry.drivers.first?.before ?? 0) - 0.75) < 1e-12)
            #expect(abs((entry.drivers.first?.after ?? 0) - 0.5) < 1e-12)
        }
        #expect(audit.drivers["dyadic"] == nil)
    }

    @Test func changesAreCheckedAndApplied() throws {
        let (world, _, _) = setting()
        let day = Fixtures.day("2000-06-01")
        let pact = try AuditChange.addTreaty(W.pact("AB", [1, 2])).apply(to: world, on: day)
        #expect(throws: FoedusError.self) { try AuditChange.addTreaty(W.pact("AB", [1, 2])).apply(to: pact, on: day) }
        #expect(throws: FoedusError.self) { try AuditChange.removeTreaty("NOPE").apply(to: pact, on: day) }
        #expect(throws: FoedusError.self) { try AuditChange.accede(state: 1, treaty: "AB").apply(to: pact, on: day) }
        let acceded = try AuditChange.accede(state: 3, treaty: "AB").apply(to: pact, on: day)
        #expect(acceded.treaty(id: "AB")?.parties(on: day).sorted() == [1, 2, 3])
        let left = try AuditChange.withdraw(state: 2, treaty: "AB").apply(to: acceded, on: day)
        #expect(left.treaty(id: "AB")?.parties(on: day).sorted() == [1, 3])
        let based = try AuditChange.deploy(sender: 5, host: 1).apply(to: world, on: day)
        #expect(based.deployments.contains { $0.sender == 5 && $0.host == 1 })
    }
}
