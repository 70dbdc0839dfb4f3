/// Whose territory a place of disputed sovereignty counts as, for the duties that depend on it.
///
/// A place is disputed on a day when a state other than its administrator claims it (Crimea: administered by
/// Russia since 2014-03-18, claimed by Ukraine). See EngineSemantics.md, "Disputed sovereignty".
public enum SovereigntyReading: String, Hashable, Sendable, CaseIterable {
    /// The duties whose answer differs between the two readings are `uncertain` (the default).
    case disputed
    /// The place is its administrator's territory.
    case administrator
    /// The place is its claimants' territory, not its administrator's.
    case claimant
}

/// A place's dispute on one day, compiled: its administrator (if a state of the system), the states holding it
/// (the administrator and the states in effective control) and the claimants contesting it.
struct PlaceDispute: Sendable {
    var administrator: StateID?
    var holders: StateSet
    var claimants: StateSet

    /// The states whose territory the place is under a reading (`disputed` is not a reading of its own).
    func sovereigns(claimant: Bool) -> StateSet {
        claimant ? claimants : administrator.map { StateSet([$0]) } ?? StateSet()
    }

    /// The other side of the dispute under a reading: the holders when the claimants are sovereign, the claimants
    /// when the administrator is.
    func opponents(claimant: Bool) -> StateSet { claimant ? holders : claimants }
}

extension DayIndex {
    /// The answer of location condition `location` for attack `event` and a duty owed to `beneficiary`, under
    /// the sovereignty `reading`. Only conditions that ask whose territory the theatre is (`any`,
    /// `partyTerritory`) depend on the reading, and only at a disputed place; conditions naming an
    /// administration or a region are answered as the gazetteer says.
    @inline(__always) func location(
        _ location: UInt16, _ event: AttackEvent, beneficiary: StateID, reading: SovereigntyReading
    ) -> Truth {
        guard case .place(let p) = event.theatre, let dispute = disputes[p], locations.titleDependent[Int(location)]
        else { return locations.check(location, event.theatre) }
        switch reading {
        case .administrator:
            return answer(location, p, dispute, event, beneficiary, claimant: false)
        case .claimant:
            return answer(location, p, dispute, event, beneficiary, claimant: true)
        case .disputed:
            let administrator = answer(location, p, dispute, event, beneficiary, claimant: false)
            let claimant = answer(location, p, dispute, event, beneficiary, claimant: true)
            return administrator == claimant ? administrator : .uncertain
        }
    }

    /// The answer under one reading. A disputant using force at the place against the other side of the dispute
    /// (a claimant against a holder, or the administrator against a claimant), when the reading makes the place its
    /// own territory, acts on its own territory: under that reading the attack is no
    /// armed attack on the victim's territory, so no duty owed to the victim arises from it.
    private func answer(
        _ location: UInt16, _ p: Int, _ dispute: PlaceDispute, _ event: AttackEvent, _ beneficiary: StateID,
        claimant: Bool
    ) -> Truth {
        let sovereigns = dispute.sovereigns(claimant: claimant)
        let others = dispute.opponents(claimant: claimant)
        if beneficiary == event.victim && sovereigns.contains(event.aggressor) && others.contains(event.victim) {
            return .no
        }
        let l = Int(location) * locations.placeCount + p
        return claimant ? locations.claimantPlaces[l] : locations.places[l]
    }

    /// Whether the place at index `p` is disputed on the index's day.
    public func isDisputed(place p: Int) -> Bool { p < disputes.count && disputes[p] != nil }
}

extension World {
    /// A place's dispute on `day` in words ("Crimea — … is administered by Russia (since 2014-03-18) and claimed
    /// by Ukraine"), or `nil` when no state other than its administrator claims it.
    public func dispute(place p: Int, on day: Day) -> String? {
        let place = places[p]
        let claimants = place.claimants(on: day).compactMap { states.id(ccode: $0) }.filter {
            states[$0].exists(on: day)
        }
        guard !claimants.isEmpty else { return nil }
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
    /// reading that decided the duty, in words; `nil` otherwise.
    public func sovereigntyNote(attack: Int, location: Conditions.Location, world: World) -> String? {
        guard case .place(let p) = attacks[attack].theatre,
            let dispute = world.dispute(place: p, on: scenario.day)
        else { return nil }
        switch location {
        case .any, .partyTerritory: break
        case .administeredBy, .places: return nil
        }
        return "the casus foederis is disputed: \(dispute); "
            + world.sovereignty(place: p, on: scenario.day, reading: scenario.sovereignty)
    }

    /// For a duty owed to a state whose attack is an aggression under one sovereignty reading and not the other
    /// (``AttackGround/disputed(place:)``): why the duty is `uncertain`, in words; `nil` otherwise.
    public func disputedAggressorNote(_ duty: Obligation, world: World) -> String? {
        let conditions = world.treaties[duty.provision.treaty].provisions[duty.provision.provision].conditions
        let dependsOnAttack = duty.kind == .defense || (duty.kind == .neutrality && conditions.attackedOnly)
        guard dependsOnAttack, scenario.policy != .chain, aggression(duty.beneficiary) == .uncertain,
            let p = disputedPlace
        else { return nil }
        let name = world.states[duty.beneficiary].name(on: scenario.day)
        return "owed to \(name), whose attack is an aggression only if \(world.places[p].id) is not its territory: "
            + (world.dispute(place: p, on: scenario.day) ?? world.places[p].id)
            + " (--sovereignty administrator or claimant decides)"
    }
}
