import ArgumentParser
import FoedusApp
import FoedusCore

struct TreatyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treaty", abstract: "Show one treaty: dates, parties, suspensions and coded clauses.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "The treaty id (see `foedus treaties`).")
    var id: String

    func run() throws {
        try runReportingErrors(json: common.json) {
            let (world, _) = try WorldLoader.load(overlays: common.data)
            guard let t = world.treaty(id: id) else {
                // An ATOP alliance that a curated treaty codes (its `atopid`) is counted once, as the curated one.
                if id.uppercased().hasPrefix("ATOP-"), let number = Int(id.dropFirst(5)),
                    let curated = world.treaties.filter({ $0.atopid == number && $0.id != id.uppercased() })
                        .min(by: { $0.signed.first < $1.signed.first })
                {
                    throw FoedusError(
                        .unknownTreaty,
                        "\(id.uppercased()) is replaced from \(curated.signed) by the curated \(curated.id), which codes the "
                            + "same alliance (ATOP \(number)) from its text; each alliance counts once. "
                            + "See: foedus treaty \(curated.id)")
                }
                let close = world.treaties.map(\.id).filter { $0.contains(id.uppercased().prefix(3)) }.prefix(5)
                throw FoedusError(
                    .unknownTreaty,
                    "unknown treaty '\(id)'"
                        + (close.isEmpty ? "" : "; did you mean " + close.joined(separator: ", ") + "?"))
            }
            func name(_ code: Int) -> String { name(code, on: nil) }
            func name(_ code: Int, on day: Day?) -> String {
                world.id(ccode: code).map { "\(world.states[$0].name(on: day)) (\(code))" } ?? String(code)
            }
            if common.json {
                try Output.json(TreatyJSON(t, world: world))
                return
            }
            let ended = t.terminated.map { ", last day in force \($0)" } ?? ""
            var lines = ["\(t.name) [\(t.id)]", "  signed \(t.signed), in force \(t.inForce)" + ended]
            if let note = t.dateNote { lines.append("  dates: \(note)") }
            lines.append("Parties:")
            for p in t.parties {
                lines.append(
                    "  \(name(p.ccode, on: (p.joined ?? t.inForce).first)): \(p.joined ?? t.inForce)–\(p.left?.description ?? "")"
                        + (p.note.map { " — \(clip($0, 100))" } ?? ""))
            }
            if !t.suspensions.isEmpty { lines.append("Suspensions:") }
            for s in t.suspensions {
                lines.append(
                    "  \(name(s.party))" + (s.towards.map { " towards \(name($0))" } ?? "")
                        + ": \(s.from)–\(s.to?.description ?? "") (\(s.basis.rawValue))")
            }
            lines.append("Provisions:")
            for p in t.provisions {
                lines.append(
                    "  Art. \(p.article): \(p.kind.rawValue)" + (p.strength.map { ", \($0.rawValue)" } ?? "")
                        + (p.verified ? " [verified]" : " [not verified]"))
                let scope = conditionSummary(p, names: name)
                if !scope.isEmpty { lines.append("      " + scope.joined(separator: "; ")) }
                if let q = p.quote { lines.append("      \"\(clip(q, 200))\" [\(p.quoteStatus.rawValue)]") }
                if let s = p.source { lines.append("      source: \(s)") }
                if let n = p.note { lines.append("      note: \(clip(n, 200))") }
            }
            Output.text(lines.joined(separator: "\n"))
        }
    }
}
