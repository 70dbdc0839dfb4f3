import Foundation

/// Timestamps for stored records: ISO 8601 in UTC, to the second (`2026-11-23T20:40:00Z`).
package enum StoreTime {
    package static func now() -> String { Date.now.ISO8601Format() }

    /// Whether `text` is a timestamp in exactly this form, of a real day and time (not `2024-02-30T…`).
    package static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 else { return false }
        for (i, byte) in bytes.enumerated() {
            let expected: UInt8? =
                switch i {
                case 4, 7: UInt8(ascii: "-")
                case 10: UInt8(ascii: "T")
                case 13, 16: UInt8(ascii: ":")
                case 19: UInt8(ascii: "Z")
                default: nil
                }
            if let expected {
                guard byte == expected else { return false }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            }
        }
        // A real date and time: parsing and printing again gives the same text.
        guard let date = try? Date(text, strategy: .iso8601) else { return false }
        return date.ISO8601Format() == text
    }

    /// Throws ``StoreError/invalid(_:)`` naming `field` unless `text` ``isValid(_:)``.
    package static func validate(_ text: String, field: String) throws {
        guard isValid(text) else {
            throw StoreError.invalid("\(field): not a time in the store's form (YYYY-MM-DDTHH:MM:SSZ, UTC)")
        }
    }
}
