import FoedusApp
import FoedusCore
import FoedusStore
import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Saved scenarios: a named scenario (day, attacks, rules, user treaties) that a team can list, re-run and
/// delete. Only the token that saved one may delete it.
extension ContractAPI {
    func saveScenario(_ input: Operations.SaveScenario.Input) async throws -> Operations.SaveScenario.Output {
        let owner = try RequestOwner.current ?? { throw APIError.unauthorized }()
        let saved: SavedScenarioRequest
        switch input.body {
        case .json(let json): saved = json
        case .any(let body): saved = try Self.savedScenario(try await Self.text(body, limit: limits.bodyBytes))
        }
        _ = try await run(saved)  // a scenario that cannot run is not saved
        let text = String(decoding: JSONBody.data(saved), as: UTF8.self)
        let created = StoreTime.now()
        try await store.insert(
            StoreDocument(kind: .scenario, id: saved.id, owner: owner, name: saved.name, body: text, created: created))
        return .created(.init(body: .json(SavedScenarioJSON(scenario: saved, owner: owner, created: created))))
    }

    func listScenarios(_ input: Operations.ListScenarios.Input) async throws -> Operations.ListScenarios.Output {
        let (after, limit) = try page(after: input.query.after, limit: input.query.limit)
        let documents = try await store.documents(.scenario, owner: nil, after: after, limit: limit + 1)
        let page = documents.prefix(limit)
        // A record that cannot be read (imported, or written by another version) is left out and reported (in
        // `skipped` and the log), never the reason the whole list fails.
        var scenarios: [SavedScenarioJSON] = []
        var skipped: [String] = []
        for document in page {
            if let scenario = try? Self.savedScenario(document) {
                scenarios.append(scenario)
            } else {
                skipped.append(document.id)
            }
        }
        if !skipped.isEmpty {
            let ids = skipped.joined(separator: ", ")
            logger.warning(
                "GET /v1/scenarios: left out \(skipped.count) stored scenario(s) that cannot be read: \(ids)")
        }
        let list = SavedScenarioListJSON(
            scenarios: scenarios, next: documents.count > limit ? page.last?.id : nil,
            skipped: skipped.isEmpty ? nil : skipped)
        return .ok(.init(body: .json(list)))
    }

    func getScenario(_ input: Operations.GetScenario.Input) async throws -> Operations.GetScenario.Output {
        .ok(.init(body: .json(try Self.savedScenario(try await savedDocument(input.path.id)))))
    }

    func scenarioResult(_ input: Operations.ScenarioResult.Input) async throws -> Operations.ScenarioResult.Output {
        let saved = try Self.savedScenario(try await savedDocument(input.path.id)).scenario
        return .ok(.init(body: .json(try await run(saved).scenarioJSON())))
    }

    func deleteScenario(_ input: Operations.DeleteScenario.Input) async throws -> Operations.DeleteScenario.Output {
        let owner = try RequestOwner.current ?? { throw APIError.unauthorized }()
        let id = try await savedDocument(input.path.id).id
        guard try await store.delete(.scenario, id: id, owner: owner) else {
            throw APIError(
                status: .forbidden, code: "forbidden", message: "only the token that saved \(id) may delete it")
        }
        return .noContent(.init())
    }

    private func savedDocument(_ id: String) async throws -> StoreDocument {
        guard let document = try await store.document(.scenario, id: id) else {
            throw APIError.notFound("no saved scenario \(id)")
        }
        return document
    }

    /// A stored scenario; one whose record cannot be read is a 500 that says so (`badRecord`), not a decoding
    /// error.
    private static func savedScenario(_ document: StoreDocument) throws -> SavedScenarioJSON {
        guard let saved = try? JSONDecoder().decode(SavedScenarioRequest.self, from: Data(document.body.utf8)) else {
            throw APIError(
                status: .internalServerError, code: "badRecord",
                message: "the stored record of saved scenario \(document.id) cannot be read; its owner can delete it")
        }
        return SavedScenarioJSON(scenario: saved, owner: document.owner, created: document.created)
    }

    /// A body sent with another content type than JSON, read as JSON all the same; errors name the field.
    private static func savedScenario(_ text: String) throws -> SavedScenarioRequest {
        do {
            return try JSONDecoder().decode(SavedScenarioRequest.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw APIError.badRequest(
                APIError.describe(error) ?? "body: expected a JSON object {id, name, on, attacks, …}")
        }
    }

    /// Runs a saved scenario exactly as `GET /v1/scenario` would run its parameters.
    private func run(_ saved: SavedScenarioRequest) async throws -> ResultPresenter {
        try StoreDocument.validateIdentifier(saved.id, field: "id")
        guard (1...200).contains(saved.name.utf8.count) else { throw APIError.badRequest("name: 1 to 200 bytes") }
        let with = saved.with ?? []
        guard with.count <= limits.userTreaties else {
            throw APIError.badRequest("with: at most \(limits.userTreaties) user treaties")
        }
        let request = try saved.request()
        let today = try Today.resolve()
        let day = try request.day(today: today)
        let world = try await reference.world(with: with, store: store)
        return try EvaluateScenario.run(
            request, on: day, in: world, today: today, defaultPolicy: .treaty, limits: limits.scenario,
            index: reference.index(of: world, on: day))
    }
}
