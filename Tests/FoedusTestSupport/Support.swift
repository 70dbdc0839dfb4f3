public import FoedusCore
@_exported public import FoedusCoreTestSupport
import FoedusData
public import FoedusFormats

/// The bundled world loaded once per test process (the Core-only fixtures are in FoedusCoreTestSupport).
extension Fixtures {
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

    /// The dense id of a COW number in the bundled world.
    public static func id(_ ccode: Int) -> StateID { id(ccode, in: world) }

    /// Evaluates a scenario on the bundled world.
    public static func evaluate(
        _ attacks: [(Int, Int)], on date: String, policy: EscalationPolicy = .treaty,
        honour: HonourThreshold = .discretionary, includeUncertain: Bool = false
    ) throws -> ScenarioResult {
        try evaluate(
            attacks, on: date, policy: policy, in: world, honour: honour, includeUncertain: includeUncertain)
    }

    /// COW numbers of a set in the bundled world, sorted.
    public static func codes(_ set: StateSet) -> [Int] { codes(set, in: world) }
}
