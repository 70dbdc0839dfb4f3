public import FoedusAnalysis
import FoedusCore
import Yams

/// Reads an architecture file (`type: architecture`, docs/architecture.md): a named set of organisations
/// and treaties with the UN M49 regions it covers and the reading of each organisation's accession clause.
public enum ArchitectureDecoder {
    /// Parses one file.
    /// - Throws: ``ValidationFailure`` listing every problem as `file:line: field: message`.
    public static func decode(_ file: SourceFile) throws -> Architecture {
        let root: Node
        do { root = try YAMLDocument.root(file.text, file: file.path) } catch { throw ValidationFailure([error]) }
        var reader = NodeReader(file: file.path) { text in
            throw FoedusError(.invalidValue, "an architecture names no states ('\(text)')")
        }
        let architecture = reader.architecture(root)
        guard reader.diagnostics.isEmpty, let architecture else { throw ValidationFailure(reader.diagnostics) }
        return architecture
    }
}

extension NodeReader {
    static let m49Regions: Set<String> = ["Africa", "Americas", "Asia", "Europe", "Oceania"]

    mutating func architecture(_ root: Node) -> Architecture? {
        let keys: Set<String> = [
            "type", "id", "name", "description", "region", "organisations", "treaties", "eligibility", "source",
        ]
        guard let map = mapping(root, "", allowed: keys) else { return nil }
        let type = string(map["type"], "type", required: true)
        if let type, type != "architecture" {
            report(map["type"], "type", "expected 'architecture', not '\(type)'")
        }
        let id = string(map["id"], "id", required: true)
        let name = string(map["name"], "name", required: true)
        let regions = strings(map["region"], "region")
        if regions.isEmpty { report(map["region"] ?? root, "region", "is required (UN M49 regions)") }
        for (i, r) in regions.enumerated() where !Self.m49Regions.contains(r) {
            report(
                map["region"], "region[\(i)]",
                "unknown UN M49 region '\(r)'; expected one of "
                    + Self.m49Regions.sorted().joined(separator: ", "))
        }
        let organisations = strings(map["organisations"], "organisations")
        let treaties = strings(map["treaties"], "treaties")
        if organisations.isEmpty && treaties.isEmpty {
            report(root, "organisations", "an architecture needs at least one organisation or treaty")
        }
        var eligibility: [Architecture.Eligibility] = []
        for (i, node) in sequence(map["eligibility"], "eligibility").enumerated() {
            let field = "eligibility[\(i)]"
            guard let e = mapping(node, field, allowed: ["organisation", "m49Regions", "m49Subregions", "note"]),
                let org = string(e["organisation"], join(field, "organisation"), required: true)
            else { continue }
            if !organisations.contains(org) {
                report(e["organisation"], join(field, "organisation"), "'\(org)' is not one of the organisations")
            }
            eligibility.append(
                Architecture.Eligibility(
                    organisation: org, m49Regions: strings(e["m49Regions"], join(field, "m49Regions")),
                    m49Subregions: strings(e["m49Subregions"], join(field, "m49Subregions")),
                    note: string(e["note"], join(field, "note"))))
        }
        guard let id, let name else { return nil }
        return Architecture(
            id: id, name: name, description: string(map["description"], "description"), regions: regions,
            organisations: organisations, treaties: treaties, eligibility: eligibility,
            source: string(map["source"], "source"), origin: file)
    }
}
