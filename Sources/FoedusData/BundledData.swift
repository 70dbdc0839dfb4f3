/// The data compiled into Foedus: the COW state system and code table, and the curated treaty,
/// organisation, place and deployment files of `Data/` (see `Data/README.md` for provenance and terms).
///
/// The contents live in `Generated/BundledFiles.swift`, written by `scripts/generate-data`.
package enum BundledData {
    /// `release+hash`, as printed by `foedus --version` and in every answer's provenance.
    package static var version: String { "\(release)+\(sha256.prefix(12))" }
}
