import Foundation

/// Where the default SQLite store lives: `--store PATH`, else `FOEDUS_STORE`, else
/// `$XDG_DATA_HOME/foedus/foedus.sqlite`, else `~/.local/share/foedus/foedus.sqlite`.
public enum StoreLocation {
    public static func sqlitePath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["FOEDUS_STORE"], !path.isEmpty { return path }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.local/share"
        }
        return base + "/foedus/foedus.sqlite"
    }
}
