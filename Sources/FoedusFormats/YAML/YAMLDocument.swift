import Yams

/// Composes a YAML document into a node tree, or reports why not.
enum YAMLDocument {
    /// The document's root node.
    /// - Throws: ``Diagnostic`` for an empty document (line 1), a YAML syntax error (its line) or a document past
    ///   ``YAMLLimits`` (the line where it crossed them). `checkLimits` is false only for the bundled files,
    ///   which are compiled in and checked by the tests, so that every start-up does not scan them twice.
    static func root(_ text: String, file: String, checkLimits: Bool = true) throws(Diagnostic) -> Node {
        // A byte-order mark (some Windows editors write one) is not content.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if checkLimits { try YAMLLimits.check(text, file: file) }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw DatasetLoader.yamlDiagnostic(error, file: file) }
        guard let node else { throw Diagnostic(file: file, line: 1, field: "", message: "empty document") }
        return node
    }
}
