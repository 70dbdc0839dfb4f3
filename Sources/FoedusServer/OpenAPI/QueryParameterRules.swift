import Foundation
import HTTPTypes
import OpenAPIRuntime

/// What the contract allows in each operation's typed query parameters (enumerations, booleans, whole numbers),
/// read from the served OpenAPI document. The generated code rejects a value it cannot decode without saying
/// which parameter it was; ``QueryParameterRules/Middleware`` finds it and answers 400 naming it, as the routes
/// written by hand do.
struct QueryParameterRules: Sendable {
    struct Rule: Sendable {
        var name: String
        var required: Bool
        var expected: String
        var accepts: @Sendable (String) -> Bool
    }

    /// Rules by operation id.
    let rules: [String: [Rule]]

    init(document: [String: Any]) {
        let components = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        var rules: [String: [Rule]] = [:]
        for case let item as [String: Any] in (document["paths"] as? [String: Any] ?? [:]).values {
            let shared = item["parameters"] as? [Any] ?? []
            for case let operation as [String: Any] in item.values {
                guard let id = operation["operationId"] as? String else { continue }
                let parameters = (shared + (operation["parameters"] as? [Any] ?? [])).compactMap {
                    Self.resolve($0, components)
                }
                rules[id] = parameters.compactMap(Self.rule)
            }
        }
        self.rules = rules
    }

    /// The first query parameter of `request` that the operation's contract does not accept, in words.
    func problem(operationID: String, request: HTTPRequest) -> String? {
        guard let rules = rules[operationID], let path = request.path, let url = URLComponents(string: path) else {
            return nil
        }
        let items = url.queryItems ?? []
        for rule in rules {
            if rule.required && !items.contains(where: { $0.name == rule.name }) { return "\(rule.name): required" }
            for item in items where item.name == rule.name {
                let value = item.value ?? ""
                if !rule.accepts(value) { return "\(rule.name): '\(value)' is not \(rule.expected)" }
            }
        }
        return nil
    }

    private static func resolve(_ parameter: Any, _ components: [String: Any]) -> [String: Any]? {
        guard let parameter = parameter as? [String: Any] else { return nil }
        guard let reference = parameter["$ref"] as? String else { return parameter }
        return components[String(reference.split(separator: "/").last ?? "")] as? [String: Any]
    }

    private static func rule(_ parameter: [String: Any]) -> Rule? {
        guard parameter["in"] as? String == "query", let name = parameter["name"] as? String,
            var schema = parameter["schema"] as? [String: Any]
        else { return nil }
        let required = parameter["required"] as? Bool ?? false
        if schema["type"] as? String == "array", let items = schema["items"] as? [String: Any] { schema = items }
        func rule(_ expected: String, _ accepts: @escaping @Sendable (String) -> Bool) -> Rule {
            Rule(name: name, required: required, expected: expected, accepts: accepts)
        }
        if let values = schema["enum"] as? [String] {
            return rule("one of " + values.joined(separator: ", ")) { values.contains($0) }
        }
        let low = Self.double(schema["minimum"]) ?? -.infinity
        let high = Self.double(schema["maximum"]) ?? .infinity
        let range = low.isFinite && high.isFinite ? " from \(Self.number(low)) to \(Self.number(high))" : ""
        switch schema["type"] as? String {
        case "boolean":
            return rule("true or false") { $0 == "true" || $0 == "false" }
        case "integer":
            return rule("a whole number" + range) { Int($0).map { (low...high).contains(Double($0)) } ?? false }
        case "number":
            return rule("a number" + range) { Double($0).map { $0.isFinite && (low...high).contains($0) } ?? false }
        default:
            return rule("a string") { _ in true }
        }
    }

    /// A JSON number as a Double (JSONSerialization gives whole numbers as Int).
    private static func double(_ value: Any?) -> Double? {
        if let whole = value as? Int { return Double(whole) }
        return value as? Double
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Answers a request the generated code could not decode with 400 naming the parameter.
    struct Middleware: ServerMiddleware {
        let rules: QueryParameterRules

        func intercept(
            _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
            next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
        ) async throws -> (HTTPResponse, HTTPBody?) {
            do {
                return try await next(request, body, metadata)
            } catch let error as ServerError where error.underlyingError is DecodingError {
                guard let problem = rules.problem(operationID: operationID, request: request) else { throw error }
                throw APIError.badRequest(problem)
            }
        }
    }
}
