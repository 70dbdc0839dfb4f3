import FoedusCore
import Yams

/// Reads values out of a composed YAML tree, recording every problem with its file, line and field.
///
/// Each accessor returns `nil` (and records a diagnostic) rather than throwing, so one pass reports
/// every problem in a file.
struct NodeReader {
    let file: String
    let resolveState: (String) throws -> Int
    /// The problems found, at most ``limit``; ``diagnostics`` adds a last line counting the rest.
    private var found: [Diagnostic] = []
    private var unreported = 0
    /// The line of each mapping and key read, by field path (`parties[2].joined`): a missing key is reported at
    /// its mapping's line, and checks across files find the line of what they report.
    private(set) var lines: [String: Int] = [:]

    /// The most problems listed for one file: a hostile file cannot make the report grow without bound.
    static let limit = 100

    init(file: String, resolveState: @escaping (String) throws -> Int) {
        self.file = file
        self.resolveState = resolveState
    }

    var diagnostics: [Diagnostic] {
        guard unreported > 0 else { return found }
        return found + [
            Diagnostic(
                file: file, line: found.last?.line, field: "",
                message: "and \(unreported) more problem(s) in this file (the first \(Self.limit) are listed)")
        ]
    }

    mutating func report(_ node: Node?, _ field: String, _ message: String) {
        guard found.count < Self.limit else {
            unreported += 1
            return
        }
        found.append(
            Diagnostic(file: file, line: node?.mark?.line ?? enclosingLine(of: field), field: field, message: message))
    }

    /// The line of the nearest mapping read that encloses `field` (`parties[2].joined` → `parties[2]`, then the
    /// root), or 1.
    private func enclosingLine(of field: String) -> Int {
        Self.line(of: field, in: lines, enclosing: true) ?? 1
    }

    /// The line of `field` in `lines`, or of the nearest field that encloses it; the root's line last.
    static func line(of field: String, in lines: [String: Int], enclosing: Bool = false) -> Int? {
        var path = Substring(field)
        if !enclosing, let line = lines[field] { return line }
        while !path.isEmpty {
            let cut = path.lastIndex { $0 == "." || $0 == "[" } ?? path.startIndex
            path = path[..<cut]
            if let line = lines[String(path)] { return line }
        }
        return lines[""]
    }

    /// A mapping's entries, checking its keys against `allowed`.
    mutating func mapping(_ node: Node?, _ field: String, allowed: Set<String>) -> [String: Node]? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(node, field, "expected a mapping")
            return nil
        }
        if let line = node.mark?.line { lines[field] = line }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(key, field, "keys must be plain strings")
                continue
            }
            if !allowed.contains(name) {
                let hint = allowed.sorted().first { $0.lowercased() == name.lowercased() } ?? closest(name, allowed)
                report(key, join(field, name), "unknown key" + (hint.map { "; did you mean '\($0)'?" } ?? ""))
                continue
            }
            result[name] = value
            if let line = key.mark?.line { lines[join(field, name)] = line }
        }
        return result
    }

    /// Whether a node is absent or YAML null.
    static func isNull(_ node: Node?) -> Bool {
        guard let node else { return true }
        if let scalar = node.scalar {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    mutating func string(_ node: Node?, _ field: String, required: Bool = false) -> String? {
        if Self.isNull(node) {
            if required { report(node, field, "is required") }
            return nil
        }
        guard let s = node?.scalar?.string else {
            report(node, field, "expected a text value")
            return nil
        }
        return s
    }

    mutating func strings(_ node: Node?, _ field: String) -> [String] {
        if Self.isNull(node) { return [] }
        if let s = node?.scalar?.string { return [s] }
        guard let seq = node?.sequence else {
            report(node, field, "expected a list")
            return []
        }
        return seq.enumerated().compactMap { i, item in string(item, "\(field)[\(i)]") }
    }

    mutating func bool(_ node: Node?, _ field: String, default value: Bool = false) -> Bool {
        guard let text = string(node, field) else { return value }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(node, field, "expected true or false, not '\(text)'")
            return value
        }
    }

    mutating func int(_ node: Node?, _ field: String) -> Int? {
        guard let text = string(node, field) else { return nil }
        guard let value = Int(text) else {
            report(node, field, "expected a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    mutating func date(_ node: Node?, _ field: String, required: Bool = false) -> PartialDate? {
        guard let text = string(node, field, required: required) else { return nil }
        guard let date = PartialDate(iso: text) else {
            report(node, field, "'\(text)' is not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)")
            return nil
        }
        return date
    }

    mutating func enumeration<T: RawRepresentable & CaseIterable>(
        _ node: Node?, _ field: String, required: Bool = false
    ) -> T? where T.RawValue == String {
        guard let text = string(node, field, required: required) else { return nil }
        do { return try RequestField.choice(text, field: nil) } catch {
            report(node, field, error.message)
            return nil
        }
    }

    mutating func state(_ node: Node?, _ field: String, required: Bool = true) -> Int? {
        guard let text = string(node, field, required: required) else { return nil }
        do { return try resolveState(text) } catch {
            report(node, field, String(describing: error))
            return nil
        }
    }

    mutating func states(_ node: Node?, _ field: String) -> [Int]? {
        if Self.isNull(node) { return nil }
        if node?.scalar != nil { return state(node, field).map { [$0] } }
        guard let seq = node?.sequence else {
            report(node, field, "expected a list of states")
            return nil
        }
        return seq.enumerated().compactMap { i, item in state(item, "\(field)[\(i)]") }
    }

    mutating func sequence(_ node: Node?, _ field: String) -> [Node] {
        if Self.isNull(node) { return [] }
        guard let seq = node?.sequence else {
            report(node, field, "expected a list")
            return []
        }
        return Array(seq)
    }

    func join(_ parent: String, _ child: String) -> String { parent.isEmpty ? child : "\(parent).\(child)" }
}

private func closest(_ name: String, _ options: Set<String>) -> String? {
    options.sorted().first { option in
        let a = Array(name.lowercased())
        let b = Array(option.lowercased())
        return abs(a.count - b.count) <= 2 && Set(a).symmetricDifference(Set(b)).count <= 2
    }
}
