import FoedusApp
import FoedusCore
import FoedusStore

/// Reads query parameters, as the generated operations receive them, into engine values; every error names the
/// parameter. (The generated code has already decoded the types and the enumerations the contract declares.)
enum QueryReader {
    /// `on` as the generated operations receive it.
    static func day(_ text: String?, today: Day) throws -> Day {
        guard let text else { return today }
        return try RequestField.day(text, field: "on")
    }

    /// `with` and `workspace` as the generated operations receive them.
    static func userTreaties(
        with named: [String], workspace: String?, owner: String?, limits: ServerConfiguration.Limits,
        store: any TreatyStore
    ) async throws -> [String] {
        var ids = named
        if let workspace {
            guard workspace == "mine" else { throw APIError.badRequest("workspace: the only value is 'mine'") }
            guard let owner else { throw APIError.unauthorized }
            let own = try await store.documents(.treaty, owner: owner, after: nil, limit: limits.userTreaties + 1)
            ids += own.map(\.id).filter { !ids.contains($0) }
        }
        guard ids.count <= limits.userTreaties else {
            throw APIError.badRequest("with: at most \(limits.userTreaties) user treaties per request")
        }
        return ids
    }
}
