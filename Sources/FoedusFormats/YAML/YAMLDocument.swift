import Yams

/// Composes a YAML document into a node tree, or reports why not.
enum YAMLDocument {
    /// The document's root node.
    /// - Throws: ``Diagnostic`` for an empty document (line 1) or a YAML syntax error (its line).
    static func root(_ text: String, file: String) throws(Diagnostic) -> Node {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw DatasetLoader.yamlDiagnostic(error, file: file) }
        guard let node else { throw Diagnostic(file: file, line: 1, field: "", message: "empty document") }
        return node
    }
}
