public import FoedusCore

extension ScenarioResult {
    /// Words for a location condition, with the states' names on the scenario's day.
    public func describe(_ location: Conditions.Location, _ world: World) -> String {
        switch location {
        case .any: return "anywhere"
        case .partyTerritory: return "a party's territory only"
        case .administeredBy(let codes):
            let names = codes.compactMap { world.states.id(ccode: $0).map { world.states[$0].name(on: scenario.day) } }
            return "territory under the administration of " + names.joined(separator: " or ") + " only"
        case .places(let ids):
            let names = ids.map { id in world.placeIndex(id: id).map { world.places[$0].name } ?? id }
            return names.joined(separator: " or ") + " only"
        }
    }

    /// Words for a theatre.
    public func describe(_ theatre: Theatre, _ world: World) -> String {
        switch theatre {
        case .territory(let s): return "the territory of \(world.states[s].name(on: scenario.day))"
        case .place(let p): return world.places[p].name
        }
    }
}
