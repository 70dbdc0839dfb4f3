import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

/// `foedus architecture NAME|FILE`: who is in or out of an architecture, the foreign forces on its
/// continent, how its organisations overlap and the third countries its treaties expose.
struct ArchitectureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "architecture",
        abstract: "Report on an architecture: members, openness, extra-regional forces, overlap, exposure.",
        discussion: """
            NAME is a bundled architecture (\(Architectures.bundledIDs.joined(separator: ", "))); FILE is your own \
            architecture file (docs/architecture.md).
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var capabilityOptions: CapabilityOptions
    @Argument(help: ArgumentHelp("A bundled architecture's id, or an architecture file.", valueName: "name|file"))
    var architecture: String

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, _) = try WorldLoader.load(overlays: common.data)
            let arch = try Architectures.resolve(architecture)
            let report = try ArchitectureReport(
                architecture: arch, world: world, day: day, relevance: try History.relevance())
            let (capability, _) = try capabilityOptions.vector(states: world.states, day: day)
            if !common.json && isatty(STDERR_FILENO) != 0 {
                Output.progress("architecture: auditing \(arch.treaties.count) treaties…")
            }
            let security = try TreatySecurityEffect.audits(
                treaties: arch.treaties, world: world, day: day, capability: capability,
                relevance: try History.relevance())
            if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress(nil) }
            if common.json {
                try Output.json(ArchitectureReportJSON(report, world, security: security))
            } else {
                Output.text(ArchitectureText.render(report, world, security: security))
            }
        }
    }
}

/// The bundled architectures and the user's files.
enum Architectures {
    static var bundledIDs: [String] { BundledArchitectures.ids }

    /// A bundled architecture by id (any case), else a file at that path.
    static func resolve(_ nameOrFile: String) throws -> Architecture {
        if let bundled = try BundledArchitectures.architecture(id: nameOrFile) { return bundled }
        guard FileManager.default.fileExists(atPath: nameOrFile) else {
            throw FoedusError(
                .invalidValue,
                "no architecture '\(nameOrFile)': not a bundled one (\(bundledIDs.joined(separator: ", "))) nor a file")
        }
        return try ArchitectureDecoder.decode(try WorldLoader.readFile(nameOrFile))
    }
}

/// The human-readable architecture report.
enum ArchitectureText {
    static func render(
        _ r: ArchitectureReport, _ world: World, security: [String: IndivisibleSecurityAudit] = [:]
    ) -> String {
        let a = r.architecture
        func name(_ id: StateID) -> String { world.states[id].abbreviation }
        func names(_ ids: [StateID]) -> String { ids.isEmpty ? "none" : ids.map(name).joined(separator: " ") }
        func targetText(_ e: ArchitectureReport.Exposure) -> String {
            name(e.state) + "(" + e.targeted.map(\.rawValue).joined(separator: ",") + ")"
        }
        var out: [String] = []
        out.append("Architecture \(a.id) — \(a.name), on \(r.day)")
        if let d = a.description { out.append(clip(d, 400)) }
        out.append("Region: UN M49 " + a.regions.joined(separator: " + ") + ".")
        out.append("")
        out.append("Inside or outside (rule: \(Architecture.insideRule))")
        let inside = r.regionalStates.filter(\.inside)
        out.append(
            "  \(r.regionalStates.count) states of the region; \(inside.count) inside, \(r.outside.count) outside")
        out.append("  inside:  " + names(inside.map(\.state)))
        out.append("  outside: " + names(r.outside))
        out.append("  inside, from outside the region: " + names(r.insideOutsideRegion))
        out.append("")
        out.append("Organisations, and who may join (accession clauses)")
        for o in r.organisations {
            let org = o.organisation
            out.append("  \(org.id) — \(org.name): \(o.members.count) members: \(names(o.members))")
            if let acc = org.accession {
                out.append("    Art. \(acc.article ?? "?"): open to \(clip(acc.openTo ?? "?", 160))")
                out.append("    decided by \(clip(acc.decidedBy ?? "?", 120))" + (acc.verified ? "" : " [unverified]"))
            }
            if let e = o.eligibility {
                out.append(
                    "    read as: \(e.rule); \(o.eligibleNonMembers.count) of \(o.regionalNonMembers.count) "
                        + "non-members of the region meet it (with the consent above)")
            }
        }
        out.append("")
        out.append("Foreign forces in the region (rule: \(a.extraRegionalRule))")
        var rows = [["", "deployment", "sender", "host", "kind", "source"]]
        for f in r.forces {
            rows.append([
                f.extraRegional ? "extra-regional" : "intra-regional", f.deployment.id, name(f.sender), name(f.host),
                f.deployment.kind.rawValue, clip(f.deployment.source ?? "-", 50),
            ])
        }
        out.append(table(rows))
        out.append("")
        out.append("Overlap of memberships (shared members; Jaccard = shared / union)")
        let ids = r.organisations.map(\.organisation.id)
        var matrix = [[""] + ids]
        for (i, row) in ids.enumerated() {
            matrix.append(
                [row]
                    + ids.indices.map { j in
                        if i == j { return String(r.organisations[i].members.count) }
                        let p = r.overlaps.first { Set([$0.first, $0.second]) == Set([row, ids[j]]) }
                        return p.map { "\($0.shared.count) (\(String(format: "%.2f", $0.jaccard)))" } ?? ""
                    })
        }
        out.append(table(matrix))
        out.append("")
        out.append("Third countries exposed (rule: \(ArchitectureReport.exposureRule))")
        out.append("Targeted (rule: \(ArchitectureReport.targetedRule))")
        out.append("Security part (rule: \(TreatySecurityEffect.rule))")
        for t in r.treaties {
            out.append(
                "  \(t.treaty.id) (\(t.treaty.displayName); in force: \(truthText(t.inForce))): parties "
                    + names(t.parties) + "; \(t.targeted.count) targeted, \(t.exposed.count) exposed")
            if !t.targeted.isEmpty {
                out.append("    targeted: " + clip(t.targeted.map(targetText).joined(separator: " "), 400))
            }
            if !t.exposed.isEmpty {
                out.append("    exposed: " + clip(t.exposed.map { name($0.state) }.joined(separator: " "), 400))
            }
            if let audit = security[t.treaty.id] {
                out.append("    security part (audit of adding it on the day, every duty honoured):")
                out += AuditReportJSON.summaryLines(audit, world).map { "      " + $0 }
            } else {
                out.append("    security part: \(ArchitectureReport.securityNotMeasured)")
            }
        }
        return out.joined(separator: "\n")
    }
}
