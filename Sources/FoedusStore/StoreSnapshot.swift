package import Foundation

/// Everything in a store, for `foedus store export` and `import`: documents and tokens (hashes only), in a
/// fixed order so that two exports of the same store are byte for byte the same.
package struct StoreSnapshot: Codable, Equatable, Sendable {
    /// Identifies the file format.
    package var format = StoreSnapshot.formatName
    /// The schema version of the store that wrote it.
    package var schema: Int
    package var documents: [StoreDocument]
    package var tokens: [APIToken]

    package static let formatName = "foedus-store"

    package init(schema: Int, documents: [StoreDocument], tokens: [APIToken]) {
        self.schema = schema
        self.documents = documents.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
        self.tokens = tokens.sorted { $0.name < $1.name }
    }

    /// JSON with sorted keys, pretty-printed.
    package func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
