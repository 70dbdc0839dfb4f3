public import FoedusCore

/// `foedus states --json` and `GET /v1/states`: the states in the system on a day.
public struct StatesReportJSON: Encodable, Hashable, Sendable {
    public struct Row: Encodable, Hashable, Sendable {
        public var ccode: Int
        public var abbreviation: String
        public var iso3: String?
        /// The name the state bore on the day (COW 365 is the Soviet Union in 1961, Russia in 2025).
        public var name: String
        /// The names the same COW state bears on other days, oldest first.
        public var otherNames: [String]
        public var region: String?
    }
    public var date: String
    public var carriedForward: Bool
    public var note: String?
    public var states: [Row]

    public init(world: World, day: Day) {
        let carried = world.states.isCarriedForward(day)
        date = day.description
        carriedForward = carried
        note = carried ? carriedNote(world) : nil
        states = world.states.alive(on: day).map { id in
            let s = world.states[id]
            return Row(
                ccode: s.ccode, abbreviation: s.abbreviation, iso3: s.iso3, name: s.name(on: day),
                otherNames: s.otherNames(on: day), region: s.region)
        }
    }
}

/// The note on days after the COW state list ends.
public func carriedNote(_ world: World) -> String {
    "the COW state list ends on \(world.states.coverageEnd); states alive then are assumed to continue"
}

/// `foedus treaties --json` and `GET /v1/treaties`: the treaties in force on a day, optionally those to which
/// one state is a party.
public struct TreatiesReportJSON: Encodable, Hashable, Sendable {
    public struct Row: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var signed: String
        public var inForce: String
        public var terminated: String?
        public var dateBasis: String
        public var kinds: [String]
        public var parties: [StateJSON]
    }
    public var date: String
    public var treaties: [Row]

    public init(world: World, index: DayIndex, party: StateID?) {
        date = index.day.description
        treaties = Self.listed(world: world, index: index, party: party).map { t, parties in
            Row(
                id: t.id, name: t.displayName, signed: t.signed.description, inForce: t.inForce.description,
                terminated: t.terminated?.description, dateBasis: t.dateBasis, kinds: Self.kinds(t),
                parties: parties.map { StateJSON($0, world, on: index.day) })
        }
    }

    /// The treaties in force on the index's day with their parties, in the world's order.
    public static func listed(world: World, index: DayIndex, party: StateID?) -> [(Treaty, [StateID])] {
        var listed: [(Treaty, [StateID])] = []
        for (t, treaty) in world.treaties.enumerated() where treaty.inForce(on: index.day) != .no {
            let parties = Array(index.treatyParties[t])
            if let party, !parties.contains(party) { continue }
            listed.append((treaty, parties))
        }
        return listed
    }

    /// The kinds of a treaty's provisions, in order of first appearance.
    public static func kinds(_ t: Treaty) -> [String] {
        var seen: [String] = []
        for p in t.provisions where !seen.contains(p.kind.rawValue) { seen.append(p.kind.rawValue) }
        return seen
    }
}
