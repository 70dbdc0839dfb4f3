/// Where a treaty was read from: a curated or user file, or an import of the ATOP dataset.
public enum TreatyOrigin: Hashable, Sendable, CustomStringConvertible {
    /// A treaty file (`Data/treaties/nato-1949.yaml`, a user's file, or `body` for an HTTP body).
    case file(String)
    /// An alliance imported from ATOP, with the dataset's version (`5.1`).
    case atop(version: String)

    /// For messages: the file's path, or `ATOP 5.1`.
    public var description: String {
        switch self {
        case .file(let path): path
        case .atop(let version): "ATOP \(version)"
        }
    }
}
