public import FoedusCore

/// The coded scope and conditions of a provision, in words.
public func conditionSummary(_ p: Provision, names: (Int) -> String) -> [String] {
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
    if c.domesticProcess { out.append("domestic law or constitutional processes") }
    if c.unCharter51 { out.append("UN Charter Art. 51") }
    if let u = c.uncertain { out.append("uncertain: " + clip(u, 120)) }
    return out
}

public struct TreatyJSON: Encodable, Hashable, Sendable {
    public struct PartyJSON: Encodable, Hashable, Sendable {
        var state: StateJSON?
        var ccode: Int
        var joined: String
        var left: String?
        var note: String?
    }
    public struct SuspensionJSON: Encodable, Hashable, Sendable {
        var party: StateJSON?
        var towards: StateJSON?
        var from: String
        var to: String?
        var basis: String
        var source: String?
    }
    public struct ProvisionJSON: Encodable, Hashable, Sendable {
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

    public init(_ t: Treaty, world: World) {
        id = t.id
        name = t.name
        dateBasis = t.dateBasis
        signed = t.signed.description
        inForce = t.inForce.description
        terminated = t.terminated?.description
        parties = t.parties.map { p in
            // Named as on the first day it was bound (COW 365 joined the Warsaw Pact as the Soviet Union).
            PartyJSON(
                state: world.id(ccode: p.ccode).map { StateJSON($0, world, on: (p.joined ?? t.inForce).first) },
                ccode: p.ccode,
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
