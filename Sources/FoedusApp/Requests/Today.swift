public import FoedusCore
import Foundation

/// "Today" in UTC, or `FOEDUS_TODAY` for reproducible runs.
public enum Today {
    public static func resolve() throws -> Day {
        if let pinned { return try pinned.get() }
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(rawValue: 719_162 + Int32(seconds / 86_400))
    }

    /// `FOEDUS_TODAY`, read once: the environment does not change under a running process, and the server asks
    /// for today on every request.
    private static let pinned: Result<Day, FoedusError>? = {
        guard let value = getenv("FOEDUS_TODAY") else { return nil }
        let text = String(cString: value)
        guard !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else {
            return .failure(FoedusError(.invalidDate, "FOEDUS_TODAY: '\(text)' is not a valid date (YYYY-MM-DD)"))
        }
        return .success(day)
    }()
}
