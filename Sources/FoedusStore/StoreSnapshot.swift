public import Foundation

/// Everything in a store, for `foedus store export` and `import`: documents and tokens (hashes only), in a
/// fixed order so that two exports of the same store are byte for byte the same.
public struct StoreSnapshot: Codable, Equatable, Sendable {
    /// Identifies the file format.
    public var format = StoreSnapshot.formatName
    /// The schema version of the store that wrote it.
    public var schema: Int
    public var documents: [StoreDocument]
    public var tokens: [APIToken]

    public static let formatName = "foedus-store"

    public init(schema: Int, documents: [StoreDocument], tokens: [APIToken]) {
        self.schema = schema
        self.documents = documents.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
        self.tokens = tokens.sorted { $0.name < $1.name }
    }

    /// JSON with sorted keys, pretty-printed.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads an export; throws ``StoreError/badSnapshot(_:)`` naming what is wrong.
    public static func decode(_ data: Data, file: String) throws -> StoreSnapshot {
        let snapshot: StoreSnapshot
        do {
            snapshot = try JSONDecoder().decode(StoreSnapshot.self, from: data)
        } catch DecodingError.keyNotFound(let key, let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath + [key])): missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath)): \(context.debugDescription)")
        } catch DecodingError.dataCorrupted(let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw StoreError.badSnapshot("\(file): not a Foedus store export (\(error))")
        }
        guard snapshot.format == formatName else {
            throw StoreError.badSnapshot("\(file): format: expected \"\(formatName)\", found \"\(snapshot.format)\"")
        }
        for (i, document) in snapshot.documents.enumerated() {
            do { try document.validate() } catch let error as StoreError {
                throw StoreError.badSnapshot("\(file): documents[\(i)].\(error)")
            }
        }
        return snapshot
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
