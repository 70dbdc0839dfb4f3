import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusStore
import Foundation

/// What `foedus store import` checks beyond the store's own rules (``StoreSnapshot/validate()``), in the
/// formats the store does not read: a user treaty's body is a treaty that `foedus validate` accepts, with
/// the record's id; a saved scenario's body has the fields `POST /v1/scenarios` stores, with the record's id.
/// Errors are ``StoreError/badSnapshot(_:)`` naming the file and the record.
enum StoreImportCheck {
    static func check(_ snapshot: StoreSnapshot, file: String) throws {
        for (i, document) in snapshot.documents.enumerated() {
            let place = "\(file): documents[\(i)].body"
            switch document.kind {
            case .treaty: try checkTreaty(document, place: place)
            case .scenario: try checkScenario(document, place: place)
            case .audit: break
            }
        }
    }

    private static func checkTreaty(_ document: StoreDocument, place: String) throws {
        let treaties: [Treaty]
        do {
            treaties = try WorldLoader.load(files: [SourceFile(path: place, text: document.body)]).0.treaties
        } catch let failure as ValidationFailure {
            let more = failure.diagnostics.count > 1 ? " (and \(failure.diagnostics.count - 1) more problems)" : ""
            throw StoreError.badSnapshot((failure.diagnostics.first?.description ?? "\(place): not a treaty") + more)
        } catch {
            throw StoreError.badSnapshot("\(place): not a treaty (\(error))")
        }
        guard let treaty = treaties.first(where: { $0.origin == .file(place) }) else {
            throw StoreError.badSnapshot("\(place): holds no treaty")
        }
        guard treaty.id == document.id else {
            throw StoreError.badSnapshot(
                "\(place): the treaty's id is \(treaty.id.debugDescription), the record's \(document.id)")
        }
    }

    private static func checkScenario(_ document: StoreDocument, place: String) throws {
        let fields: SavedScenarioRequest
        do {
            fields = try JSONDecoder().decode(SavedScenarioRequest.self, from: Data(document.body.utf8))
        } catch DecodingError.keyNotFound(let key, _) {
            throw StoreError.badSnapshot("\(place): \(key.stringValue): missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context)
        {
            let field = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined()
            throw StoreError.badSnapshot("\(place): \(field): \(context.debugDescription)")
        } catch {
            throw StoreError.badSnapshot("\(place): not a saved scenario")
        }
        guard fields.id == document.id else {
            throw StoreError.badSnapshot(
                "\(place): the scenario's id is \(fields.id.debugDescription), the record's \(document.id)")
        }
    }
}
