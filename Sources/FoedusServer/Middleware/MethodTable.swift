import HTTPTypes

/// The methods each path takes, read from the OpenAPI document, so that a new route needs no second table: a
/// known path answers 405 (with `Allow`) to a method it does not take, an unknown path 404.
struct MethodTable: Sendable {
    private struct Route: Sendable {
        /// The path's segments; `nil` for a `{parameter}`, which matches one non-empty segment.
        var segments: [String?]
        var methods: [HTTPRequest.Method]
    }

    private let routes: [Route]

    /// The methods in the order `Allow` lists them.
    private static let order: [(key: String, method: HTTPRequest.Method)] = [
        ("get", .get), ("post", .post), ("put", .put), ("patch", .patch), ("delete", .delete),
    ]

    /// Paths the server answers that the document does not describe: the document itself.
    private static let undocumented = ["/openapi.json": [HTTPRequest.Method.get]]

    /// The table of `document`'s `paths`, plus the undocumented paths.
    init(document: [String: Any]) {
        let paths = document["paths"] as? [String: Any] ?? [:]
        var routes: [Route] = []
        for (path, item) in paths {
            let operations = item as? [String: Any] ?? [:]
            let methods = Self.order.filter { operations[$0.key] != nil }.map(\.method)
            if !methods.isEmpty { routes.append(Route(segments: Self.template(path), methods: methods)) }
        }
        for (path, methods) in Self.undocumented {
            routes.append(Route(segments: Self.template(path), methods: methods))
        }
        self.routes = routes
    }

    /// The methods `path` takes, or `nil` when no route matches it.
    func methods(_ path: String) -> [HTTPRequest.Method]? {
        let segments = Self.segments(path)
        return routes.first { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { pattern, segment in
                    pattern.map { $0 == segment } ?? !segment.isEmpty
                }
        }?.methods
    }

    private static func segments(_ path: String) -> [Substring] {
        path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    }

    private static func template(_ path: String) -> [String?] {
        segments(path).map { $0.hasPrefix("{") && $0.hasSuffix("}") ? nil : String($0) }
    }

    /// The table of the contract this server serves.
    static let served = MethodTable(document: (try? OpenAPIDocument.spec()) ?? [:])
}
