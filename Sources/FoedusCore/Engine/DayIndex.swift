/// The treaties in force on one day, compiled for fast scenario evaluation.
///
/// Duties are filed by beneficiary in one flat array (compressed sparse rows), conditions are compiled
/// to bitsets, and nothing on the evaluation path allocates or touches a string. Build it once per day
/// (every day between two treaty changes gives the same index) and evaluate any number of scenarios.
public struct DayIndex: Sendable {
    public let world: World
    public let day: Day
    /// The states in the system on the day.
    public let alive: StateSet
    /// The provisions in force, as referenced by duties.
    public let provisions: [ProvisionRef]
    let offsets: [Int32]
    let edges: [DutyEdge]
    let adversarySets: [StateSet]
    let locations: [CompiledLocation]
    /// Per state (host): the senders whose forces are present, with the deployment index.
    let forces: [[(sender: StateID, deployment: Int)]]
    /// Parties on the day of each treaty in force, by treaty index (empty when not in force).
    public let treatyParties: [StateSet]

    init(world: World, day: Day) {
        self.world = world
        self.day = day
        let table = world.states
        let alive = table.alive(on: day)
        self.alive = alive
        var builder = Builder(world: world, day: day, alive: alive)
        for (t, treaty) in world.treaties.enumerated() { builder.add(treaty: treaty, index: t) }
        provisions = builder.provisions
        adversarySets = builder.adversarySets
        locations = builder.locations
        treatyParties = builder.treatyParties
        // Compressed rows, each row sorted for a stable output order.
        var rows = builder.rows
        var offsets = [Int32](repeating: 0, count: table.count + 1)
        var edges: [DutyEdge] = []
        edges.reserveCapacity(rows.reduce(0) { $0 + $1.count })
        for s in 0..<table.count {
            offsets[s] = Int32(edges.count)
            rows[s].sort { a, b in
                (a.kind.order, a.provision, a.obligor) < (b.kind.order, b.provision, b.obligor)
            }
            edges += rows[s]
        }
        offsets[table.count] = Int32(edges.count)
        self.offsets = offsets
        self.edges = edges
        var forces = [[(sender: StateID, deployment: Int)]](repeating: [], count: table.count)
        for (i, deployment) in world.deployments.enumerated() where deployment.present(on: day) != .no {
            guard let host = table.id(ccode: deployment.host), let sender = table.id(ccode: deployment.sender),
                alive.contains(host), alive.contains(sender), host != sender
            else { continue }
            forces[Int(host.index)].append((sender, i))
        }
        self.forces = forces
    }

    /// The duties owed to `beneficiary`.
    func duties(to beneficiary: StateID) -> ArraySlice<DutyEdge> {
        let i = Int(beneficiary.index)
        return edges[Int(offsets[i])..<Int(offsets[i + 1])]
    }

    /// The number of compiled duties (for benchmarks).
    public var dutyCount: Int { edges.count }

    /// The treaty and provision a duty came from.
    public func reference(_ provision: UInt32) -> (Treaty, Provision) {
        let ref = provisions[Int(provision)]
        let treaty = world.treaties[ref.treaty]
        return (treaty, treaty.provisions[ref.provision])
    }

    /// The theatre of an attack: its own, or the victim's home territory.
    public func theatre(of attack: Attack) -> Theatre { attack.theatre ?? .territory(attack.victim) }
}

extension Provision.Kind {
    /// Entry-deciding kinds first, then the rest in declaration order.
    var order: Int { Provision.Kind.allCases.firstIndex(of: self) ?? 0 }
}

/// Collects duties, conditions and treaty parties for one day.
private struct Builder {
    let world: World
    let day: Day
    let alive: StateSet
    var rows: [[DutyEdge]]
    var provisions: [ProvisionRef] = []
    var adversarySets: [StateSet] = []
    var locations: [CompiledLocation] = []
    var treatyParties: [StateSet]

    init(world: World, day: Day, alive: StateSet) {
        self.world = world
        self.day = day
        self.alive = alive
        rows = Array(repeating: [], count: world.states.count)
        treatyParties = Array(repeating: StateSet(), count: world.treaties.count)
    }

    mutating func add(treaty: Treaty, index t: Int) {
        let treatyTruth = treaty.inForce(on: day)
        guard treatyTruth != .no else { return }
        // Active parties with their own certainty.
        var members: [(StateID, Truth)] = []
        for party in treaty.parties {
            guard let id = world.states.id(ccode: party.ccode), alive.contains(id) else { continue }
            let truth = party.member(on: day, treaty: treaty)
            if truth != .no { members.append((id, truth)) }
        }
        var partySet = StateSet()
        for (id, _) in members { partySet.insert(id) }
        treatyParties[t] = partySet
        for (p, provision) in treaty.provisions.enumerated() {
            let provisionTruth = provision.applies(on: day)
            guard provisionTruth != .no else { continue }
            let ref = UInt32(provisions.count)
            provisions.append(ProvisionRef(treaty: t, provision: p))
            let adversary = addAdversary(provision.conditions.adversary, parties: partySet)
            let location = addLocation(provision.conditions.location, parties: partySet)
            var baseFlags: UInt8 = 0
            if provision.conditions.uncertain != nil || treatyTruth == .uncertain || provisionTruth == .uncertain {
                baseFlags |= DutyEdge.uncertainFlag
            }
            if provision.conditions.nonProvocation { baseFlags |= DutyEdge.nonProvocationFlag }
            if provision.conditions.attackedOnly { baseFlags |= DutyEdge.attackedOnlyFlag }
            if provision.conditions.request { baseFlags |= DutyEdge.requestFlag }
            if provision.general { baseFlags |= DutyEdge.generalFlag }
            let obligors = members.filter { provision.obligors?.contains(world.states[$0.0].ccode) ?? true }
            let beneficiaries = members.filter { provision.beneficiaries?.contains(world.states[$0.0].ccode) ?? true }
            for (o, oTruth) in obligors {
                for (b, bTruth) in beneficiaries where b != o {
                    guard let suspension = suspensionTruth(treaty, obligor: o, beneficiary: b) else { continue }
                    var flags = baseFlags
                    if oTruth == .uncertain || bTruth == .uncertain || suspension == .uncertain {
                        flags |= DutyEdge.uncertainFlag
                    }
                    let edge = DutyEdge(
                        obligor: o, kind: provision.kind, strength: provision.strength, flags: flags,
                        adversary: adversary, location: location, provision: ref)
                    rows[Int(b.index)].append(edge)
                }
            }
        }
    }

    /// `nil` when a formal or unilateral suspension removes the duty (a party's suspension covers its duties
    /// and the duties owed to it; a dyad's, one direction); `.uncertain` for a political one
    /// (or a suspension whose dates the data cannot settle); `.yes` otherwise.
    func suspensionTruth(_ treaty: Treaty, obligor: StateID, beneficiary: StateID) -> Truth? {
        var result = Truth.yes
        let o = world.states[obligor].ccode
        let b = world.states[beneficiary].ccode
        for suspension in treaty.suspensions where suspension.covers(obligor: o, beneficiary: b) {
            let applies = suspension.applies(on: day)
            switch (applies, suspension.basis) {
            case (.no, _): continue
            case (.yes, .formal), (.yes, .unilateral): return nil
            default: result = .uncertain
            }
        }
        return result
    }

    mutating func addAdversary(_ adversary: Conditions.Adversary, parties: StateSet) -> UInt16 {
        var set = StateSet()
        switch adversary {
        case .any: set = alive
        case .nonMembers: set = alive.subtracting(parties)
        case .states(let codes): set = StateSet(codes.compactMap(world.states.id(ccode:)))
        }
        if let i = adversarySets.firstIndex(of: set) { return UInt16(i) }
        adversarySets.append(set)
        return UInt16(adversarySets.count - 1)
    }

    mutating func addLocation(_ location: Conditions.Location, parties: StateSet) -> UInt16 {
        let table = world.states
        let everyone = StateSet.all(count: table.count)
        var compiled = CompiledLocation(homeYes: StateSet(), homeUncertain: StateSet(), places: [])
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
            compiled.homeYes = everyone
            compiled.places = world.places.map { _ in .yes }
        case .partyTerritory:
            compiled.homeYes = parties
            compiled.places = administered(by: parties)
        case .administeredBy(let codes):
            let set = StateSet(codes.compactMap(table.id(ccode:)))
            compiled.homeYes = set
            compiled.places = administered(by: set)
        case .places(let ids):
            for id in ids {
                guard let p = world.placeIndex(id: id), let rule = world.places[p].includes else { continue }
                let unsettled = StateSet(world.places[p].uncertainFor.compactMap(table.id(ccode:)))
                var included = StateSet()
                for (i, state) in table.states.enumerated() where rule.includes(state) {
                    included.insert(StateID(i))
                }
                compiled.homeYes = compiled.homeYes.union(included.subtracting(unsettled))
                compiled.homeUncertain = compiled.homeUncertain.union(unsettled)
            }
            compiled.homeUncertain = compiled.homeUncertain.subtracting(compiled.homeYes)
            compiled.places = world.places.map { place in
                if ids.contains(place.id) || place.regions.contains(where: ids.contains) { return .yes }
                if place.uncertainRegions.contains(where: ids.contains) { return .uncertain }
                return .no
            }
        }
        locations.append(compiled)
        return UInt16(locations.count - 1)
    }
}
