public import FoedusCore

/// A scenario as it is asked for, before any name is resolved: the one place where the CLI's options, the HTTP
/// parameters and a saved scenario become a ``Scenario`` (day, attacks, rules) and the states to explain. Every
/// check lives here once, with one message, naming the field as the caller spells it (``Door``).
public struct ScenarioRequest: Hashable, Sendable {
    /// Where the request came in, which decides how a field is named in a message (`--on` or `on`).
    public enum Door: Hashable, Sendable {
        /// Options: `--on`, `--attack`.
        case commandLine
        /// Query parameters: `on`, `attack`.
        case http
        /// A saved scenario's JSON body: `on`, `attacks`.
        case body

        /// `field` (a query parameter's name) as this door spells it.
        public func name(_ field: String) -> String {
            switch self {
            case .commandLine: "--" + field.replacing(/[A-Z]/) { "-" + $0.output.lowercased() }
            case .http: field
            case .body: field == "attack" ? "attacks" : field
            }
        }
    }

    /// The most a request may ask for (the server's limits; none on the command line).
    public struct Limits: Hashable, Sendable {
        public var attacks: Int
        public var explain: Int
        public init(attacks: Int, explain: Int = 32) {
            self.attacks = attacks
            self.explain = explain
        }
    }

    public var door: Door
    /// `YYYY-MM-DD`; `nil` is today.
    public var on: String?
    /// `AGGRESSOR:VICTIM[@THEATRE][!]` each (``AttackParser``).
    public var attacks: [String]
    /// `nil` is the caller's default (strict for obligations, treaty for a scenario and a simulation).
    public var policy: EscalationPolicy?
    public var honour: HonourThreshold
    public var includeUncertain: Bool
    public var includeContested: Bool
    public var sovereignty: SovereigntyReading
    /// States whose reasons the report gives ("why (not)").
    public var explain: [String]

    public init(
        door: Door, on: String?, attacks: [String], policy: EscalationPolicy? = nil,
        honour: HonourThreshold = .discretionary, includeUncertain: Bool = false, includeContested: Bool = false,
        sovereignty: SovereigntyReading = .disputed, explain: [String] = []
    ) {
        self.door = door
        self.on = on
        self.attacks = attacks
        self.policy = policy
        self.honour = honour
        self.includeUncertain = includeUncertain
        self.includeContested = includeContested
        self.sovereignty = sovereignty
        self.explain = explain
    }

    /// The day asked for, or `today`.
    ///
    /// - Throws: ``FoedusError/Code/invalidDate`` naming the field.
    public func day(today: Day) throws(FoedusError) -> Day {
        guard let on else { return today }
        return try RequestField.day(on, field: door.name("on"))
    }

    /// The scenario on `day` in `world`, and the states to explain.
    ///
    /// - Throws: ``FoedusError`` naming the field: no attack or too many, a state or a theatre not known on the
    ///   day.
    public func scenario(
        on day: Day, in world: World, defaultPolicy: EscalationPolicy, limits: Limits? = nil
    ) throws -> (scenario: Scenario, explain: [StateID]) {
        guard !attacks.isEmpty else {
            throw FoedusError(.invalidScenario, "give at least one AGGRESSOR:VICTIM", location: door.name("attack"))
        }
        if let limits, attacks.count > limits.attacks {
            throw FoedusError(
                .invalidScenario, "at most \(limits.attacks) attacks per scenario", location: door.name("attack"))
        }
        let parsed = try attacks.map { try AttackParser.parse($0, world: world, day: day) }
        let named = limits.map { Array(explain.prefix($0.explain)) } ?? explain
        let explained = try named.map { try world.resolver.resolve($0, on: nil) }
        let scenario = Scenario(
            day: day, attacks: parsed, policy: policy ?? defaultPolicy, honour: honour,
            includeUncertain: includeUncertain, includeContested: includeContested, sovereignty: sovereignty)
        return (scenario, explained)
    }
}
