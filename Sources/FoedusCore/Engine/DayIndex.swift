/// The treaties in force on one day, compiled for fast scenario evaluation.
///
/// Duties are grouped by provision and beneficiary and filed by beneficiary in flat arrays (compressed
/// sparse rows): one table for defence, one for offence, one for the duties that are only reported.
/// Conditions are compiled to 256-bit state sets, so a check is a bit test. Build the index once per day
/// (every day between two treaty changes gives the same index) and evaluate any number of scenarios.
public struct DayIndex: Sendable {
    public let world: World
    public let day: Day
    /// The states in the system on the day.
    public let alive: StateSet
    /// The provisions in force, as referenced by duties.
    public let provisions: [ProvisionRef]
    let defense: GroupTable
    let offense: GroupTable
    /// Neutrality, non-aggression, consultation, non-participation, territorial non-use, no aid to aggressors.
    let reported: GroupTable
    let adversarySets: [StateSet]
    let locations: LocationTable
    /// Per state (host): the senders whose forces are present, with the deployment index.
    let forces: [[Forces]]
    /// Per place: the senders whose forces are stationed at it (``Deployment/place``), with the deployment index.
    let placeForces: [[Forces]]
    /// Per place: its dispute on the day, or `nil` when it is not disputed.
    let disputes: [PlaceDispute?]
    /// Parties on the day of each treaty in force, by treaty index (empty when not in force).
    public let treatyParties: [StateSet]

    struct Forces: Sendable {
        var sender: StateID
        var deployment: Int
    }

    init(world: World, day: Day) {
        self.world = world
        self.day = day
        let table = world.states
        let alive = table.alive(on: day)
        self.alive = alive
        var builder = DayIndexBuilder(world: world, day: day, alive: alive)
        for (t, treaty) in world.treaties.enumerated() { builder.add(treaty: treaty, index: t) }
        provisions = builder.provisions
        adversarySets = builder.adversarySets
        locations = builder.locations
        disputes = builder.disputes
        treatyParties = builder.treatyParties
        let defense = GroupTable(rows: builder.defense)
        let offense = GroupTable(rows: builder.offense)
        self.defense = defense
        self.offense = offense
        reported = GroupTable(rows: builder.reported)
        var forces = [[Forces]](repeating: [], count: table.count)
        var placeForces = [[Forces]](repeating: [], count: world.places.count)
        for (i, deployment) in world.deployments.enumerated() where deployment.present(on: day) != .no {
            guard let host = table.id(ccode: deployment.host), let sender = table.id(ccode: deployment.sender),
                alive.contains(host), alive.contains(sender), host != sender
            else { continue }
            if let place = deployment.place {
                guard let p = world.placeIndex(id: place) else { continue }
                placeForces[p].append(Forces(sender: sender, deployment: i))
            } else {
                forces[Int(host.index)].append(Forces(sender: sender, deployment: i))
            }
        }
        self.forces = forces
        self.placeForces = placeForces
    }

    /// The number of compiled duties, one per (obligor, beneficiary, provision).
    public var dutyCount: Int {
        [defense, offense, reported].reduce(0) { $0 + $1.groups.reduce(0) { $0 + $1.obligors.count } }
    }

    /// The theatre of an attack: its own, or the victim's home territory.
    public func theatre(of attack: Attack) -> Theatre { attack.theatre ?? .territory(attack.victim) }

    /// Whether `obligor` owes `beneficiary` a duty of one of these kinds; returns the provisions.
    func pledges(from obligor: StateID, to beneficiary: StateID, kinds: Set<Provision.Kind>) -> [(
        DutyGroup, ProvisionRef
    )] {
        reported.range(beneficiary).compactMap { i in
            let g = reported.groups[i]
            return kinds.contains(g.kind) && g.obligors.contains(obligor) ? (g, provisions[Int(g.provision)]) : nil
        }
    }
}
