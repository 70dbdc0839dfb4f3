import ArgumentParser
import FoedusAnalysis
import FoedusApp
import FoedusCore
import Foundation

/// `foedus claims`: the five testable claims of the seed articles, each with the measurement that answers
/// it on the day, or a plain statement of why it cannot be measured then.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "The five testable claims of the June 2024 texts, each with its measurement on the day.",
        discussion: "Foedus models claims, it does not make them. The architecture is the bundled eurasia-2024.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var capabilityOptions: CapabilityOptions

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, _) = try WorldLoader.load(overlays: common.data)
            let (capability, _) = try capabilityOptions.vector(states: world.states, day: day)
            if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress("claims: auditing the treaties…") }
            let report = try ClaimsReport(
                world: world, architecture: try Architectures.resolve("eurasia-2024"), day: day,
                capability: capability, relevance: try History.relevance())
            if !common.json && isatty(STDERR_FILENO) != 0 { Output.progress(nil) }
            if common.json {
                try Output.json(ClaimsJSON(report, world, today: try Today.resolve()))
            } else {
                Output.text(render(report, world))
            }
        }
    }

    func render(_ r: ClaimsReport, _ world: World) -> String {
        func name(_ id: StateID) -> String { world.states[id].abbreviation }
        func names(_ ids: [StateID]) -> String { ids.isEmpty ? "none" : ids.map(name).joined(separator: " ") }
        let a = r.architecture
        var out = ["Claims on \(r.day). " + ClaimsJSON.preamble]
        for c in r.claims {
            out.append("")
            out.append("\(c.number). \(c.statement)")
            out.append("   Question: \(c.question)")
            out.append("   Measured by: \(c.measurement)")
            if let missing = c.notYetMeasured {
                out.append("   Answer: \(missing).")
                continue
            }
            switch c.number {
            case 1:
                let duties = r.attackResult.obligations
                let entry = duties.filter(\.kind.decidesEntry)
                out.append(
                    "   Answer: \(duties.count) duties when \(name(r.attack.aggressor)) attacks \(name(r.attack.victim)); "
                        + "\(entry.count) to defend or join (the others, to consult, stay out or deny aid, in --json):")
                for o in entry {
                    let t = world.treaties[o.provision.treaty]
                    out.append(
                        "     \(name(o.obligor)) → \(name(o.beneficiary)): \(o.kind.rawValue) (\(o.status.rawValue)), "
                            + "\(t.id) Art. \(t.provisions[o.provision.provision].article)")
                }
            case 2:
                if let audit = r.security[ClaimsReport.claim2Treaty] {
                    out.append("   Answer (adding \(ClaimsReport.claim2Treaty) on \(r.day)):")
                    out += AuditReportJSON.summaryLines(audit, world).map { "     " + $0 }
                }
            case 3:
                for t in r.claim3 {
                    out.append(
                        "   \(t.treaty.id) (in force: \(truthText(t.inForce))): \(t.targeted.count) third countries "
                            + "named or plausibly targeted"
                            + (t.targeted.isEmpty
                                ? "" : ": " + clip(t.targeted.map { name($0.state) }.joined(separator: " "), 300)))
                    out.append(
                        "     \(t.exposed.count) exposed (every non-party whose attack on a party the clauses would cover)"
                    )
                    if let audit = r.security[t.treaty.id] {
                        out += AuditReportJSON.summaryLines(audit, world).map { "     security, " + $0 }
                    } else {
                        out.append("     security: \(ArchitectureReport.securityNotMeasured)")
                    }
                }
            case 4:
                out.append(
                    "   \(a.regionalStates.count) states of \(a.architecture.regions.joined(separator: " + ")): "
                        + "\(a.regionalStates.count - a.outside.count) inside, \(a.outside.count) outside: "
                        + names(a.outside))
                for o in a.organisations {
                    let acc = o.organisation.accession
                    out.append(
                        "   \(o.organisation.id) Art. \(acc?.article ?? "?"): joining decided by "
                            + clip(acc?.decidedBy ?? "?", 90) + "; \(o.eligibleNonMembers.count) outside states meet "
                            + "its geographic limb (\(o.eligibility?.rule ?? "not read"))")
                }
                out.append("   Extra-regional forces present (\(a.extraRegionalForces.count)):")
                for f in a.extraRegionalForces {
                    out.append(
                        "     \(name(f.sender)) in \(name(f.host)) (\(f.deployment.kind.rawValue)): \(f.deployment.source ?? "-")"
                    )
                }
            case 5:
                for p in a.overlaps {
                    out.append(
                        "   \(p.first) ∩ \(p.second): \(p.shared.count) shared of \(p.unionCount) "
                            + "(Jaccard \(String(format: "%.3f", p.jaccard))): " + names(p.shared))
                }
            default: break
            }
        }
        return out.joined(separator: "\n")
    }
}
