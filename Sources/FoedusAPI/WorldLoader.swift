public import FoedusCore
import FoedusData
public import FoedusFormats
import Foundation

/// Loads the bundled world once per process, plus the user's `--data` overlays.
public enum WorldLoader {
    /// The bundled state table, parsed once.
    public static func stateTable() throws -> StateTable {
        try StateTableLoader.load(system: BundledData.cowStates, codes: BundledData.codes, aliases: BundledData.aliases)
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
            general: try ATOPTreatyImporter.generalNonAggression(BundledData.atopGeneralNonAggression), states: states)
        let (dataset, problems) = DatasetLoader.parse(bundledFiles, states: states, bundled: true)
        return Parsed(states: states, dataset: dataset, problems: problems, atop: atop)
    }

    /// Every YAML file at `path` (a file, or a folder walked in path order).
    public static func readYAML(at path: String) throws -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FoedusError(.malformed, "no such file or folder: \(path)")
        }
        if !isDirectory.boolValue { return [try readFile(path)] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [SourceFile] = []
        for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            files.append(try readFile((path as NSString).appendingPathComponent(relative)))
        }
        return files.sorted { $0.path < $1.path }
    }

    public static func readFile(_ path: String) throws -> SourceFile {
        let limit = 4 << 20
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > limit {
            throw FoedusError(.malformed, "\(path): file too large (\(size) bytes; the limit is \(limit))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FoedusError(.malformed, "\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FoedusError(.malformed, "\(path): not UTF-8 text")
        }
        return SourceFile(path: path, text: text)
    }
}

/// "Today" in UTC, or `FOEDUS_TODAY` for reproducible runs.
public enum Today {
    public static func resolve() throws -> Day {
        if let pinned { return try pinned.get() }
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(rawValue: 719_162 + Int32(seconds / 86_400))
    }

    /// `FOEDUS_TODAY`, read once: the environment does not change under a running process, and the server asks
    /// for today on every request.
    private static let pinned: Result<Day, FoedusError>? = {
        guard let value = getenv("FOEDUS_TODAY") else { return nil }
        let text = String(cString: value)
        guard !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else {
            return .failure(FoedusError(.invalidDate, "FOEDUS_TODAY: '\(text)' is not a valid date (YYYY-MM-DD)"))
        }
        return .success(day)
    }()
}
