import FoedusCore

/// The body of `POST /v1/scenarios`, and what `GET` returns under `scenario` (shared by the server, `store import`
/// and the fuzz target, so all three read a saved scenario alike): a named scenario (day, attacks,
/// rules, user treaties) that a team can list, re-run and delete.
public struct SavedScenarioRequest: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var on: String
    public var attacks: [String]
    public var policy: String?
    public var honour: String?
    public var includeUncertain: Bool?
    public var includeContested: Bool?
    public var sovereignty: String?
    public var with: [String]?
}

extension SavedScenarioRequest {
    /// The start of the message for a field the body does not know (the server answers it as a 400 naming it).
    public static let unknownField = "unknown field"

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, on, attacks, policy, honour, includeUncertain, includeContested, sovereignty, with
    }

    /// The fields as `Codable` would read them, and a field it does not know refused by name (a typo such as
    /// `polcy` must not silently become the default policy).
    public init(from decoder: any Decoder) throws {
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        if let unknown = all.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: all,
                debugDescription: Self.unknownField + "; the fields are "
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
        sovereignty = try fields.decodeIfPresent(String.self, forKey: .sovereignty)
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

extension SavedScenarioRequest {
    /// The scenario request the saved fields stand for (fields named as in the body).
    ///
    /// - Throws: ``FoedusError`` naming a field whose value is not one of its choices.
    public func request() throws -> ScenarioRequest {
        ScenarioRequest(
            door: .body, on: on, attacks: attacks,
            policy: try policy.map { try RequestField.choice($0, field: "policy") } ?? .treaty,
            honour: try honour.map { try RequestField.choice($0, field: "honour") } ?? .discretionary,
            includeUncertain: includeUncertain ?? false, includeContested: includeContested ?? false,
            sovereignty: try sovereignty.map { try RequestField.choice($0, field: "sovereignty") } ?? .disputed)
    }
}
