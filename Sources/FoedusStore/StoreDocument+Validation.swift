import Foundation

/// What a store accepts: every write (``TreatyStore/insert(_:)-(StoreDocument)``, ``TreatyStore/merge(_:)``)
/// goes through ``StoreDocument/validate()``, so neither backend can hold a record that a reader would
/// choke on.
extension StoreDocument {
    /// The largest body a store accepts (1 MiB), so that one request cannot fill the disk.
    package static let maximumBodyBytes = 1 << 20

    /// The longest name, in UTF-8 bytes.
    package static let maximumNameBytes = 200

    /// Checks every field; throws ``StoreError/invalid(_:)`` whose message starts with the field
    /// (`body: not valid JSON (…)`).
    package func validate() throws {
        try StoreDocument.validateIdentifier(id, field: "id")
        try StoreDocument.validateIdentifier(owner, field: "owner")
        try StoreDocument.validateName(name, field: "name")
        try StoreTime.validate(created, field: "created")
        try validateBody()
    }

    /// An id, owner or token name: 1–64 ASCII letters, digits, `-`, `_` and `.`, not `.` or `..`.
    package static func validateIdentifier(_ value: String, field: String) throws {
        guard (1...64).contains(value.utf8.count) else {
            throw StoreError.invalid("\(field): must have 1 to 64 characters")
        }
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar))
        }
        guard allowed else { throw StoreError.invalid("\(field): only letters, digits, '-', '_' and '.' are allowed") }
        guard value != ".", value != ".." else { throw StoreError.invalid("\(field): '\(value)' is not a name") }
    }

    /// A title: 1–200 bytes of text with no control characters (nothing that moves a terminal's cursor or
    /// reverses its text).
    package static func validateName(_ value: String, field: String) throws {
        guard (1...maximumNameBytes).contains(value.utf8.count) else {
            throw StoreError.invalid("\(field): must have 1 to \(maximumNameBytes) bytes")
        }
        if let scalar = value.unicodeScalars.first(where: isControl) {
            throw StoreError.invalid("\(field): contains the control character \(codePoint(scalar))")
        }
    }

    private func validateBody() throws {
        guard !body.isEmpty else { throw StoreError.invalid("body: empty") }
        guard body.utf8.count <= StoreDocument.maximumBodyBytes else {
            throw StoreError.invalid("body: larger than \(StoreDocument.maximumBodyBytes) bytes")
        }
        switch kind {
        case .treaty:
            // YAML's printable characters: no C0 controls but tab and line ends, no DEL, no C1 but NEL.
            if let scalar = body.unicodeScalars.first(where: { !Self.isYAMLPrintable($0) }) {
                throw StoreError.invalid("body: contains \(Self.codePoint(scalar)), which YAML does not allow")
            }
        case .scenario, .audit:
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(body.utf8), options: .fragmentsAllowed)
            } catch {
                throw StoreError.invalid("body: not valid JSON")
            }
            guard object is [String: Any] else { throw StoreError.invalid("body: not a JSON object") }
        }
    }

    /// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and isolates.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func isYAMLPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String { String(format: "U+%04X", scalar.value) }
}
