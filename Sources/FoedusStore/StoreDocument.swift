/// One piece of user data kept in a ``TreatyStore``: a user treaty (YAML), a saved scenario or an audit
/// result (JSON), owned by the token name that created it (`local` from the command line).
///
/// Reference data (the bundled treaties, states and datasets) never goes into a store: it lives in the binary.
package struct StoreDocument: Codable, Equatable, Sendable {
    /// What a document holds.
    package enum Kind: String, Codable, CaseIterable, Sendable {
        /// A user treaty in the treaty format (YAML), applied only to requests that name it.
        case treaty
        /// A saved scenario (the JSON body of a scenario request): a JSON object.
        case scenario
        /// An audit result (the JSON of `foedus audit --json`): a JSON object.
        case audit
    }

    package var kind: Kind
    /// Unique within its kind: 1–64 characters from letters, digits, `-`, `_` and `.`.
    package var id: String
    package var owner: String
    /// A human-readable title: 1–200 bytes, no control characters.
    package var name: String
    /// The content, at most 1 MiB: YAML for a treaty, a JSON object otherwise.
    package var body: String
    /// When it was stored: ISO 8601, UTC, to the second (``StoreTime``).
    package var created: String

    package init(kind: Kind, id: String, owner: String, name: String, body: String, created: String) {
        self.kind = kind
        self.id = id
        self.owner = owner
        self.name = name
        self.body = body
        self.created = created
    }
}
