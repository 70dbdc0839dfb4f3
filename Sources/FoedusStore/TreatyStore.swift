/// Where user data lives: user treaties, saved scenarios, audit results and API tokens.
///
/// Two implementations: ``SQLiteStore`` (a file, the default for one user) and `PostgresStore` (module
/// FoedusPostgres, for a team's server). Every write is acknowledged only after its transaction commits.
package protocol TreatyStore: Sendable {
    /// The store's address for messages (a path, or a URL without its password).
    var location: String { get }

    /// Brings the schema up to ``StoreSchema/version``; returns the versions before and after.
    /// Throws ``StoreError/schemaTooNew(store:found:supported:)`` for a store written by a newer Foedus.
    @discardableResult func migrate() async throws -> (from: Int, to: Int)

    /// Stores a new document; throws ``StoreError/conflict(_:)`` if its kind and id are taken.
    func insert(_ document: StoreDocument) async throws
    func document(_ kind: StoreDocument.Kind, id: String) async throws -> StoreDocument?
    /// Documents of a kind in id order, optionally of one owner, after an id (pagination), at most `limit`.
    func documents(_ kind: StoreDocument.Kind, owner: String?, after: String?, limit: Int) async throws
        -> [StoreDocument]
    /// Deletes a document (only its owner's, when `owner` is given); returns whether one was deleted.
    func delete(_ kind: StoreDocument.Kind, id: String, owner: String?) async throws -> Bool

    /// Stores a new token; throws ``StoreError/conflict(_:)`` if the name is taken.
    func insert(_ token: APIToken) async throws
    /// The token with this hash, revoked or not.
    func token(hash: String) async throws -> APIToken?
    func tokens() async throws -> [APIToken]
    /// Marks a token revoked; returns whether a valid token of that name existed.
    func revokeToken(name: String, at time: String) async throws -> Bool

    /// Everything, for export.
    func snapshot() async throws -> StoreSnapshot
    /// Adds what a snapshot holds and the store lacks, in one transaction; returns how many documents and
    /// tokens were added and how many were already there (same key).
    func merge(_ snapshot: StoreSnapshot) async throws -> (added: Int, skipped: Int)
}

/// The schema both stores share.
package enum StoreSchema {
    /// The schema version this binary writes and reads.
    package static let version = 1
    /// The largest page a list returns.
    package static let maximumPage = 500
}
