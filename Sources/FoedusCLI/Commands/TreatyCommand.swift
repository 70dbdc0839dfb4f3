import ArgumentParser
import FoedusAPI
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
                let close = world.treaties.map(\.id).filter { $0.contains(id.uppercased().prefix(3)) }.prefix(5)
                throw FoedusError(
                    .unknownTreaty,
                    "unknown treaty '\(id)'"
                        + (close.isEmpty ? "" : "; did you mean " + close.joined(separator: ", ") + "?"))
            }
            func name(_ code: Int) -> String {
                world.id(ccode: code).map { "\(world.states[$0].name) (\(code))" } ?? String(code)
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
                    "  \(name(p.ccode)): \(p.joined ?? t.inForce)–\(p.left?.description ?? "")"
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

/// The coded scope and conditions of a provision, in words.
func conditionSummary(_ p: Provision, names: (Int) -> String) -> [String] {
    var out: [String] = []
    if p.from != nil || p.to != nil { out.append("applies \(p.from?.description ?? "")–\(p.to?.description ?? "")") }
    if let o = p.obligors { out.append("owed by " + o.map(names).joined(separator: ", ")) }
    if let b = p.beneficiaries { out.append("owed to " + b.map(names).joined(separator: ", ")) }
    let c = p.conditions
    switch c.location {
    case .any: break
    case .partyTerritory: out.append("location: a party's territory")
    case .administeredBy(let codes):
        out.append("location: territory administered by " + codes.map(names).joined(separator: ", "))
    case .places(let ids): out.append("location: " + ids.joined(separator: ", "))
    }
    switch c.adversary {
    case .any: break
    case .nonMembers: out.append("adversary: non-members")
    case .states(let codes): out.append("adversary: " + codes.map(names).joined(separator: ", "))
    }
    if c.request { out.append("at the victim's request") }
    if c.nonProvocation { out.append("if unprovoked") }
    if c.attackedOnly { out.append("only if the partner is attacked") }
    if c.domesticProcess { out.append("constitutional processes") }
    if c.unCharter51 { out.append("UN Charter Art. 51") }
    if let u = c.uncertain { out.append("uncertain: " + clip(u, 120)) }
    return out
}

struct TreatyJSON: Encodable {
    struct PartyJSON: Encodable {
        var state: StateJSON?
        var ccode: Int
        var joined: String
        var left: String?
        var note: String?
    }
    struct SuspensionJSON: Encodable {
        var party: StateJSON?
        var towards: StateJSON?
        var from: String
        var to: String?
        var basis: String
        var source: String?
    }
    struct ProvisionJSON: Encodable {
        var id, article, kind: String
        var strength: String?
        var quote: String?
        var quoteStatus: String
        var source: String?
        var verified: Bool
        var note: String?
    }
    var id, name: String
    var dateBasis: String
    var signed, inForce: String
    var terminated: String?
    var parties: [PartyJSON]
    var suspensions: [SuspensionJSON]
    var provisions: [ProvisionJSON]
    var sources: [String]

    init(_ t: Treaty, world: World) {
        id = t.id
        name = t.name
        dateBasis = t.dateBasis
        signed = t.signed.description
        inForce = t.inForce.description
        terminated = t.terminated?.description
        parties = t.parties.map { p in
            PartyJSON(
                state: world.id(ccode: p.ccode).map { StateJSON($0, world) }, ccode: p.ccode,
                joined: (p.joined ?? t.inForce).description, left: p.left?.description, note: p.note)
        }
        func state(_ code: Int?) -> StateJSON? { code.flatMap(world.id(ccode:)).map { StateJSON($0, world) } }
        suspensions = t.suspensions.map {
            SuspensionJSON(
                party: state($0.party), towards: state($0.towards), from: $0.from.description,
                to: $0.to?.description, basis: $0.basis.rawValue, source: $0.source)
        }
        provisions = t.provisions.map {
            ProvisionJSON(
                id: $0.id, article: $0.article, kind: $0.kind.rawValue, strength: $0.strength?.rawValue,
                quote: $0.quote, quoteStatus: $0.quoteStatus.rawValue, source: $0.source, verified: $0.verified,
                note: $0.note)
        }
        sources = t.sources
    }
}
