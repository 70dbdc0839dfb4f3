public import FoedusCore

/// How a state is tied to the map's focus on one day: the colouring of the web page's map.
///
/// A state's tie to a focus state is the strongest kind of provision (defence, offence, neutrality,
/// non-aggression, consultation, then any other commitment) in the treaties in force on the day to which both
/// are parties then; to a focus organisation, membership on the day. Pure: the same world, day and focus
/// give the same ties.
public struct MapTies: Sendable {
    /// A tie, strongest first (the order of the legend).
    public enum Tie: String, Sendable, CaseIterable, Comparable {
        case focus, member, defense, offense, neutrality, nonAggression, consultation, other, none

        /// The legend's words.
        public var label: String {
            switch self {
            case .focus: "Selected state"
            case .member: "Member of the selected organisation"
            case .defense: "Defence"
            case .offense: "Offence"
            case .neutrality: "Neutrality"
            case .nonAggression: "Non-aggression"
            case .consultation: "Consultation"
            case .other: "Other commitment (non-participation, territorial non-use, no aid to an aggressor)"
            case .none: "No treaty in force with the selection"
            }
        }

        public static func < (a: Tie, b: Tie) -> Bool { a.rank < b.rank }

        private var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

        init(_ kind: Provision.Kind) {
            switch kind {
            case .defense: self = .defense
            case .offense: self = .offense
            case .neutrality: self = .neutrality
            case .nonAggression: self = .nonAggression
            case .consultation: self = .consultation
            case .nonParticipation, .territorialNonUse, .noAidToAggressor: self = .other
            }
        }
    }

    /// What the map is coloured by.
    public enum Focus: Hashable, Sendable {
        case state(StateID)
        case organisation(Organisation)
    }

    /// One state in the system on the day.
    public struct Row: Sendable, Equatable {
        public var state: StateID
        public var tie: Tie
        /// The treaties that make the tie (ids, in the world's order); empty for a membership or no tie.
        public var treaties: [String]
    }

    /// Every state in the system on the day, by COW number.
    public let rows: [Row]

    public init(index: DayIndex, focus: Focus?) {
        let world = index.world
        var ties: [StateID: (tie: Tie, treaties: [String])] = [:]
        switch focus {
        case .state(let selected):
            ties[selected] = (.focus, [])
            for (t, treaty) in world.treaties.enumerated() where index.treatyParties[t].contains(selected) {
                let applying = treaty.provisions.filter { $0.applies(on: index.day) != .no }
                guard let strongest = applying.map({ Tie($0.kind) }).min() else { continue }
                for party in index.treatyParties[t] where party != selected {
                    var current = ties[party] ?? (.none, [])
                    current.tie = min(current.tie, strongest)
                    current.treaties.append(treaty.id)
                    ties[party] = current
                }
            }
        case .organisation(let organisation):
            for ccode in organisation.members(on: index.day) {
                if let id = world.states.id(ccode: ccode), index.alive.contains(id) { ties[id] = (.member, []) }
            }
        case nil:
            break
        }
        rows = index.alive.map { id in
            let tie = ties[id] ?? (.none, [])
            return Row(state: id, tie: tie.tie, treaties: tie.treaties)
        }
        .sorted { world.states[$0.state].ccode < world.states[$1.state].ccode }
    }
}
