import FoedusAPI
import FoedusCore
import FoedusStore
import Hummingbird

/// Reads query parameters into engine values; every error names the parameter.
struct QueryReader {
    let request: Request
    let limits: ServerConfiguration.Limits
    /// The caller's token name, for `workspace=mine`.
    var owner: String? = nil

    var queries: [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    func all(_ name: String) -> [String] { queries.filter { $0.0 == name }.map(\.1) }
    func one(_ name: String) -> String? { all(name).last }

    /// `on=YYYY-MM-DD` (default `today`), from 1816-01-01.
    func day(today: Day) throws -> Day { try Self.day(one("on"), today: today) }

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

    func enumeration<T: RawRepresentable & CaseIterable>(_ name: String, default value: T) throws -> T
    where T.RawValue == String {
        guard let text = one(name) else { return value }
        guard let parsed = T(rawValue: text) else {
            throw APIError.badRequest(
                "\(name): '\(text)' is not one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return parsed
    }

    func flag(_ name: String) throws -> Bool {
        guard let text = one(name) else { return false }
        switch text {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw APIError.badRequest("\(name): expected true or false, found '\(text)'")
        }
    }

    /// A whole number in `range`, or `value` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let text = one(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest(
                "\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The user treaties the request applies: those named by `with`, and with `workspace=mine` every user
    /// treaty of the caller's token; within the limit.
    func userTreaties(store: any TreatyStore) async throws -> [String] {
        try await Self.userTreaties(
            with: all("with"), workspace: one("workspace"), owner: owner, limits: limits, store: store)
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
    /// `includeContested`), and the states to explain.
    func scenario(world: World, day: Day, defaultPolicy: EscalationPolicy) throws -> (Scenario, [StateID]) {
        try Self.scenario(
            attacks: all("attack"), explain: all("explain"), policy: try enumeration("policy", default: defaultPolicy),
            honour: try enumeration("honour", default: HonourThreshold.discretionary),
            includeUncertain: try flag("includeUncertain"), includeContested: try flag("includeContested"),
            world: world, day: day, limits: limits)
    }

    /// The scenario from parameters as the generated operations receive them.
    static func scenario(
        attacks texts: [String], explain: [String], policy: EscalationPolicy, honour: HonourThreshold,
        includeUncertain: Bool, includeContested: Bool, world: World, day: Day, limits: ServerConfiguration.Limits
    ) throws -> (Scenario, [StateID]) {
        guard !texts.isEmpty else { throw APIError.badRequest("attack: give at least one AGGRESSOR:VICTIM") }
        guard texts.count <= limits.attacks else {
            throw APIError.badRequest("attack: at most \(limits.attacks) attacks per scenario")
        }
        let attacks = try texts.map { try AttackParser.parse($0, world: world, day: day) }
        let explain = try explain.prefix(32).map { try world.resolver.resolve($0, on: nil) }
        let scenario = Scenario(
            day: day, attacks: attacks, policy: policy, honour: honour, includeUncertain: includeUncertain,
            includeContested: includeContested)
        return (scenario, Array(explain))
    }

    /// `limit` (1…the page limit, default the page limit) and `after` for lists.
    func page() throws -> (after: String?, limit: Int) {
        var limit = limits.page
        if let text = one("limit") {
            guard let value = Int(text), (1...limits.page).contains(value) else {
                throw APIError.badRequest("limit: expected a whole number from 1 to \(limits.page)")
            }
            limit = value
        }
        let after = one("after")
        if let after {
            do { try StoreDocument.validateIdentifier(after, field: "after") } catch let error as StoreError {
                throw APIError.badRequest(error.description)
            }
        }
        return (after, limit)
    }
}
