import FoedusTestSupport
import Testing

@testable import FoedusCore

/// ``DutyRules`` against the bundled world: the day index agrees with the rules for every clause.
@Suite struct DutyRulesBundledWorldTests {
    /// The day index's set of admitted adversaries is the rule's answer, state by state, for every condition of
    /// every clause in force on three days.
    @Test(arguments: ["1914-08-01", "1950-01-01", "2024-09-01"])
    func theIndexsAdversarySetsAreTheRulesAnswer(_ text: String) throws {
        let world = Fixtures.world
        let day = try #require(Day(iso: text))
        let alive = world.states.alive(on: day)
        for treaty in world.treaties where treaty.inForce(on: day) != .no {
            let parties = StateSet(
                treaty.parties.filter { $0.member(on: day, treaty: treaty) != .no }.compactMap {
                    world.states.id(ccode: $0.ccode)
                })
            for provision in treaty.provisions {
                let condition = provision.conditions.adversary
                let set = DutyRules.adversaries(condition, alive: alive, parties: parties, table: world.states)
                for state in alive {
                    let ccode = world.states[state].ccode
                    #expect(
                        set.contains(state)
                            == DutyRules.admits(condition, adversary: ccode, isParty: parties.contains(state)),
                        "\(treaty.id) \(provision.article): \(ccode)")
                }
            }
        }
    }
}
