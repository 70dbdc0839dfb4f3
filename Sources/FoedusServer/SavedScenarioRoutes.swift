import FoedusAPI
import FoedusCore
import FoedusStore
import Foundation
import HTTPTypes
import Hummingbird

/// Saved scenarios: a named scenario (day, attacks, rules, user treaties) that a team can list, re-run and
/// delete. Only the token that saved one may delete it.
struct SavedScenarioRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits

    /// The body of `POST /v1/scenarios`, and what `GET` returns under `scenario`.
    struct SavedScenario: Codable, Equatable {
        var id: String
        var name: String
        var on: String
        var attacks: [String]
        var policy: String?
        var honour: String?
        var includeUncertain: Bool?
        var includeContested: Bool?
        var with: [String]?
    }

    struct SavedScenarioJSON: Encodable {
        var scenario: SavedScenario
        var owner: String
        var created: String
    }

    struct ListJSON: Encodable {
        var scenarios: [SavedScenarioJSON]
        var next: String?
    }

    func add(to router: Router<FoedusRequestContext>) {
        router.post("/v1/scenarios") { request, context in
            let owner = try context.owner ?? { throw APIError.unauthorized }()
            let buffer = try await request.body.collect(upTo: limits.bodyBytes)
            let saved: SavedScenario
            do {
                saved = try JSONDecoder().decode(SavedScenario.self, from: Data(buffer.readableBytesView))
            } catch DecodingError.keyNotFound(let key, _) {
                throw APIError.badRequest("\(key.stringValue): missing")
            } catch DecodingError.typeMismatch(_, let context) {
                throw APIError.badRequest(
                    "\(context.codingPath.map(\.stringValue).joined(separator: ".")): wrong type")
            } catch {
                throw APIError.badRequest("body: expected a JSON object {id, name, on, attacks, …}")
            }
            _ = try await evaluate(saved)  // a scenario that cannot run is not saved
            let body = String(decoding: JSONBody.data(saved), as: UTF8.self)
            try await store.insert(
                StoreDocument(
                    kind: .scenario, id: saved.id, owner: owner, name: saved.name, body: body, created: StoreTime.now())
            )
            return JSONBody.response(
                SavedScenarioJSON(scenario: saved, owner: owner, created: StoreTime.now()), status: .created)
        }
        router.get("/v1/scenarios") { request, _ in
            let query = QueryReader(request: request, limits: limits)
            let (after, limit) = try query.page()
            let documents = try await store.documents(.scenario, owner: nil, after: after, limit: limit + 1)
            let page = documents.prefix(limit)
            return JSONBody.response(
                ListJSON(scenarios: try page.map(json), next: documents.count > limit ? page.last?.id : nil))
        }
        router.get("/v1/scenarios/{id}") { _, context in
            JSONBody.response(try json(try await document(context)))
        }
        router.get("/v1/scenarios/{id}/result") { request, context in
            let saved = try json(try await document(context)).scenario
            return ReferenceRoutes.cached(request, JSONBody.data(try await evaluate(saved).scenarioJSON()))
        }
        router.delete("/v1/scenarios/{id}") { _, context in
            let owner = try context.owner ?? { throw APIError.unauthorized }()
            let id = try await document(context).id
            guard try await store.delete(.scenario, id: id, owner: owner) else {
                throw APIError(
                    status: .forbidden, code: "forbidden", message: "only the token that saved \(id) may delete it")
            }
            return Response(status: .noContent)
        }
    }

    private func document(_ context: FoedusRequestContext) async throws -> StoreDocument {
        let id = try context.parameters.require("id")
        guard let document = try await store.document(.scenario, id: id) else {
            throw APIError.notFound("no saved scenario \(id)")
        }
        return document
    }

    private func json(_ document: StoreDocument) throws -> SavedScenarioJSON {
        let saved = try JSONDecoder().decode(SavedScenario.self, from: Data(document.body.utf8))
        return SavedScenarioJSON(scenario: saved, owner: document.owner, created: document.created)
    }

    /// Runs a saved scenario exactly as `GET /v1/scenario` would run its parameters.
    private func evaluate(_ saved: SavedScenario) async throws -> ResultPresenter {
        try StoreDocument.validateIdentifier(saved.id, field: "id")
        guard (1...200).contains(saved.name.utf8.count) else { throw APIError.badRequest("name: 1 to 200 bytes") }
        guard let day = Day(iso: saved.on), day >= Day.systemStart else {
            throw APIError.badRequest("on: '\(saved.on)' is not a valid date from 1816-01-01 (YYYY-MM-DD)")
        }
        let with = saved.with ?? []
        guard with.count <= limits.userTreaties else {
            throw APIError.badRequest("with: at most \(limits.userTreaties) user treaties")
        }
        guard (1...limits.attacks).contains(saved.attacks.count) else {
            throw APIError.badRequest("attacks: 1 to \(limits.attacks) attacks")
        }
        let world = try await reference.world(with: with, store: store)
        func choice<T: RawRepresentable & CaseIterable>(_ text: String?, _ field: String, _ value: T) throws -> T
        where T.RawValue == String {
            guard let text else { return value }
            guard let parsed = T(rawValue: text) else {
                throw APIError.badRequest(
                    "\(field): '\(text)' is not one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return parsed
        }
        let scenario = Scenario(
            day: day, attacks: try saved.attacks.map { try AttackParser.parse($0, world: world, day: day) },
            policy: try choice(saved.policy, "policy", EscalationPolicy.treaty),
            honour: try choice(saved.honour, "honour", HonourThreshold.discretionary),
            includeUncertain: saved.includeUncertain ?? false, includeContested: saved.includeContested ?? false)
        var evaluator = Evaluator(index: reference.index(of: world, on: day))
        return ResultPresenter(
            world: world, result: try evaluator.evaluate(scenario), today: try Today.resolve(), explain: [])
    }
}
