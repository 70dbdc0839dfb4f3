public import FoedusAnalysis
public import FoedusCore
import FoedusData

/// `GET /v1/map`: the web page's colouring for one day, every state in the system with its tie to the focus.
public struct MapJSON: Encodable, Hashable, Sendable {
    public struct Focus: Encodable, Hashable, Sendable {
        public var kind: String
        public var id: String
        public var name: String
    }
    public struct Row: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var tie: String
        public var treaties: [String]
    }
    public struct Legend: Encodable, Hashable, Sendable {
        public var tie: String
        public var label: String
    }
    public struct Provenance: Encodable, Hashable, Sendable {
        public var foedus = FoedusVersion.code
        public var data = BundledData.version
        public var today: String
        public var rule: String
        public var carriedForward: Bool
    }
    public struct OrganisationRow: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var members: Int
    }
    public var date: String
    public var focus: Focus?
    /// The organisations with members on the day (possible foci), by id.
    public var organisations: [OrganisationRow]
    public var states: [Row]
    public var ties: [Legend]
    public var provenance: Provenance

    public init(index: DayIndex, focus: MapTies.Focus?, today: Day) {
        let world = index.world
        date = index.day.description
        organisations = world.organisations.compactMap { o in
            let members = o.members(on: index.day).filter { code in
                world.states.id(ccode: code).map(index.alive.contains) ?? false
            }
            let dissolved = o.dissolved.map { $0.last < index.day } ?? false
            return members.isEmpty || dissolved ? nil : OrganisationRow(id: o.id, name: o.name, members: members.count)
        }
        .sorted { $0.id < $1.id }
        self.focus =
            switch focus {
            case .state(let id): Focus(kind: "state", id: String(world.states[id].ccode), name: world.states[id].name)
            case .organisation(let o): Focus(kind: "organisation", id: o.id, name: o.name)
            case nil: nil
            }
        states = MapTies(index: index, focus: focus).rows.map { row in
            Row(state: StateJSON(row.state, world), tie: row.tie.rawValue, treaties: row.treaties)
        }
        ties = MapTies.Tie.allCases.map { Legend(tie: $0.rawValue, label: $0.label) }
        provenance = Provenance(
            today: today.description,
            rule:
                "a state's tie to a selected state is the strongest kind of provision in force on the day in a treaty "
                + "to which both are parties then; to an organisation, membership on the day",
            carriedForward: world.states.isCarriedForward(index.day))
    }

    /// The focus a request names: an organisation's id, or a state in the system on the day.
    public static func focus(_ text: String?, world: World, day: Day) throws -> MapTies.Focus? {
        guard let text, !text.isEmpty else { return nil }
        if let organisation = world.organisations.first(where: { $0.id.lowercased() == text.lowercased() }) {
            return .organisation(organisation)
        }
        return .state(try world.resolver.resolve(text, on: day))
    }
}

/// `GET /v1/timeline`: treaties in force per year (1816 to the last year) and the treaties to mark.
public struct TimelineJSON: Encodable, Hashable, Sendable {
    public struct Year: Encodable, Hashable, Sendable {
        public var year: Int
        public var inForce: Int
    }
    public struct Mark: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var from: String
        public var to: String?
        public var kinds: [String]
    }
    public var first: Int
    public var last: Int
    public var focus: StateJSON?
    public var rule: String
    public var years: [Year]
    public var treaties: [Mark]

    public init(world: World, focus: StateID?, through lastYear: Int) {
        let timeline = Timeline(world: world, focus: focus, through: lastYear)
        first = timeline.years.first?.year ?? lastYear
        last = lastYear
        self.focus = focus.map { StateJSON($0, world) }
        rule =
            "a year counts the treaties in force on 1 July (with a state: while it is a party); marked: "
            + (focus == nil ? "the curated treaties" : "every treaty the state was a party to")
        years = timeline.years.map { Year(year: $0.year, inForce: $0.inForce) }
        treaties = timeline.marks.map { mark in
            Mark(
                id: mark.treaty.id, name: mark.treaty.displayName, from: mark.treaty.inForce.description,
                to: mark.treaty.terminated?.description, kinds: mark.kinds.map(\.rawValue))
        }
    }
}
