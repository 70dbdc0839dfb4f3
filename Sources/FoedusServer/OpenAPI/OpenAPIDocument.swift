import FoedusCore
import FoedusData
import Foundation
import Yams

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`: the contract written in
/// `api/openapi.yaml` (embedded as ``OpenAPISpec`` by `scripts/generate-openapi`), with this server's limits
/// and versions in place of the defaults written there.
enum OpenAPIDocument {
    /// A problem with the embedded YAML (a test reads every one; a server never starts with one).
    struct SpecError: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "api/openapi.yaml: \(path.isEmpty ? "/" : path): \(message)" }
    }

    /// Where the document states a limit (JSON pointers) and the limit each holds. The YAML holds the
    /// defaults of ``ServerConfiguration/Limits``; `OpenAPIDocumentTests` checks that every pointer exists
    /// and holds its default.
    static func limitFields(_ limits: ServerConfiguration.Limits) -> [(pointer: String, value: Int)] {
        [
            ("/components/parameters/attack/schema/maxItems", limits.attacks),
            ("/components/schemas/SavedScenarioInput/properties/attacks/maxItems", limits.attacks),
            ("/components/parameters/with/schema/maxItems", limits.userTreaties),
            ("/components/schemas/SavedScenarioInput/properties/with/maxItems", limits.userTreaties),
            ("/components/parameters/runs/schema/maximum", limits.runs),
            ("/components/parameters/securityRuns/schema/maximum", limits.securityRuns),
            ("/components/parameters/limit/schema/maximum", limits.page),
            (
                "/paths/~1v1~1user-treaties/post/requestBody/content/application~1yaml/schema/maxLength",
                limits.bodyBytes
            ),
            ("/paths/~1v1~1user-treaties/post/requestBody/content/*~1*/schema/maxLength", limits.bodyBytes),
        ]
    }

    /// Words in `{braces}` in the descriptions that name a limit or a version.
    static func tokens(_ limits: ServerConfiguration.Limits) -> [String: String] {
        [
            "data": BundledData.version, "attacks": "\(limits.attacks)", "runs": "\(limits.runs)",
            "securityRuns": "\(limits.securityRuns)", "expensiveJobs": "\(limits.expensiveJobs)",
            "bodyBytes": "\(limits.bodyBytes)", "requestTimeout": "\(limits.requestTimeout)",
        ]
    }

    /// The descriptions that carry tokens.
    static let tokenFields = ["/info/description", "/components/responses/Timeout/description"]

    /// The document as served: JSON, keys sorted.
    static func json(limits: ServerConfiguration.Limits) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: try served(limits: limits), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The document as served, as JSON values (``QueryParameterRules`` reads its parameters).
    static func served(limits: ServerConfiguration.Limits) throws -> [String: Any] {
        var document = try spec()
        try set("/info/version", to: FoedusVersion.code, in: &document)
        for (pointer, value) in limitFields(limits) { try set(pointer, to: value, in: &document) }
        let tokens = tokens(limits)
        for pointer in tokenFields {
            guard var text = try value(at: pointer, in: document) as? String else {
                throw SpecError(path: pointer, message: "expected a string")
            }
            for (name, value) in tokens { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
            try set(pointer, to: text, in: &document)
        }
        return document
    }

    /// The embedded YAML as JSON values (`[String: Any]`, `[Any]`, `String`, `Int`, `Double`, `Bool`, `NSNull`).
    static func spec() throws -> [String: Any] {
        guard let node = try Yams.compose(yaml: OpenAPISpec.yaml) else { throw SpecError(path: "", message: "empty") }
        guard let document = try jsonValue(node, at: "") as? [String: Any] else {
            throw SpecError(path: "", message: "expected a mapping")
        }
        return document
    }

    /// A YAML node as a JSON value. Only strings, numbers, booleans and null are scalars; a mapping key must be a
    /// string (an unquoted `on:` is a YAML 1.1 boolean and is refused, not turned into `true`).
    static func jsonValue(_ node: Node, at path: String) throws -> Any {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping {
                guard key.tag.rawValue == Tag.Name.str.rawValue, let name = key.string else {
                    throw SpecError(path: path, message: "the key \(key.string ?? "?") is not a string: quote it")
                }
                let child = path + "/" + escape(name)
                guard object[name] == nil else { throw SpecError(path: child, message: "duplicate key") }
                object[name] = try jsonValue(value, at: child)
            }
            return object
        case .sequence(let sequence):
            return try sequence.enumerated().map { try jsonValue($1, at: path + "/\($0)") }
        case .scalar:
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .str: if let text = node.string { return text }
            case .int: if let number = node.int { return number }
            case .float: if let number = node.float { return number }
            case .bool: if let flag = node.bool { return flag }
            case .null: return NSNull()
            default: break
            }
            throw SpecError(path: path, message: "\(node.tag.rawValue) is not a JSON value: quote it")
        case .alias:
            throw SpecError(path: path, message: "YAML aliases are not used in the contract")
        }
    }

    /// The value at a JSON pointer (RFC 6901).
    static func value(at pointer: String, in document: Any) throws -> Any {
        var current = document
        for token in tokens(of: pointer) {
            if let object = current as? [String: Any], let next = object[token] {
                current = next
            } else if let array = current as? [Any], let index = Int(token), array.indices.contains(index) {
                current = array[index]
            } else {
                throw SpecError(path: pointer, message: "no such member (\(token))")
            }
        }
        return current
    }

    /// Replaces the value at an existing member of objects (limits and versions live in objects only).
    static func set(_ pointer: String, to value: Any, in document: inout [String: Any]) throws {
        func replace(_ node: Any, _ path: ArraySlice<String>) throws -> Any {
            guard let token = path.first else { return value }
            guard var object = node as? [String: Any], let child = object[token] else {
                throw SpecError(path: pointer, message: "no such member (\(token))")
            }
            object[token] = try replace(child, path.dropFirst())
            return object
        }
        guard let replaced = try replace(document, tokens(of: pointer)[...]) as? [String: Any] else {
            throw SpecError(path: pointer, message: "expected a mapping")
        }
        document = replaced
    }

    private static func tokens(of pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    private static func escape(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
