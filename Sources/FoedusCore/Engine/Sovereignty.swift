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
    /// Whether a state of the system other than the administrator claims the place at index `p` on `day` (its
    /// dispute in words is presentation's: `World.dispute(place:on:)` in FoedusApp).
    public func isDisputed(place p: Int, on day: Day) -> Bool {
        places[p].claimants(on: day).contains { ccode in
            states.id(ccode: ccode).map { states[$0].exists(on: day) } ?? false
        }
    }
}

extension ScenarioResult {
    /// For a title-dependent clause (`any`, `partyTerritory`) and an attack at a place of disputed sovereignty: the
    /// place (index into ``World/places``), whose reading decided the duty; `nil` otherwise.
    public func disputedSovereigntyPlace(attack: Int, location: Conditions.Location, world: World) -> Int? {
        guard case .place(let p) = attacks[attack].theatre, world.isDisputed(place: p, on: scenario.day) else {
            return nil
        }
        switch location {
        case .any, .partyTerritory: return p
        case .administeredBy, .places: return nil
        }
    }

    /// For a duty owed to a state whose attack is an aggression under one sovereignty reading and not the other
    /// (``AttackGround/disputed(place:)``): the disputed place that makes the duty `uncertain`; `nil` otherwise.
    public func disputedAggressorPlace(_ duty: Obligation, world: World) -> Int? {
        let conditions = world.treaties[duty.provision.treaty].provisions[duty.provision.provision].conditions
        let dependsOnAttack = duty.kind == .defense || (duty.kind == .neutrality && conditions.attackedOnly)
        guard dependsOnAttack, scenario.policy != .chain, aggression(duty.beneficiary) == .uncertain else {
            return nil
        }
        return disputedPlace
    }
}
