internal import CYaml

/// Limits a YAML document must keep before it is composed into a tree: how deep it nests and how many nodes
/// its aliases expand to. A "billion laughs" document (aliases of aliases, a few hundred bytes that expand to
/// billions of nodes) or a 10,000-level nesting is refused here with its line, in time linear in the text,
/// before anything walks or hashes the expanded tree.
///
/// The limits are far above what a treaty file needs (the bundled files nest at most 7 levels and expand to at
/// most a few thousand nodes) and are stated in docs/treaty-format.md.
enum YAMLLimits {
    /// Deepest nesting of mappings and sequences.
    static let depth = 64
    /// Most nodes the document may hold once every alias is expanded.
    static let expandedNodes = 200_000

    /// Checks `text` against the limits; a document libyaml cannot parse passes (Yams then reports its error).
    /// - Throws: ``Diagnostic`` naming the line where a limit was crossed.
    static func check(_ text: String, file: String) throws(Diagnostic) {
        var text = text
        let problem: (line: Int, message: String)? = text.withUTF8 { bytes in Self.scan(bytes) }
        if let problem { throw Diagnostic(file: file, line: problem.line, field: "", message: problem.message) }
    }

    private struct Frame {
        var anchor: String?
        var nodes = 1
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, message: String)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var anchored: [String: Int] = [:]
        var stack: [Frame] = []
        var total = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            var finished: Frame?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                let anchor =
                    event.type == YAML_MAPPING_START_EVENT
                    ? name(event.data.mapping_start.anchor) : name(event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor))
                if stack.count > depth {
                    return (line, nestingMessage)
                }
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                finished = stack.popLast()
            case YAML_SCALAR_EVENT:
                finished = Frame(anchor: name(event.data.scalar.anchor))
            case YAML_ALIAS_EVENT:
                let nodes = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                finished = Frame(anchor: nil, nodes: nodes)
            default:
                continue
            }
            guard let done = finished else { continue }
            if let anchor = done.anchor { anchored[anchor] = done.nodes }
            if stack.isEmpty {
                total += done.nodes
            } else {
                stack[stack.count - 1].nodes += done.nodes
            }
            if total + (stack.map(\.nodes).reduce(0, +)) > expandedNodes {
                return (
                    line,
                    "aliases expand the document to more than \(expandedNodes) nodes (the limit of a Foedus YAML file)"
                )
            }
        }
        // libyaml's scanner stops flow collections ("[[[[…") at 1,000 levels before any event reaches us.
        if let problem = parser.problem, String(cString: problem).contains("nesting level") {
            return (Int(parser.problem_mark.line) + 1, nestingMessage)
        }
        return nil
    }

    private static let nestingMessage = "nested more than \(depth) levels deep (the limit of a Foedus YAML file)"

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
