import Foundation

/// Timestamps for stored records: ISO 8601 in UTC, to the second (`2026-11-23T20:40:00Z`).
public enum StoreTime {
    public static func now() -> String { Date.now.ISO8601Format() }
}
