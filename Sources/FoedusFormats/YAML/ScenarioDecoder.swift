public import FoedusCore
import Yams

/// A scenario or test-case file: `{date, attacks: [{aggressor, victim, theatre?, provoked?}], policy?,
/// honour?, include?, sovereignty?}`; a case adds `id`, `description` and `expect`.
public struct ScenarioFile: Sendable {
    public var id: String?
    public var description: String?
    public var scenario: Scenario
    /// States whose "why not" the file asks about (cases: the keys of `expect.whyNot`).
    public var explain: [StateID]
    public var expect: CaseExpectation?
}

/// What a case expects, read from the treaty texts (never from running the engine).
public struct CaseExpectation: Sendable {
    public struct Duty: Hashable, Sendable {
        public var obligor: StateID
        public var beneficiary: StateID?
        public var treaty: String
        public var article: String?
        public var kind: Provision.Kind?
        public var status: Obligation.Status?
    }
    public struct ExpectedConflict: Hashable, Sendable {
        public var kind: Conflict.Kind
        public var states: Set<StateID>
        public var treaties: Set<String>
        /// Whether the breach depends on whose territory a disputed place is (``Conflict/disputedPlace``).
        public var disputed: Bool
        public init(kind: Conflict.Kind, states: Set<StateID>, treaties: Set<String>, disputed: Bool = false) {
            self.kind = kind
            self.states = states
            self.treaties = treaties
            self.disputed = disputed
        }
    }
    public struct Reason: Hashable, Sendable {
        public var reason: Explanation.Reason
        public var treaty: String?
        /// Words the reason's sentence must contain (the stated reason, a deployment id).
        public var says: String?
    }
    /// Exact sets.
    public var attackers: Set<StateID>?
    public var defenders: Set<StateID>?
    /// Duties that must be present.
    public var bound: [Duty]
    /// Duties that must be absent.
    public var notBound: [Duty]
    /// Exact set of states bound but staying out.
    public var outside: Set<StateID>?
    /// Conflicts that must be present; with `conflictsExact`, the whole list.
    public var conflicts: [ExpectedConflict]
    public var conflictsExact: Bool
    /// Reasons that must appear in the explanation of each state.
    public var whyNot: [StateID: [Reason]]
}

extension ScenarioFile {
    /// Reads a scenario or case file, resolving state names on the file's date.
    ///
    /// - Throws: ``ValidationFailure`` with every problem, as `file:line: field: message`.
    public static func decode(_ text: String, file: String, world: World) throws -> ScenarioFile {
        let root: Node
        do { root = try YAMLDocument.root(text, file: file) } catch { throw ValidationFailure([error]) }
        var reader = NodeReader(file: file, resolveState: { _ in 0 })
        let keys: Set<String> = [
            "id", "description", "date", "attacks", "policy", "honour", "include", "sovereignty", "explain",
            "expect",
        ]
        guard let map = reader.mapping(root, "", allowed: keys) else { throw ValidationFailure(reader.diagnostics) }
        guard let date = reader.date(map["date"], "date", required: true) else {
            throw ValidationFailure(reader.diagnostics)
        }
        guard date.precision == .day else {
            throw ValidationFailure([
                Diagnostic(
                    file: file, line: map["date"]?.mark?.line, field: "date",
                    message: "a scenario needs a full date (YYYY-MM-DD)")
            ])
        }
        let day = date.first
        do { _ = try RequestField.day(day.description, field: "date") } catch {
            throw ValidationFailure([
                Diagnostic(file: file, line: map["date"]?.mark?.line, field: "date", message: error.message)
            ])
        }
        reader = NodeReader(file: file, resolveState: { world.states[try world.resolver.resolve($0, on: day)].ccode })
        _ = reader.mapping(root, "", allowed: keys)
        func id(_ node: Node?, _ field: String, required: Bool = true) -> StateID? {
            reader.state(node, field, required: required).flatMap(world.id(ccode:))
        }
        var attacks: [Attack] = []
        for (i, node) in reader.sequence(map["attacks"], "attacks").enumerated() {
            let f = "attacks[\(i)]"
            guard let a = reader.mapping(node, f, allowed: ["aggressor", "victim", "theatre", "provoked"]) else {
                continue
            }
            let aggressor = id(a["aggressor"], "\(f).aggressor")
            let victim = id(a["victim"], "\(f).victim")
            var theatre: Theatre?
            if let name = reader.string(a["theatre"], "\(f).theatre") {
                theatre = resolveTheatre(
                    name, world: world, day: day, node: a["theatre"], field: "\(f).theatre", reader: &reader)
            }
            if let aggressor, let victim {
                attacks.append(
                    Attack(
                        aggressor: aggressor, victim: victim, theatre: theatre,
                        provoked: reader.bool(a["provoked"], "\(f).provoked")))
            }
        }
        if attacks.isEmpty && reader.diagnostics.isEmpty {
            reader.report(map["attacks"] ?? root, "attacks", "a scenario needs at least one attack")
        }
        let policy: EscalationPolicy = reader.enumeration(map["policy"], "policy") ?? .treaty
        let honour: HonourThreshold = reader.enumeration(map["honour"], "honour") ?? .discretionary
        let sovereignty: SovereigntyReading = reader.enumeration(map["sovereignty"], "sovereignty") ?? .disputed
        let include = reader.strings(map["include"], "include")
        for word in include where !["uncertain", "contested"].contains(word) {
            reader.report(map["include"], "include", "'\(word)' is not one of uncertain, contested")
        }
        var explain = (reader.states(map["explain"], "explain") ?? []).compactMap(world.id(ccode:))
        let expect = map["expect"].map { decodeExpectation($0, world: world, reader: &reader) }
        if let expect { explain += expect.whyNot.keys.sorted() }
        guard reader.diagnostics.isEmpty else { throw ValidationFailure(reader.diagnostics) }
        return ScenarioFile(
            id: reader.string(map["id"], "id"), description: reader.string(map["description"], "description"),
            scenario: Scenario(
                day: day, attacks: attacks, policy: policy, honour: honour,
                includeUncertain: include.contains("uncertain"),
                includeContested: include.contains("contested"), sovereignty: sovereignty),
            explain: explain, expect: expect)
    }

    static func resolveTheatre(
        _ name: String, world: World, day: Day, node: Node?, field: String, reader: inout NodeReader
    ) -> Theatre? {
        do { return try RequestField.theatre(name, world: world, on: day) } catch {
            reader.report(node, field, error.message)
            return nil
        }
    }

    private static func decodeExpectation(_ node: Node, world: World, reader: inout NodeReader) -> CaseExpectation {
        let keys: Set<String> = ["sides", "bound", "notBound", "outside", "conflicts", "conflictsExact", "whyNot"]
        let map = reader.mapping(node, "expect", allowed: keys) ?? [:]
        func set(_ node: Node?, _ field: String) -> Set<StateID>? {
            if node == nil { return nil }
            return Set((reader.states(node, field) ?? []).compactMap(world.id(ccode:)))
        }
        let sides = reader.mapping(map["sides"], "expect.sides", allowed: ["attackers", "defenders"]) ?? [:]
        func duties(_ node: Node?, _ field: String) -> [CaseExpectation.Duty] {
            reader.sequence(node, field).enumerated().compactMap { i, item in
                let f = "\(field)[\(i)]"
                let allowed: Set<String> = ["obligor", "beneficiary", "treaty", "article", "kind", "status"]
                guard let d = reader.mapping(item, f, allowed: allowed),
                    let obligor = reader.state(d["obligor"], "\(f).obligor").flatMap(world.id(ccode:)),
                    let treaty = reader.string(d["treaty"], "\(f).treaty", required: true)
                else { return nil }
                if world.treaty(id: treaty) == nil {
                    reader.report(d["treaty"], "\(f).treaty", "unknown treaty '\(treaty)'")
                }
                return CaseExpectation.Duty(
                    obligor: obligor,
                    beneficiary: reader.state(d["beneficiary"], "\(f).beneficiary", required: false).flatMap(
                        world.id(ccode:)),
                    treaty: treaty, article: reader.string(d["article"], "\(f).article"),
                    kind: reader.enumeration(d["kind"], "\(f).kind"),
                    status: reader.enumeration(d["status"], "\(f).status"))
            }
        }
        var conflicts: [CaseExpectation.ExpectedConflict] = []
        for (i, item) in reader.sequence(map["conflicts"], "expect.conflicts").enumerated() {
            let f = "expect.conflicts[\(i)]"
            guard let c = reader.mapping(item, f, allowed: ["kind", "states", "treaties", "disputed"]),
                let kind: Conflict.Kind = reader.enumeration(c["kind"], "\(f).kind", required: true)
            else { continue }
            conflicts.append(
                .init(
                    kind: kind, states: set(c["states"], "\(f).states") ?? [],
                    treaties: Set(reader.strings(c["treaties"], "\(f).treaties")),
                    disputed: reader.bool(c["disputed"], "\(f).disputed")))
        }
        var whyNot: [StateID: [CaseExpectation.Reason]] = [:]
        if let w = map["whyNot"]?.mapping {
            for (key, value) in w {
                guard let s = reader.state(key, "expect.whyNot").flatMap(world.id(ccode:)) else { continue }
                whyNot[s] = reader.sequence(value, "expect.whyNot.\(key.scalar?.string ?? "")").compactMap { item in
                    let f = "expect.whyNot"
                    guard let r = reader.mapping(item, f, allowed: ["reason", "treaty", "says"]),
                        let reason: Explanation.Reason = reader.enumeration(r["reason"], "\(f).reason", required: true)
                    else { return nil }
                    return .init(
                        reason: reason, treaty: reader.string(r["treaty"], "\(f).treaty"),
                        says: reader.string(r["says"], "\(f).says"))
                }
            }
        }
        return CaseExpectation(
            attackers: set(sides["attackers"], "expect.sides.attackers"),
            defenders: set(sides["defenders"], "expect.sides.defenders"), bound: duties(map["bound"], "expect.bound"),
            notBound: duties(map["notBound"], "expect.notBound"), outside: set(map["outside"], "expect.outside"),
            conflicts: conflicts, conflictsExact: reader.bool(map["conflictsExact"], "expect.conflictsExact"),
            whyNot: whyNot)
    }
}
