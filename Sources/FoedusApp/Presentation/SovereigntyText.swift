public import FoedusCore

extension World {
    /// A place's dispute on `day` in words ("Crimea — … is administered by Russia (since 2014-03-18) and claimed
    /// by Ukraine"), or `nil` when no state other than its administrator claims it.
    public func dispute(place p: Int, on day: Day) -> String? {
        guard isDisputed(place: p, on: day) else { return nil }
        let place = places[p]
        let claimants = place.claimants(on: day).compactMap { states.id(ccode: $0) }.filter {
            states[$0].exists(on: day)
        }
        let names = claimants.map { states[$0].name(on: day) }.joined(separator: " and ")
        let administration = place.administeredBy.first { admin in
            Truth.within(day, start: admin.from ?? PartialDate(Day(rawValue: 0)), end: admin.to) != .no
        }
        let governed =
            if let administration, let id = states.id(ccode: administration.ccode) {
                "is administered by \(states[id].name(on: day))"
                    + (administration.from.map { " (since \($0))" } ?? "")
            } else {
                "is administered by no state of the system"
            }
        let controls = place.controls.filter { $0.made(on: day) != .no }.compactMap { control in
            states.id(ccode: control.ccode).map {
                states[$0].name(on: day) + (control.from.map { " since \($0)" } ?? "")
            }
        }
        let controlled =
            controls.isEmpty ? "" : " (in the effective control of " + controls.joined(separator: ", ") + ")"
        return "\(place.id) \(governed)\(controlled) and claimed by \(names)"
    }

    /// Whose territory a disputed place counts as under `reading`, in words.
    public func sovereignty(place p: Int, on day: Day, reading: SovereigntyReading) -> String {
        let place = places[p]
        switch reading {
        case .disputed:
            return "whose territory it is is disputed, so the duties that depend on it are uncertain "
                + "(--sovereignty administrator or claimant decides)"
        case .administrator:
            let admin = place.administrator(on: day).flatMap { states.id(ccode: $0) }
            return "counted as " + (admin.map { states[$0].name(on: day) + "'s" } ?? "no state's")
                + " territory (--sovereignty administrator)"
        case .claimant:
            let names = place.claimants(on: day).compactMap { states.id(ccode: $0) }.map { states[$0].name(on: day) }
            return "counted as \(names.joined(separator: " and "))'s territory (--sovereignty claimant)"
        }
    }
}

extension ScenarioResult {
    /// For a duty of a title-dependent clause (`any`, `partyTerritory`) at a disputed place: the dispute and the
    /// reading that decided the duty, in words; `nil` otherwise (``disputedSovereigntyPlace(attack:location:world:)``).
    public func sovereigntyNote(attack: Int, location: Conditions.Location, world: World) -> String? {
        guard let p = disputedSovereigntyPlace(attack: attack, location: location, world: world),
            let dispute = world.dispute(place: p, on: scenario.day)
        else { return nil }
        return "the casus foederis is disputed: \(dispute); "
            + world.sovereignty(place: p, on: scenario.day, reading: scenario.sovereignty)
    }
}
