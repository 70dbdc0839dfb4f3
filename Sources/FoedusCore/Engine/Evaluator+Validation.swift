extension Evaluator {
    // MARK: - Validation and sides of the given attacks

    mutating func validate(_ scenario: Scenario) throws {
        guard scenario.day == index.day else {
            throw FoedusError(
                .invalidScenario, "the scenario is dated \(scenario.day) but the index is for \(index.day)")
        }
        guard !scenario.attacks.isEmpty else {
            throw FoedusError(.invalidScenario, "a scenario needs at least one attack")
        }
        let table = index.world.states
        for attack in scenario.attacks {
            for s in [attack.aggressor, attack.victim] where !index.alive.contains(s) {
                throw FoedusError(
                    .stateNotInSystem, "\(table.label(s)) was not a member of the state system on \(scenario.day)")
            }
            if attack.aggressor == attack.victim {
                throw FoedusError(.invalidScenario, "\(table.label(attack.aggressor)) cannot attack itself")
            }
        }
        // Two-colour the attack graph; the first attack's aggressor is on the attacking side. Attacks are
        // few, so repeated passes over them beat building an adjacency list (and allocate nothing).
        let attacks = scenario.attacks
        colours.removeAll(keepingCapacity: true)
        if attacks.count == 1 {
            colours.append(.attackers)
        } else {
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
            for attack in attacks { colours.append(colour[attack.aggressor] ?? .attackers) }
        }
    }
}
