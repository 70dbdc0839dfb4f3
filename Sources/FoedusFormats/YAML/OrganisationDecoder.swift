import FoedusCore
import Yams

extension NodeReader {
    mutating func organisation(_ root: Node) -> Organisation? {
        let keys: Set<String> = [
            "type", "id", "name", "founded", "inForce", "dissolved", "treaties", "members", "accession", "sources",
        ]
        guard let map = mapping(root, "", allowed: keys) else { return nil }
        let id = identifier(map["id"], "id")
        let name = string(map["name"], "name", required: true)
        var members: [Party] = []
        for (i, node) in sequence(map["members"], "members").enumerated() {
            if let m = party(node, "members[\(i)]") { members.append(m) }
        }
        var accession: Organisation.Accession?
        let accessionKeys: Set<String> = [
            "article", "openTo", "decidedBy", "quote", "quoteStatus", "source", "verified", "note",
        ]
        if let a = mapping(map["accession"], "accession", allowed: accessionKeys) {
            let quote = string(a["quote"], "accession.quote")
            let source = string(a["source"], "accession.source")
            if quote != nil && source == nil { report(a["quote"], "accession.source", "a quote needs a source") }
            accession = Organisation.Accession(
                article: string(a["article"], "accession.article"), openTo: string(a["openTo"], "accession.openTo"),
                decidedBy: string(a["decidedBy"], "accession.decidedBy"), quote: quote,
                quoteStatus: enumeration(a["quoteStatus"], "accession.quoteStatus") ?? .none, source: source,
                verified: bool(a["verified"], "accession.verified"), note: string(a["note"], "accession.note"))
        }
        guard let id, let name else { return nil }
        return Organisation(
            id: id, name: name, founded: date(map["founded"], "founded"), inForce: date(map["inForce"], "inForce"),
            dissolved: date(map["dissolved"], "dissolved"), treaties: strings(map["treaties"], "treaties"),
            members: members, accession: accession, sources: strings(map["sources"], "sources"), origin: file)
    }

    mutating func places(_ root: Node) -> [Place] {
        guard let map = mapping(root, "", allowed: ["type", "places"]) else { return [] }
        var result: [Place] = []
        let keys: Set<String> = [
            "id", "kind", "name", "administeredBy", "claimedBy", "controlledBy", "regions", "uncertainRegions",
            "includes", "uncertainFor", "source", "verified", "note",
        ]
        for (i, node) in sequence(map["places"], "places").enumerated() {
            let field = "places[\(i)]"
            guard let p = mapping(node, field, allowed: keys) else { continue }
            let id = identifier(p["id"], join(field, "id"))
            let kind: Place.Kind = enumeration(p["kind"], join(field, "kind"), required: true) ?? .territory
            let name = string(p["name"], join(field, "name"), required: true)
            var admins: [Place.Administration] = []
            for (j, a) in sequence(p["administeredBy"], join(field, "administeredBy")).enumerated() {
                let f = join(field, "administeredBy[\(j)]")
                guard let am = mapping(a, f, allowed: ["state", "from", "to", "source", "note"]),
                    let code = state(am["state"], join(f, "state"))
                else { continue }
                admins.append(
                    Place.Administration(
                        ccode: code, from: date(am["from"], join(f, "from")), to: date(am["to"], join(f, "to")),
                        source: string(am["source"], join(f, "source"))))
            }
            let claims = statePeriods(p["claimedBy"], join(field, "claimedBy"))
            let controls = statePeriods(p["controlledBy"], join(field, "controlledBy"))
            var rule: Place.RegionRule?
            if let inc = mapping(
                p["includes"], join(field, "includes"), allowed: ["m49Regions", "m49Subregions", "states"])
            {
                rule = Place.RegionRule(
                    m49Regions: strings(inc["m49Regions"], join(field, "includes.m49Regions")),
                    m49Subregions: strings(inc["m49Subregions"], join(field, "includes.m49Subregions")),
                    states: states(inc["states"], join(field, "includes.states")) ?? [])
            }
            guard let id, let name else { continue }
            result.append(
                Place(
                    id: id, kind: kind, name: name, administeredBy: admins,
                    claims: claims, controls: controls,
                    regions: strings(p["regions"], join(field, "regions")),
                    uncertainRegions: strings(p["uncertainRegions"], join(field, "uncertainRegions")), includes: rule,
                    uncertainFor: states(p["uncertainFor"], join(field, "uncertainFor")) ?? [],
                    source: string(p["source"], join(field, "source")),
                    verified: bool(p["verified"], join(field, "verified")),
                    note: string(p["note"], join(field, "note"))))
        }
        return result
    }

    /// A list of states, each a state or `{state, from?, to?, source?, note?}` for a dated, sourced entry.
    private mutating func statePeriods(_ node: Node?, _ field: String) -> [Place.Claim] {
        let nodes: [Node]
        if let node, node.scalar != nil, !Self.isNull(node) { nodes = [node] } else { nodes = sequence(node, field) }
        var out: [Place.Claim] = []
        for (j, c) in nodes.enumerated() {
            let f = join(field, "[\(j)]")
            if c.mapping == nil {
                if let code = state(c, f) { out.append(Place.Claim(ccode: code)) }
                continue
            }
            guard let cm = mapping(c, f, allowed: ["state", "from", "to", "source", "note"]),
                let code = state(cm["state"], join(f, "state"))
            else { continue }
            out.append(
                Place.Claim(
                    ccode: code, from: date(cm["from"], join(f, "from")), to: date(cm["to"], join(f, "to")),
                    source: string(cm["source"], join(f, "source"))))
        }
        return out
    }

    mutating func deployments(_ root: Node) -> [Deployment] {
        guard let map = mapping(root, "", allowed: ["type", "deployments"]) else { return [] }
        let keys: Set<String> = [
            "id", "sender", "host", "place", "from", "to", "kind", "size", "basis", "source", "verified", "note",
        ]
        var result: [Deployment] = []
        for (i, node) in sequence(map["deployments"], "deployments").enumerated() {
            let field = "deployments[\(i)]"
            guard let d = mapping(node, field, allowed: keys) else { continue }
            let id = string(d["id"], join(field, "id"), required: true)
            let sender = state(d["sender"], join(field, "sender"))
            let host = state(d["host"], join(field, "host"))
            let kind: Deployment.Kind = enumeration(d["kind"], join(field, "kind")) ?? .permanentBase
            guard let id, let sender, let host else { continue }
            result.append(
                Deployment(
                    id: id, sender: sender, host: host,
                    place: d["place"] == nil ? nil : identifier(d["place"], join(field, "place")),
                    from: date(d["from"], join(field, "from")),
                    to: date(d["to"], join(field, "to")), kind: kind, size: string(d["size"], join(field, "size")),
                    basis: string(d["basis"], join(field, "basis")), source: string(d["source"], join(field, "source")),
                    verified: bool(d["verified"], join(field, "verified")), note: string(d["note"], join(field, "note"))
                ))
        }
        return result
    }
}
