/// What can go wrong with a store, in words a user can act on.
package enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A field of a document or token is not acceptable; the message names the field.
    case invalid(String)
    /// A document or token with this key exists already.
    case conflict(String)
    /// The store was written by a newer Foedus: its schema is unknown to this binary.
    case schemaTooNew(store: String, found: Int, supported: Int)
    /// The store cannot be opened or reached (a path that cannot be created, a database that refuses).
    case unavailable(String)
    /// An import file that is not a Foedus store export.
    case badSnapshot(String)

    package var description: String {
        switch self {
        case .invalid(let message): message
        case .conflict(let message): message
        case .schemaTooNew(let store, let found, let supported):
            "\(store): the store's schema is version \(found), newer than this foedus supports (\(supported)); "
                + "use a newer foedus, or another store (--store PATH)"
        case .unavailable(let message): message
        case .badSnapshot(let message): message
        }
    }
}
