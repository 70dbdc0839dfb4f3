public import FoedusCore

/// A change to the security arrangements of a day, as `foedus audit` applies it.
public enum AuditChange: Sendable {
    /// A treaty added (a what-if file).
    case addTreaty(Treaty)
    /// A treaty removed, by id.
    case removeTreaty(String)
    /// A state joins a treaty on the day.
    case accede(state: Int, treaty: String)
    /// A state leaves a treaty: its last day bound is the day before.
    case withdraw(state: Int, treaty: String)
    /// Forces of `sender` stationed in `host` from the day.
    case deploy(sender: Int, host: Int)

    /// The world with the change made on `day`.
    ///
    /// - Throws: ``FoedusError`` for an unknown treaty, a state that already is (or is not) a party.
    public func apply(to world: World, on day: Day) throws -> World {
        var treaties = world.treaties
        var deployments = world.deployments
        func find(_ id: String) throws -> Int {
            guard let i = treaties.firstIndex(where: { $0.id == id.uppercased() }) else {
                throw FoedusError(.unknownTreaty, "unknown treaty '\(id)'")
            }
            return i
        }
        let name: (Int) -> String = { code in world.id(ccode: code).map { world.states.label($0) } ?? "\(code)" }
        switch self {
        case .addTreaty(let treaty):
            if treaties.contains(where: { $0.id == treaty.id }) {
                throw FoedusError(.duplicateID, "a treaty '\(treaty.id)' exists already; give the added one another id")
            }
            treaties.append(treaty)
        case .removeTreaty(let id):
            treaties.remove(at: try find(id))
        case .accede(let state, let id):
            let i = try find(id)
            if treaties[i].parties.contains(where: {
                $0.ccode == state && $0.member(on: day, treaty: treaties[i]) != .no
            }) {
                throw FoedusError(.invalidValue, "\(name(state)) is already a party to \(id) on \(day)")
            }
            treaties[i].parties.append(Party(ccode: state, joined: PartialDate(day), note: "accession (audit)"))
        case .withdraw(let state, let id):
            let i = try find(id)
            guard
                let p = treaties[i].parties.firstIndex(where: {
                    $0.ccode == state && $0.member(on: day, treaty: treaties[i]) != .no
                })
            else { throw FoedusError(.invalidValue, "\(name(state)) is not a party to \(id) on \(day)") }
            treaties[i].parties[p].left = PartialDate(day.adding(days: -1))
        case .deploy(let sender, let host):
            deployments.append(
                Deployment(
                    id: "AUDIT-\(sender)-in-\(host)", sender: sender, host: host, from: PartialDate(day), note: "audit")
            )
        }
        return World(
            states: world.states, treaties: treaties, organisations: world.organisations, places: world.places,
            deployments: deployments, dataVersion: world.dataVersion + "+audit")
    }

    /// The change in words.
    public func describe(in world: World) -> String {
        let name: (Int) -> String = { code in world.id(ccode: code).map { world.states[$0].name } ?? "\(code)" }
        switch self {
        case .addTreaty(let t): return "add \(t.displayName) [\(t.id)]"
        case .removeTreaty(let id): return "remove \(id)"
        case .accede(let s, let id): return "\(name(s)) accedes to \(id)"
        case .withdraw(let s, let id): return "\(name(s)) withdraws from \(id)"
        case .deploy(let sender, let host): return "forces of \(name(sender)) stationed in \(name(host))"
        }
    }
}
