public import FoedusCore
import Yams

/// The contents of a set of data files.
public struct Dataset: Sendable {
    public var treaties: [Treaty] = []
    public var organisations: [Organisation] = []
    public var places: [Place] = []
    public var deployments: [Deployment] = []
    /// Where each field was read: file → field path → line, so that checks across files name the line.
    public var lines: [String: [String: Int]] = [:]
    public init() {}

    /// The line of `field` in `file`, or of the nearest field enclosing it.
    public func line(_ file: String?, _ field: String) -> Int? {
        guard let file, let fields = lines[file] else { return nil }
        return NodeReader.line(of: field, in: fields)
    }
}

/// Reads treaty, organisation, place and deployment files into a ``World``, checking every rule of
/// `docs/treaty-format.md` and reporting every problem as `file:line: field: message`.
public enum DatasetLoader {
    /// Parses and checks files. Bundled files must name states by COW number; user files may use any
    /// name the ``StateResolver`` accepts.
    public static func parse(_ files: [SourceFile], states: StateTable, bundled: Bool) -> (Dataset, [Diagnostic]) {
        let resolver = StateResolver(table: states)
        var dataset = Dataset()
        var diagnostics: [Diagnostic] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let resolve: (String) throws -> Int = { text in
                if let number = Int(text) {
                    guard states.id(ccode: number) != nil else {
                        throw FoedusError(.unknownState, "unknown COW state number \(number)")
                    }
                    return number
                }
                if bundled {
                    throw FoedusError(.unknownState, "bundled data names states by COW number, not '\(text)'")
                }
                return states[try resolver.resolve(text, on: nil)].ccode
            }
            var reader = NodeReader(file: file.path, resolveState: resolve)
            let root: Node
            do { root = try YAMLDocument.root(file.text, file: file.path, checkLimits: !bundled) } catch {
                diagnostics.append(error)
                continue
            }
            let type = root.mapping?["type"]?.scalar?.string ?? "treaty"
            switch type {
            case "treaty": if let t = reader.treaty(root) { dataset.treaties.append(t) }
            case "organisation": if let o = reader.organisation(root) { dataset.organisations.append(o) }
            case "places": dataset.places += reader.places(root)
            case "deployments": dataset.deployments += reader.deployments(root)
            case "architecture": continue  // read by ArchitectureDecoder (docs/architecture.md)
            default:
                reader.report(
                    root.mapping?["type"], "type",
                    "unknown type '\(type)'; expected treaty, organisation, places or deployments")
            }
            diagnostics += reader.diagnostics
            dataset.lines[file.path, default: [:]].merge(reader.lines) { first, _ in first }
        }
        return (dataset, diagnostics)
    }

    /// Cross-file rules: unique ids, known places and treaties, parties alive when they join.
    public static func check(_ dataset: Dataset, states: StateTable) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func problem(_ origin: String?, _ field: String, _ message: String) {
            out.append(
                Diagnostic(file: origin ?? "?", line: dataset.line(origin, field), field: field, message: message))
        }
        var ids: [String: String] = [:]
        for t in dataset.treaties {
            if let other = ids[t.id] {
                problem(t.origin?.description, "id", "duplicate id '\(t.id)' (also in \(other))")
            }
            ids[t.id] = t.origin?.description ?? "?"
        }
        var orgIDs = Set<String>()
        for o in dataset.organisations where !orgIDs.insert(o.id).inserted {
            problem(o.origin, "id", "duplicate organisation id '\(o.id)'")
        }
        let placeIDs = Set(dataset.places.map(\.id))
        var seenPlaces = Set<String>()
        for p in dataset.places where !seenPlaces.insert(p.id).inserted {
            problem("places", p.id, "duplicate place id")
        }
        for (i, d) in dataset.deployments.enumerated() {
            if let place = d.place, !placeIDs.contains(place) {
                problem("deployments", "deployments[\(i)].place", "unknown place '\(place)'")
            }
        }
        for t in dataset.treaties {
            for (i, p) in t.provisions.enumerated() {
                if case .places(let names) = p.conditions.location {
                    for name in names where !placeIDs.contains(name) {
                        problem(
                            t.origin?.description, "provisions[\(i)].conditions.location", "unknown place '\(name)'")
                    }
                }
            }
            for (i, party) in t.parties.enumerated() {
                guard let id = states.id(ccode: party.ccode) else { continue }
                let start = party.joined ?? t.inForce
                let state = states[id]
                if !state.exists(on: start.first) && !state.exists(on: start.last) {
                    problem(
                        t.origin?.description, "parties[\(i)]",
                        "\(state.name) (\(state.ccode)) was not a member of the state system on \(start)")
                }
            }
        }
        for t in dataset.treaties {
            for (i, id) in t.replaces.enumerated() {
                if id == t.id {
                    problem(t.origin?.description, "replaces[\(i)]", "'\(id)' refers to the treaty itself")
                } else if ids[id] == nil {
                    problem(t.origin?.description, "replaces[\(i)]", "unknown treaty '\(id)'")
                }
            }
        }
        for o in dataset.organisations {
            for id in o.treaties where ids[id] == nil {
                problem(o.origin, "treaties", "unknown treaty '\(id)'")
            }
        }
        return out
    }

    /// Loads the bundled files plus the user's overlays into a ``World``.
    ///
    /// An overlay treaty or organisation with a bundled id replaces it; each replacement is returned as a note.
    /// - Throws: ``ValidationFailure`` with every problem found.
    ///
    /// `imported` treaties (ATOP) join the curated ones; one that a curated treaty links to (`atopid`) is
    /// left out, so each alliance counts once and the curated coding wins.
    public static func load(
        states: StateTable, bundled: [SourceFile], overlays: [SourceFile] = [], imported: [Treaty] = [],
        dataVersion: String
    ) throws -> (world: World, notes: [String]) {
        let (base, problems) = parse(bundled, states: states, bundled: true)
        return try load(
            states: states, base: base, baseProblems: problems, overlays: overlays, imported: imported,
            dataVersion: dataVersion)
    }

    /// As ``load(states:bundled:overlays:imported:dataVersion:)`` with the bundled files already parsed (a
    /// server adding user treaties to the bundled world parses the bundled files once).
    public static func load(
        states: StateTable, base parsed: Dataset, baseProblems: [Diagnostic] = [], overlays: [SourceFile] = [],
        imported: [Treaty] = [], dataVersion: String
    ) throws -> (world: World, notes: [String]) {
        var base = parsed
        var problems = baseProblems
        let (user, userProblems) = parse(overlays, states: states, bundled: false)
        problems += userProblems
        base.lines.merge(user.lines) { _, user in user }
        var notes: [String] = []
        base.treaties = merge(base.treaties, user.treaties, what: "", origin: { $0.origin?.description }, notes: &notes)
        base.organisations = merge(
            base.organisations, user.organisations, what: "organisation ", origin: \.origin, notes: &notes)
        for p in user.places {
            base.places.removeAll { $0.id == p.id }
            base.places.append(p)
        }
        base.deployments += user.deployments
        problems += check(base, states: states)
        guard problems.isEmpty else { throw ValidationFailure(problems) }
        base.treaties += imported.compactMap { replaceLinked($0, curated: base.treaties) }
        let world = World(
            states: states, treaties: base.treaties, organisations: base.organisations, places: base.places,
            deployments: base.deployments, dataVersion: overlays.isEmpty ? dataVersion : dataVersion + "+user")
        return (world, notes)
    }

    /// An imported (ATOP) treaty that a curated treaty links to (`atopid`) counts only before the curated
    /// treaty's signature: from its own dates on, the curated coding wins. `nil` when nothing is left.
    static func replaceLinked(_ imported: Treaty, curated: [Treaty]) -> Treaty? {
        guard let id = imported.atopid,
            let first = curated.filter({ $0.atopid == id }).map(\.signed.first).min()
        else { return imported }
        let lastDay = first.adding(days: -1)
        guard imported.inForce.first <= lastDay else { return nil }
        var truncated = imported
        if truncated.terminated.map({ $0.last > lastDay }) ?? true { truncated.terminated = PartialDate(lastDay) }
        truncated.dateNote = (truncated.dateNote ?? "") + " Replaced from \(first) by a curated treaty linked to it."
        return truncated
    }

    /// The bundled records with the user's added, a user record replacing the bundled one with its id.
    private static func merge<Record: Identifiable>(
        _ bundled: [Record], _ user: [Record], what: String, origin: (Record) -> String?, notes: inout [String]
    ) -> [Record] where Record.ID == String {
        var merged = bundled
        for record in user {
            if let i = merged.firstIndex(where: { $0.id == record.id }) {
                notes.append("note: \(origin(record) ?? "a --data file") overrides bundled \(what)\(record.id)")
                merged[i] = record
            } else {
                merged.append(record)
            }
        }
        return merged
    }

    static func yamlDiagnostic(_ error: any Error, file: String) -> Diagnostic {
        guard let yaml = error as? YamlError else {
            return Diagnostic(file: file, line: 1, field: "", message: "cannot read YAML: \(error)")
        }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(file: file, line: mark.line, field: "", message: "invalid YAML: \(problem)")
        case .reader(let problem, let offset, let value, let text):
            let line = offset.map { offset in 1 + text.utf8.prefix(offset).lazy.filter { $0 == 10 }.count }
            let character = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
            return Diagnostic(file: file, line: line ?? 1, field: "", message: "invalid YAML: \(problem)\(character)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, field: duplicates.joined(separator: ", "), message: "duplicate key"
            )
        default:
            return Diagnostic(file: file, line: 1, field: "", message: "invalid YAML: \(yaml)")
        }
    }
}
