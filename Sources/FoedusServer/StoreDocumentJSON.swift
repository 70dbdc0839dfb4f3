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

/// The body of `POST /v1/scenarios`, and what `GET` returns under `scenario`: a named scenario (day, attacks,
/// rules, user treaties) that a team can list, re-run and delete.
struct SavedScenarioRequest: Codable, Hashable, Sendable {
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

extension SavedScenarioRequest {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, on, attacks, policy, honour, includeUncertain, includeContested, with
    }

    /// The fields as `Codable` would read them, and a field it does not know refused by name (a typo such as
    /// `polcy` must not silently become the default policy).
    init(from decoder: any Decoder) throws {
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        if let unknown = all.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: all,
                debugDescription: APIError.unknownField + "; the fields are "
                    + CodingKeys.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        id = try fields.decode(String.self, forKey: .id)
        name = try fields.decode(String.self, forKey: .name)
        on = try fields.decode(String.self, forKey: .on)
        attacks = try fields.decode([String].self, forKey: .attacks)
        policy = try fields.decodeIfPresent(String.self, forKey: .policy)
        honour = try fields.decodeIfPresent(String.self, forKey: .honour)
        includeUncertain = try fields.decodeIfPresent(Bool.self, forKey: .includeUncertain)
        includeContested = try fields.decodeIfPresent(Bool.self, forKey: .includeContested)
        with = try fields.decodeIfPresent([String].self, forKey: .with)
    }
}

/// Any key, to list the keys an object holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
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
