/// A scenario checked against a day's index, with the side of each attack's aggressor: the value the cascade
/// runs on (``Evaluator``). Made by a pure function of the scenario and the index; holds no buffer.
public struct ValidatedScenario: Sendable {
    public let scenario: Scenario
    /// The states the attacks place on the attacking side (the two-colouring of the attack graph: the first
    /// attack's aggressor attacks); every other participant defends.
    public let attackingSide: StateSet

    /// Checks `scenario` against `index` and colours its attacks.
    ///
    /// - Throws: ``FoedusError`` with code `invalidScenario` (no attacks, a state attacking itself, an odd
    ///   cycle of attacks, a day other than the index's) or `stateNotInSystem`.
    ///
    /// The index is borrowed: an initializer takes its arguments owned by default, and passing a day's index owned
    /// copies every table in it (a retain and a release each), which costs the fast path more than a scenario.
    public init(_ scenario: Scenario, on index: borrowing DayIndex) throws {
        guard scenario.day == index.day else {
            throw FoedusError(
                .invalidScenario, "the scenario is dated \(scenario.day) but the index is for \(index.day)")
        }
        guard !scenario.attacks.isEmpty else {
            throw FoedusError(.invalidScenario, "a scenario needs at least one attack")
        }
        let table = index.world.states
        for attack in scenario.attacks {
            // No array literal of the two states: validation runs for every fast-path scenario.
            let absent = !index.alive.contains(attack.aggressor) ? attack.aggressor : attack.victim
            if !index.alive.contains(absent) {
                throw FoedusError(
                    .stateNotInSystem, "\(table.label(absent)) was not a member of the state system on \(scenario.day)")
            }
            if attack.aggressor == attack.victim {
                throw FoedusError(.invalidScenario, "\(table.label(attack.aggressor)) cannot attack itself")
            }
        }
        self.scenario = scenario
        attackingSide = try Self.attackingSide(of: scenario.attacks, table: table)
    }

    /// The side of the aggressor of the scenario's attack number `i`.
    @inline(__always) func aggressorSide(ofAttack i: Int) -> Side {
        attackingSide.contains(scenario.attacks[i].aggressor) ? .attackers : .defenders
    }

    /// Two-colours the attack graph; the first attack's aggressor (and, in each further component, its first
    /// attack's aggressor) is on the attacking side. Attacks are few, so repeated passes over them beat building
    /// an adjacency list.
    private static func attackingSide(of attacks: [Attack], table: StateTable) throws -> StateSet {
        guard attacks.count > 1 else {
            var attacking = StateSet()
            attacking.insert(attacks[0].aggressor)
            return attacking
        }
        var colour: [StateID: Side] = [:]
        for first in attacks where colour[first.aggressor] == nil && colour[first.victim] == nil {
            colour[first.aggressor] = .attackers
            colour[first.victim] = .defenders
            var changed = true
            while changed {
                changed = false
                for attack in attacks {
                    switch (colour[attack.aggressor], colour[attack.victim]) {
                    case (let a?, nil): colour[attack.victim] = a.opposite; changed = true
                    case (nil, let v?): colour[attack.aggressor] = v.opposite; changed = true
                    case (let a?, let v?) where a == v:
                        throw FoedusError(
                            .invalidScenario,
                            "the attacks do not form two sides: \(table.label(attack.aggressor)) attacks "
                                + "\(table.label(attack.victim)), an ally in this war (an odd cycle of attacks)")
                    default: break
                    }
                }
            }
        }
        var attacking = StateSet()
        for (state, side) in colour where side == .attackers { attacking.insert(state) }
        return attacking
    }
}
