/// One piece of user data kept in a ``TreatyStore``: a user treaty (YAML), a saved scenario or an audit
/// result (JSON), owned by the token name that created it (`local` from the command line).
///
/// Reference data (the bundled treaties, states and datasets) never goes into a store: it lives in the binary.
public struct StoreDocument: Codable, Equatable, Sendable {
    /// What a document holds.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A user treaty in the treaty format (YAML), applied only to requests that name it.
        case treaty
        /// A saved scenario (the JSON body of a scenario request): a JSON object.
        case scenario
        /// An audit result (the JSON of `foedus audit --json`): a JSON object.
        case audit
    }

    public var kind: Kind
    /// Unique within its kind: 1–64 characters from letters, digits, `-`, `_` and `.`.
    public var id: String
    public var owner: String
    /// A human-readable title: 1–200 bytes, no control characters.
    public var name: String
    /// The content, at most 1 MiB: YAML for a treaty, a JSON object otherwise.
    public var body: String
    /// When it was stored: ISO 8601, UTC, to the second (``StoreTime``).
    public var created: String

    public init(kind: Kind, id: String, owner: String, name: String, body: String, created: String) {
        self.kind = kind
        self.id = id
        self.owner = owner
        self.name = name
        self.body = body
        self.created = created
    }
}
