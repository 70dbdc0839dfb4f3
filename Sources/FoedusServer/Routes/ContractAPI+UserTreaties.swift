import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusStore
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// User treaties: create (a treaty YAML file as the body), list, read, delete. A user treaty changes no answer
/// unless a request names it (`with=ID`); only its owner (the token that created it) may delete it. Writes need
/// a token (``RequestMiddleware`` checks it before the generated code runs).
extension ContractAPI {
    func createUserTreaty(_ input: Operations.CreateUserTreaty.Input) async throws -> Operations.CreateUserTreaty.Output
    {
        let owner = try RequestOwner.current ?? { throw APIError.unauthorized }()
        let body: HTTPBody
        switch input.body {
        case .yaml(let yaml): body = yaml
        case .any(let any): body = any
        }
        let yaml = try await Self.text(body, limit: limits.bodyBytes)
        guard !yaml.isEmpty else {
            throw APIError.badRequest("body: expected a treaty in the treaty format (YAML, UTF-8)")
        }
        // Validate exactly as `foedus validate` would, against the bundled data.
        let (world, notes) = try WorldLoader.load(files: [SourceFile(path: "body", text: yaml)])
        guard let treaty = world.treaties.first(where: { $0.origin == .file("body") }) else {
            throw APIError.badRequest("body: the file holds no treaty (organisations and places are not accepted)")
        }
        let document = StoreDocument(
            kind: .treaty, id: treaty.id, owner: owner, name: treaty.displayName, body: yaml, created: StoreTime.now())
        try await store.insert(document)
        return .created(.init(body: .json(UserTreatyJSON(document, notes: notes))))
    }

    func listUserTreaties(_ input: Operations.ListUserTreaties.Input) async throws -> Operations.ListUserTreaties.Output
    {
        let q = input.query
        let (after, limit) = try page(after: q.after, limit: q.limit)
        if let owner = q.owner { try StoreDocument.validateIdentifier(owner, field: "owner") }
        let documents = try await store.documents(.treaty, owner: q.owner, after: after, limit: limit + 1)
        let page = documents.prefix(limit)
        let list = UserTreatyListJSON(
            treaties: page.map { UserTreatyJSON($0) }, next: documents.count > limit ? page.last?.id : nil)
        return .ok(.init(body: .json(list)))
    }

    func getUserTreaty(_ input: Operations.GetUserTreaty.Input) async throws -> Operations.GetUserTreaty.Output {
        guard let document = try await store.document(.treaty, id: input.path.id) else {
            throw APIError.notFound("no user treaty \(input.path.id)")
        }
        return .ok(.init(body: .json(UserTreatyJSON(document))))
    }

    func deleteUserTreaty(_ input: Operations.DeleteUserTreaty.Input) async throws -> Operations.DeleteUserTreaty.Output
    {
        let owner = try RequestOwner.current ?? { throw APIError.unauthorized }()
        let id = input.path.id
        guard try await store.document(.treaty, id: id) != nil else { throw APIError.notFound("no user treaty \(id)") }
        guard try await store.delete(.treaty, id: id, owner: owner) else {
            throw APIError(
                status: .forbidden, code: "forbidden", message: "only the token that created \(id) may delete it")
        }
        return .noContent(.init())
    }

    /// `limit` (1…the page limit, default the page limit) and `after` for lists.
    func page(after: String?, limit: Int?) throws -> (after: String?, limit: Int) {
        let limit = try Self.number("limit", limit, in: 1...limits.page, default: limits.page)
        if let after {
            do { try StoreDocument.validateIdentifier(after, field: "after") } catch let error as StoreError {
                throw APIError.badRequest(error.description)
            }
        }
        return (after, limit)
    }

    /// A request body as UTF-8 text, within `limit` bytes (413 beyond).
    static func text(_ body: HTTPBody, limit: Int) async throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try await [UInt8](collecting: body, upTo: limit)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw RequestBodyLimit.tooLarge(limit)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw APIError.badRequest("body: not UTF-8 text")
        }
        return text
    }
}
