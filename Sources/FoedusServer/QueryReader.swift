import FoedusAPI
import FoedusCore
import FoedusStore

/// Reads query parameters, as the generated operations receive them, into engine values; every error names the
/// parameter. (The generated code has already decoded the types and the enumerations the contract declares.)
enum QueryReader {
    /// `on` as the generated operations receive it.
    static func day(_ text: String?, today: Day) throws -> Day {
        guard let text else { return today }
        guard let day = Day(iso: text) else {
            throw APIError.badRequest("on: '\(text)' is not a valid date (YYYY-MM-DD)", code: "invalidDate")
        }
        guard day >= Day.systemStart else {
            throw APIError.badRequest(
                "on: \(text) is before 1816-01-01, where the state system starts", code: "invalidDate")
        }
        return day
    }

    /// `with` and `workspace` as the generated operations receive them.
    static func userTreaties(
        with named: [String], workspace: String?, owner: String?, limits: ServerConfiguration.Limits,
        store: any TreatyStore
    ) async throws -> [String] {
        var ids = named
        if let workspace {
            guard workspace == "mine" else { throw APIError.badRequest("workspace: the only value is 'mine'") }
            guard let owner else { throw APIError.unauthorized }
            let own = try await store.documents(.treaty, owner: owner, after: nil, limit: limits.userTreaties + 1)
            ids += own.map(\.id).filter { !ids.contains($0) }
        }
        guard ids.count <= limits.userTreaties else {
            throw APIError.badRequest("with: at most \(limits.userTreaties) user treaties per request")
        }
        return ids
    }

    /// The scenario the parameters describe (`attack` repeated, `policy`, `honour`, `includeUncertain`,
    /// `includeContested`, `sovereignty`), and the states to explain.

    /// The scenario from parameters as the generated operations receive them.
    static func scenario(
        attacks texts: [String], explain: [String], policy: EscalationPolicy, honour: HonourThreshold,
        includeUncertain: Bool, includeContested: Bool, sovereignty: SovereigntyReading = .disputed, world: World,
        day: Day, limits: ServerConfiguration.Limits
    ) throws -> (Scenario, [StateID]) {
        guard !texts.isEmpty else { throw APIError.badRequest("attack: give at least one AGGRESSOR:VICTIM") }
        guard texts.count <= limits.attacks else {
            throw APIError.badRequest("attack: at most \(limits.attacks) attacks per scenario")
        }
        let attacks = try texts.map { try AttackParser.parse($0, world: world, day: day) }
        let explain = try explain.prefix(32).map { try world.resolver.resolve($0, on: nil) }
        let scenario = Scenario(
            day: day, attacks: attacks, policy: policy, honour: honour, includeUncertain: includeUncertain,
            includeContested: includeContested, sovereignty: sovereignty)
        return (scenario, Array(explain))
    }
}
