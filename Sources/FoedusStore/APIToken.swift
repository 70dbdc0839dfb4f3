import Crypto
import Foundation

/// A bearer token for writes to the HTTP API. Only the SHA-256 of the secret is stored; the secret is shown
/// once, when it is created.
package struct APIToken: Codable, Equatable, Sendable {
    /// The token's name (also the owner of what it writes).
    package var name: String
    /// Lower-case hexadecimal SHA-256 of the secret.
    package var hash: String
    /// ISO 8601, UTC.
    package var created: String
    /// When it was revoked (ISO 8601, UTC), or `nil` while it is valid.
    package var revoked: String?

    package init(name: String, hash: String, created: String, revoked: String? = nil) {
        self.name = name
        self.hash = hash
        self.created = created
        self.revoked = revoked
    }

    /// A new random secret (256 bits, as `foedus_` and 64 hexadecimal digits) and the token that stores its hash.
    package static func generate(name: String, created: String) throws -> (secret: String, token: APIToken) {
        try StoreDocument.validateIdentifier(name, field: "name")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = "foedus_" + hex(bytes)
        return (secret, APIToken(name: name, hash: hash(of: secret), created: created))
    }

    /// Checks every field; throws ``StoreError/invalid(_:)`` whose message starts with the field.
    package func validate() throws {
        try StoreDocument.validateIdentifier(name, field: "name")
        guard APIToken.isHash(hash) else { throw StoreError.invalid("hash: not a SHA-256 hex digest") }
        try StoreTime.validate(created, field: "created")
        if let revoked { try StoreTime.validate(revoked, field: "revoked") }
    }

    /// Whether `text` is what ``hash(of:)`` returns: 64 lower-case hexadecimal digits.
    package static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            }
    }

    /// The stored form of a secret.
    package static func hash(of secret: String) -> String {
        hex(Array(SHA256.hash(data: Data(secret.utf8))))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
