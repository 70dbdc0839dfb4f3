import Foundation

/// Where the default SQLite store lives: `--store PATH`, else `FOEDUS_STORE`, else
/// `$XDG_DATA_HOME/foedus/foedus.sqlite`, else `~/.local/share/foedus/foedus.sqlite`.
///
/// A path the user gave (`--store`, `FOEDUS_STORE`) must be in an existing folder: a typo is an error, not
/// a new folder tree. Only the default location's folder is created, with mode 0700.
package enum StoreLocation {
    /// Where a path came from, for messages (`--store: folder X does not exist`).
    package enum Source: String, Sendable {
        case option = "--store"
        case environment = "FOEDUS_STORE"
        case userDataFolder = "the default store"
    }

    package static func sqlitePath(option: String?, environment: [String: String]) -> String {
        sqlite(option: option, environment: environment).path
    }

    /// The path and where it came from.
    package static func sqlite(option: String?, environment: [String: String]) -> (path: String, source: Source) {
        if let option, !option.isEmpty { return (option, .option) }
        if let path = environment["FOEDUS_STORE"], !path.isEmpty { return (path, .environment) }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.local/share"
        }
        return (base + "/foedus/foedus.sqlite", .userDataFolder)
    }

    /// Makes sure the folder of `path` exists: creates it (mode 0700, with any missing parents) for the
    /// default location; otherwise throws ``StoreError/unavailable(_:)`` naming the option or variable.
    package static func prepareFolder(of path: String, source: Source) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw StoreError.unavailable("\(source.rawValue): \(folder) is not a folder")
            }
            return
        }
        guard source == .userDataFolder else {
            throw StoreError.unavailable("\(source.rawValue): folder \(folder) does not exist")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.unavailable("\(folder): cannot create the store's folder (\(error.localizedDescription))")
        }
    }
}
