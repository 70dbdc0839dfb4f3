/// Collects duty groups, conditions and treaty parties for one day.
struct DayIndexBuilder {
    let world: World
    let day: Day
    let alive: StateSet
    var defense: [[DutyGroup]]
    var offense: [[DutyGroup]]
    var reported: [[DutyGroup]]
    var provisions: [ProvisionRef] = []
    var adversarySets: [StateSet] = []
    var locations = LocationTable()
    var treatyParties: [StateSet]
    /// Per place: its dispute on the day, or `nil` when no state other than its administrator claims it.
    let disputes: [PlaceDispute?]

    init(world: World, day: Day, alive: StateSet) {
        self.world = world
        self.day = day
        self.alive = alive
        defense = Array(repeating: [], count: world.states.count)
        offense = defense
        reported = defense
        treatyParties = Array(repeating: StateSet(), count: world.treaties.count)
        locations.placeCount = world.places.count
        disputes = world.places.map { place in
            let claimants = StateSet(
                place.claimants(on: day).compactMap(world.states.id(ccode:)).filter(alive.contains))
            guard !claimants.isEmpty else { return nil }
            let administrator = place.administrator(on: day).flatMap(world.states.id(ccode:)).flatMap {
                alive.contains($0) ? $0 : nil
            }
            let controllers = place.controllers(on: day).compactMap(world.states.id(ccode:)).filter(alive.contains)
            var holders = StateSet(controllers)
            if let administrator { holders.insert(administrator) }
            return PlaceDispute(administrator: administrator, holders: holders, claimants: claimants)
        }
    }

    mutating func add(treaty: Treaty, index t: Int) {
        let treatyTruth = treaty.inForce(on: day)
        guard treatyTruth != .no else { return }
        var members = StateSet()
        var uncertainMembers = StateSet()
        for party in treaty.parties {
            guard let id = world.states.id(ccode: party.ccode), alive.contains(id) else { continue }
            switch party.member(on: day, treaty: treaty) {
            case .no: continue
            case .uncertain: uncertainMembers.insert(id)
            case .yes: break
            }
            members.insert(id)
        }
        treatyParties[t] = members
        for (p, provision) in treaty.provisions.enumerated() {
            let provisionTruth = provision.applies(on: day)
            guard provisionTruth != .no else { continue }
            let ref = UInt32(provisions.count)
            provisions.append(ProvisionRef(treaty: t, provision: p))
            var flags: UInt8 = 0
            if provision.conditions.uncertain != nil || treatyTruth == .uncertain || provisionTruth == .uncertain {
                flags |= DutyGroup.uncertainFlag
            }
            if provision.conditions.nonProvocation { flags |= DutyGroup.nonProvocationFlag }
            if provision.conditions.attackedOnly { flags |= DutyGroup.attackedOnlyFlag }
            if provision.conditions.request { flags |= DutyGroup.requestFlag }
            if provision.general { flags |= DutyGroup.generalFlag }
            let adversary = addAdversary(provision.conditions.adversary, parties: members)
            let location = addLocation(provision.conditions.location, parties: members)
            let obligors = restrict(members, to: provision.obligors)
            let beneficiaries = restrict(members, to: provision.beneficiaries)
            for b in beneficiaries {
                var group = DutyGroup(
                    kind: provision.kind, strength: provision.strength, flags: flags, adversary: adversary,
                    location: location, provision: ref, obligors: StateSet(), uncertainObligors: StateSet())
                if uncertainMembers.contains(b) { group.flags |= DutyGroup.uncertainFlag }
                for o in obligors where o != b {
                    guard let suspension = suspensionTruth(treaty, obligor: o, beneficiary: b) else { continue }
                    group.obligors.insert(o)
                    if uncertainMembers.contains(o) || suspension == .uncertain { group.uncertainObligors.insert(o) }
                }
                guard !group.obligors.isEmpty else { continue }
                switch provision.kind {
                case .defense: defense[Int(b.index)].append(group)
                case .offense: offense[Int(b.index)].append(group)
                default: reported[Int(b.index)].append(group)
                }
            }
        }
    }

    private func restrict(_ members: StateSet, to codes: [Int]?) -> StateSet {
        guard let codes else { return members }
        return members.intersection(StateSet(codes.compactMap(world.states.id(ccode:))))
    }

    /// `nil` when a formal or unilateral suspension removes the duty (a party's suspension covers its duties
    /// and the duties owed to it; a dyad's, one direction); `.uncertain` for a political one (or a suspension
    /// whose dates the data cannot settle); `.yes` otherwise.
    private func suspensionTruth(_ treaty: Treaty, obligor: StateID, beneficiary: StateID) -> Truth? {
        var result = Truth.yes
        let o = world.states[obligor].ccode
        let b = world.states[beneficiary].ccode
        for suspension in treaty.suspensions where suspension.covers(obligor: o, beneficiary: b) {
            switch (suspension.applies(on: day), suspension.basis) {
            case (.no, _): continue
            case (.yes, .formal), (.yes, .unilateral): return nil
            default: result = .uncertain
            }
        }
        return result
    }

    private mutating func addAdversary(_ adversary: Conditions.Adversary, parties: StateSet) -> UInt16 {
        let set = DutyRules.adversaries(adversary, alive: alive, parties: parties, table: world.states)
        if let i = adversarySets.firstIndex(of: set) { return UInt16(i) }
        adversarySets.append(set)
        return UInt16(adversarySets.count - 1)
    }

    private mutating func addLocation(_ location: Conditions.Location, parties: StateSet) -> UInt16 {
        let table = world.states
        var yes = StateSet()
        var unsettled = StateSet()
        var places: [Truth]
        func administered(by set: StateSet) -> [Truth] {
            world.places.map { place in
                guard place.kind == .territory, let admin = place.administrator(on: day),
                    let id = table.id(ccode: admin)
                else { return .no }
                return set.contains(id) ? .yes : .no
            }
        }
        switch location {
        case .any:
            yes = StateSet.all(count: table.count)
            places = world.places.map { _ in .yes }
        case .partyTerritory:
            yes = parties
            places = administered(by: parties)
        case .administeredBy(let codes):
            yes = StateSet(codes.compactMap(table.id(ccode:)))
            places = administered(by: yes)
        case .places(let ids):
            for id in ids {
                guard let p = world.placeIndex(id: id), let rule = world.places[p].includes else { continue }
                let notSettled = StateSet(world.places[p].uncertainFor.compactMap(table.id(ccode:)))
                var included = StateSet()
                for (i, state) in table.states.enumerated() where rule.includes(state) { included.insert(StateID(i)) }
                yes = yes.union(included.subtracting(notSettled))
                unsettled = unsettled.union(notSettled)
            }
            unsettled = unsettled.subtracting(yes)
            places = world.places.map { place in
                if ids.contains(place.id) || place.regions.contains(where: ids.contains) { return .yes }
                if place.uncertainRegions.contains(where: ids.contains) { return .uncertain }
                return .no
            }
        }
        locations.homeYes.append(yes)
        locations.homeUncertain.append(unsettled)
        locations.places += places
        // Read as the claimants' territory, a disputed place is a party's territory when a claimant is a party;
        // the other conditions do not depend on whose territory it is.
        switch location {
        case .any:
            locations.titleDependent.append(true)
            locations.claimantPlaces += places
        case .partyTerritory:
            locations.titleDependent.append(true)
            locations.claimantPlaces += zip(places, disputes).map { answer, dispute in
                guard let dispute else { return answer }
                return dispute.claimants.intersection(parties).isEmpty ? .no : .yes
            }
        case .administeredBy, .places:
            locations.titleDependent.append(false)
            locations.claimantPlaces += places
        }
        return UInt16(locations.homeYes.count - 1)
    }
}
