/// Everything the engine reasons with: the state system, treaties, organisations, the gazetteer and
/// deployments. Immutable; build it once and compile a ``DayIndex`` for each day asked about.
public struct World: Sendable {
    public let states: StateTable
    public let resolver: StateResolver
    public let treaties: [Treaty]
    public let organisations: [Organisation]
    public let places: [Place]
    public let deployments: [Deployment]
    /// Identifies the data (a version and a hash), for provenance.
    public let dataVersion: String
    private let treatyIndex: [String: Int]
    private let placeIndex: [String: Int]

    public init(
        states: StateTable, treaties: [Treaty], organisations: [Organisation] = [], places: [Place] = [],
        deployments: [Deployment] = [], dataVersion: String
    ) {
        self.states = states
        self.resolver = StateResolver(table: states)
        self.treaties = treaties.sorted { $0.id < $1.id }
        self.organisations = organisations.sorted { $0.id < $1.id }
        self.places = places.sorted { $0.id < $1.id }
        self.deployments = deployments
        self.dataVersion = dataVersion
        var ti: [String: Int] = [:]
        for (i, t) in self.treaties.enumerated() { ti[t.id] = i }
        treatyIndex = ti
        var pi: [String: Int] = [:]
        for (i, p) in self.places.enumerated() { pi[p.id] = i }
        placeIndex = pi
    }

    /// The treaty with this id (case-insensitive).
    public func treaty(id: String) -> Treaty? {
        treatyIndex[id.uppercased()].map { treaties[$0] } ?? treatyIndex[id].map { treaties[$0] }
    }

    /// The index of the place with this id (case-insensitive).
    public func placeIndex(id: String) -> Int? { placeIndex[id.uppercased()] ?? placeIndex[id] }

    /// The state with this COW number, as a dense id.
    public func id(ccode: Int) -> StateID? { states.id(ccode: ccode) }

    /// Compiles the treaties in force on `day` into an index for fast scenario evaluation.
    public func index(on day: Day) -> DayIndex { DayIndex(world: self, day: day) }
}
