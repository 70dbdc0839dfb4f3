public import FoedusCore
import FoedusData
public import FoedusFormats
import Foundation

/// Loads the bundled world once per process, plus the user's `--data` overlays.
public enum WorldLoader {
    /// The bundled state table, parsed once.
    public static func stateTable() throws -> StateTable {
        try StateTableLoader.load(
            system: BundledData.cowStates, codes: BundledData.codes, aliases: BundledData.aliases,
            names: BundledData.names)
    }

    public static var bundledFiles: [SourceFile] {
        BundledData.files.map { SourceFile(path: "Data/" + $0.path, text: $0.text) }
    }

    /// The world of bundled data and `overlays` (folders or files of the user's YAML).
    public static func load(overlays: [String]) throws -> (World, [String]) {
        try load(files: try overlays.flatMap(readYAML(at:)))
    }

    /// The world of bundled data and the given YAML files (a server's user treaties, say). The bundled files
    /// and the ATOP import are read once per process; each call parses and checks only what it adds.
    public static func load(files: [SourceFile]) throws -> (World, [String]) {
        let bundled = try parsed.get()
        return try DatasetLoader.load(
            states: bundled.states, base: bundled.dataset, baseProblems: bundled.problems, overlays: files,
            imported: bundled.atop, dataVersion: BundledData.version)
    }

    /// The bundled files parsed, and the ATOP alliances imported, once.
    private struct Parsed: Sendable {
        var states: StateTable
        var dataset: Dataset
        var problems: [Diagnostic]
        var atop: [Treaty]
    }

    private static let parsed = Result<Parsed, any Error> {
        let states = try stateTable()
        let atop = try ATOPTreatyImporter.treaties(
            alliances: BundledData.atopAlliances, members: BundledData.atopMembers,
            general: try ATOPTreatyImporter.generalNonAggression(BundledData.atopGeneralNonAggression),
            terminations: try ATOPTreatyImporter.terminations(BundledData.atopTerminations),
            exits: try ATOPTreatyImporter.memberExits(BundledData.atopMemberExits),
            joins: try ATOPTreatyImporter.memberJoins(BundledData.atopMemberJoins),
            dates: try ATOPTreatyImporter.dateCorrections(BundledData.atopDateCorrections), states: states)
        let (dataset, problems) = DatasetLoader.parse(bundledFiles, states: states, bundled: true)
        return Parsed(states: states, dataset: dataset, problems: problems, atop: atop)
    }
}
