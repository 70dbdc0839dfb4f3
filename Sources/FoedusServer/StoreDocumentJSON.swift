import FoedusApp
import FoedusStore

/// What the API returns for a user treaty.
struct UserTreatyJSON: Codable, Hashable, Sendable {
    var id: String
    var name: String
    var owner: String
    var created: String
    var yaml: String
    var notes: [String]?

    init(_ document: StoreDocument, notes: [String]? = nil) {
        id = document.id
        name = document.name
        owner = document.owner
        created = document.created
        yaml = document.body
        self.notes = notes.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A page of user treaties, in id order.
struct UserTreatyListJSON: Codable, Hashable, Sendable {
    var treaties: [UserTreatyJSON]
    /// Pass as `after` for the next page; absent on the last page.
    var next: String?
}

/// A saved scenario with its owner and the time it was saved.
struct SavedScenarioJSON: Codable, Hashable, Sendable {
    var scenario: SavedScenarioRequest
    var owner: String
    var created: String
}

/// A page of saved scenarios, in id order.
struct SavedScenarioListJSON: Codable, Hashable, Sendable {
    var scenarios: [SavedScenarioJSON]
    var next: String?
    /// Ids of stored scenarios on this page that cannot be read, left out of `scenarios`; absent when none.
    var skipped: [String]?
}
