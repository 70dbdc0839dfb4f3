package import Foundation

/// Reading an export, which may have been edited by anyone: every field of every record is checked before
/// anything is written, and every error names the file and the record (`backup.json: tokens[3].hash: not a
/// SHA-256 hex digest`).
extension StoreSnapshot {
    /// Reads an export; throws ``StoreError/badSnapshot(_:)`` naming the file, the record and the field.
    package static func decode(_ data: Data, file: String) throws -> StoreSnapshot {
        do {
            try checkShape(data)
        } catch StoreError.invalid(let message) {
            throw StoreError.badSnapshot("\(file): \(message)")
        }
        let snapshot: StoreSnapshot
        do {
            snapshot = try JSONDecoder().decode(StoreSnapshot.self, from: data)
        } catch DecodingError.keyNotFound(let key, let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath + [key])): missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath)): \(context.debugDescription)")
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.last?.stringValue == "kind" {
            let kinds = StoreDocument.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath)): not one of \(kinds)")
        } catch DecodingError.dataCorrupted(let context) {
            throw StoreError.badSnapshot("\(file): \(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw StoreError.badSnapshot("\(file): not a Foedus store export (\(error))")
        }
        do {
            try snapshot.validate()
        } catch StoreError.invalid(let message) {
            throw StoreError.badSnapshot("\(file): \(message)")
        }
        return snapshot
    }

    /// Checks every record: each document and token field (``StoreDocument/validate()``,
    /// ``APIToken/validate()``), the schema version, and that no key appears twice. Throws
    /// ``StoreError/invalid(_:)`` whose message names the record (`tokens[3].hash: …`).
    package func validate() throws {
        guard format == Self.formatName else {
            throw StoreError.invalid("format: expected \"\(Self.formatName)\", found \(format.debugDescription)")
        }
        try Self.checkSchema(schema)
        var documentKeys: [String: Int] = [:]
        for (i, document) in documents.enumerated() {
            do { try document.validate() } catch StoreError.invalid(let message) {
                throw StoreError.invalid("documents[\(i)].\(message)")
            }
            let key = "\(document.kind.rawValue) \(document.id)"
            if let first = documentKeys.updateValue(i, forKey: key) {
                throw StoreError.invalid("documents[\(i)].id: \(key) appears twice (also documents[\(first)])")
            }
        }
        var names: [String: Int] = [:]
        var hashes: [String: Int] = [:]
        for (i, token) in tokens.enumerated() {
            do { try token.validate() } catch StoreError.invalid(let message) {
                throw StoreError.invalid("tokens[\(i)].\(message)")
            }
            if let first = names.updateValue(i, forKey: token.name) {
                throw StoreError.invalid("tokens[\(i)].name: \(token.name) appears twice (also tokens[\(first)])")
            }
            if let first = hashes.updateValue(i, forKey: token.hash) {
                throw StoreError.invalid("tokens[\(i)].hash: the same as tokens[\(first)].hash")
            }
        }
    }

    private static func checkSchema(_ schema: Int) throws {
        guard schema == StoreSchema.version else {
            throw StoreError.invalid(
                "schema: version \(schema) is not one this foedus reads (it reads version \(StoreSchema.version))")
        }
    }

    private static let topLevelKeys: Set = ["format", "schema", "documents", "tokens"]
    private static let documentKeys: Set = ["kind", "id", "owner", "name", "body", "created"]
    private static let tokenKeys: Set = ["name", "hash", "created", "revoked"]

    /// Before decoding: a JSON object of the right format and schema version (checked first, so that a file
    /// from a newer Foedus is named as such), with no field this version does not know.
    private static func checkShape(_ data: Data) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StoreError.invalid("not valid JSON, so not a Foedus store export")
        }
        guard let top = object as? [String: Any] else {
            throw StoreError.invalid("not a Foedus store export (expected a JSON object)")
        }
        if let format = top["format"] as? String, format != formatName {
            throw StoreError.invalid("format: expected \"\(formatName)\", found \(format.debugDescription)")
        }
        if let schema = top["schema"] as? Int { try checkSchema(schema) }
        try checkKeys(top, known: topLevelKeys, at: "")
        for (field, known) in [("documents", documentKeys), ("tokens", tokenKeys)] {
            for (i, record) in (top[field] as? [Any] ?? []).enumerated() {
                if let record = record as? [String: Any] { try checkKeys(record, known: known, at: "\(field)[\(i)].") }
            }
        }
    }

    private static func checkKeys(_ object: [String: Any], known: Set<String>, at prefix: String) throws {
        if let unknown = object.keys.filter({ !known.contains($0) }).min() {
            throw StoreError.invalid("\(prefix)\(unknown.debugDescription): not a field of a Foedus store export")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
