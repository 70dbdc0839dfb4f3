import FoedusAPI
import FoedusCore
import FoedusFormats
import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird

/// User treaties: create (a treaty YAML file as the body), list, read, delete. A user treaty changes no
/// answer unless a request names it (`with=ID`); only its owner (the token that created it) may delete it.
struct UserTreatyRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits

    /// What the API returns for a user treaty.
    struct UserTreatyJSON: Encodable {
        var id: String
        var name: String
        var owner: String
        var created: String
        var yaml: String
        var notes: [String]?
    }

    struct ListJSON: Encodable {
        var treaties: [UserTreatyJSON]
        /// Pass as `after` for the next page; absent on the last page.
        var next: String?
    }

    func add(to router: Router<FoedusRequestContext>) {
        router.post("/v1/user-treaties") { request, context in
            let owner = try context.owner ?? { throw APIError.unauthorized }()
            let buffer = try await request.body.collect(upTo: limits.bodyBytes)
            guard let yaml = String(bytes: Array(buffer.readableBytesView), encoding: .utf8), !yaml.isEmpty else {
                throw APIError.badRequest("body: expected a treaty in the treaty format (YAML, UTF-8)")
            }
            // Validate exactly as `foedus validate` would, against the bundled data.
            let (world, notes) = try WorldLoader.load(files: [SourceFile(path: "body", text: yaml)])
            guard let treaty = world.treaties.first(where: { $0.origin == "body" }) else {
                throw APIError.badRequest("body: the file holds no treaty (organisations and places are not accepted)")
            }
            let document = StoreDocument(
                kind: .treaty, id: treaty.id, owner: owner, name: treaty.displayName, body: yaml,
                created: StoreTime.now())
            try await store.insert(document)
            return JSONBody.response(json(document, notes: notes), status: .created)
        }
        router.get("/v1/user-treaties") { request, _ in
            let query = QueryReader(request: request, limits: limits)
            let (after, limit) = try query.page()
            let owner = query.one("owner")
            if let owner { try StoreDocument.validateIdentifier(owner, field: "owner") }
            let documents = try await store.documents(.treaty, owner: owner, after: after, limit: limit + 1)
            let page = documents.prefix(limit)
            return JSONBody.response(
                ListJSON(
                    treaties: page.map { json($0, notes: nil) },
                    next: documents.count > limit ? page.last?.id : nil))
        }
        router.get("/v1/user-treaties/{id}") { _, context in
            let id = try context.parameters.require("id")
            guard let document = try await store.document(.treaty, id: id) else {
                throw APIError.notFound("no user treaty \(id)")
            }
            return JSONBody.response(json(document, notes: nil))
        }
        router.delete("/v1/user-treaties/{id}") { _, context in
            let owner = try context.owner ?? { throw APIError.unauthorized }()
            let id = try context.parameters.require("id")
            guard try await store.document(.treaty, id: id) != nil else {
                throw APIError.notFound("no user treaty \(id)")
            }
            guard try await store.delete(.treaty, id: id, owner: owner) else {
                throw APIError(
                    status: .forbidden, code: "forbidden", message: "only the token that created \(id) may delete it")
            }
            return Response(status: .noContent)
        }
    }

    private func json(_ document: StoreDocument, notes: [String]?) -> UserTreatyJSON {
        UserTreatyJSON(
            id: document.id, name: document.name, owner: document.owner, created: document.created,
            yaml: document.body, notes: notes.flatMap { $0.isEmpty ? nil : $0 })
    }
}
