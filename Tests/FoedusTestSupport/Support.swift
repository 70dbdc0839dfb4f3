public import FoedusCore
import FoedusData
public import FoedusFormats

/// Shared fixtures: the bundled world loaded once per test process, and small hand-made worlds.
public enum Fixtures {
    /// The bundled state table.
    public static let states: StateTable = {
        do {
            return try StateTableLoader.load(
                system: BundledData.cowStates, codes: BundledData.codes, aliases: BundledData.aliases,
                names: BundledData.names)
        } catch {
            fatalError("bundled states do not load: \(error)")
        }
    }()

    /// The bundled files as the loader sees them.
    public static var bundledFiles: [SourceFile] {
        BundledData.files.map { SourceFile(path: "Data/" + $0.path, text: $0.text) }
    }

    /// The bundled world.
    public static let world: World = {
        do {
            let atop = try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers,
                general: try ATOPTreatyImporter.generalNonAggression(BundledData.atopGeneralNonAggression),
                terminations: try ATOPTreatyImporter.terminations(BundledData.atopTerminations),
                exits: try ATOPTreatyImporter.memberExits(BundledData.atopMemberExits),
                joins: try ATOPTreatyImporter.memberJoins(BundledData.atopMemberJoins),
                dates: try ATOPTreatyImporter.dateCorrections(BundledData.atopDateCorrections), states: states)
            return try DatasetLoader.load(
                states: states, bundled: bundledFiles, imported: atop, dataVersion: BundledData.version
            ).world
        } catch {
            fatalError("bundled data does not load: \(error)")
        }
    }()

    /// The repository's root folder (for tests that compare generated code with `Data/`).
    public static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/FoedusTestSupport/Support.swift
        return parts.joined(separator: "/")
    }()

    /// A day, for tests; traps on a malformed literal (a test bug, not input).
    public static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    /// The dense id of a COW number in the bundled world.
    public static func id(_ ccode: Int, in world: World = Fixtures.world) -> StateID {
        guard let id = world.id(ccode: ccode) else { preconditionFailure("no state \(ccode)") }
        return id
    }

    /// Evaluates a scenario on the bundled world.
    public static func evaluate(
        _ attacks: [(Int, Int)], on date: String, policy: EscalationPolicy = .treaty, in world: World = Fixtures.world,
        honour: HonourThreshold = .discretionary, includeUncertain: Bool = false
    ) throws -> ScenarioResult {
        let d = day(date)
        var evaluator = Evaluator(index: world.index(on: d))
        let scenario = Scenario(
            day: d, attacks: attacks.map { Attack(aggressor: id($0.0, in: world), victim: id($0.1, in: world)) },
            policy: policy, honour: honour, includeUncertain: includeUncertain)
        return try evaluator.evaluate(scenario)
    }

    /// COW numbers of a set, sorted.
    public static func codes(_ set: StateSet, in world: World = Fixtures.world) -> [Int] {
        set.map { world.states[$0].ccode }.sorted()
    }
}
