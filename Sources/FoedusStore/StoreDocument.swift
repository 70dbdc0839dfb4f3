/// One piece of user data kept in a ``TreatyStore``: a user treaty (YAML), a saved scenario or an audit
/// result (JSON), owned by the token name that created it (`local` from the command line).
///
/// Reference data (the bundled treaties, states and datasets) never goes into a store: it lives in the binary.
public struct StoreDocument: Codable, Equatable, Sendable {
    /// What a document holds.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A user treaty in the treaty format (YAML), applied only to requests that name it.
        case treaty
        /// A saved scenario (the JSON body of a scenario request).
        case scenario
        /// An audit result (the JSON of `foedus audit --json`).
        case audit
    }

    public var kind: Kind
    /// Unique within its kind: 1–64 characters from letters, digits, `-`, `_` and `.`.
    public var id: String
    public var owner: String
    /// A human-readable title.
    public var name: String
    /// The content: YAML for a treaty, JSON otherwise.
    public var body: String
    /// When it was stored: ISO 8601, UTC.
    public var created: String

    public init(kind: Kind, id: String, owner: String, name: String, body: String, created: String) {
        self.kind = kind
        self.id = id
        self.owner = owner
        self.name = name
        self.body = body
        self.created = created
    }

    /// The largest body a store accepts (1 MiB), so that one request cannot fill the disk.
    public static let maximumBodyBytes = 1 << 20

    /// Checks the fields a store relies on; throws ``StoreError/invalid(_:)`` naming the field.
    public func validate() throws {
        try StoreDocument.validateIdentifier(id, field: "id")
        try StoreDocument.validateIdentifier(owner, field: "owner")
        guard name.utf8.count <= 200 else { throw StoreError.invalid("name: longer than 200 bytes") }
        guard !body.isEmpty else { throw StoreError.invalid("body: empty") }
        guard body.utf8.count <= StoreDocument.maximumBodyBytes else {
            throw StoreError.invalid("body: larger than \(StoreDocument.maximumBodyBytes) bytes")
        }
    }

    public static func validateIdentifier(_ value: String, field: String) throws {
        guard (1...64).contains(value.utf8.count) else {
            throw StoreError.invalid("\(field): must have 1 to 64 characters")
        }
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar))
        }
        guard allowed else { throw StoreError.invalid("\(field): only letters, digits, '-', '_' and '.' are allowed") }
    }
}
