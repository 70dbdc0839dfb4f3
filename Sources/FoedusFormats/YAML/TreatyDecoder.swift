import FoedusCore
import Yams

extension NodeReader {
    static let treatyKeys: Set<String> = [
        "type", "id", "name", "shortName", "signed", "inForce", "terminated", "replaces", "atopid", "organisation",
        "dateNote", "sources", "parties", "suspensions", "provisions",
    ]

    /// Decodes a treaty file; problems are recorded, and `nil` returned when the treaty is unusable.
    mutating func treaty(_ root: Node) -> Treaty? {
        guard let map = mapping(root, "", allowed: Self.treatyKeys) else { return nil }
        let id = identifier(map["id"], "id")
        let name = string(map["name"], "name", required: true)
        let signed = date(map["signed"], "signed", required: true)
        let inForce = date(map["inForce"], "inForce", required: true)
        let terminated = date(map["terminated"], "terminated")
        var parties: [Party] = []
        for (i, node) in sequence(map["parties"], "parties").enumerated() {
            if let party = party(node, "parties[\(i)]") { parties.append(party) }
        }
        if parties.isEmpty && !Self.isNull(map["parties"]) == false {
            report(map["parties"] ?? root, "parties", "a treaty needs at least one party")
        }
        var suspensions: [Suspension] = []
        for (i, node) in sequence(map["suspensions"], "suspensions").enumerated() {
            if let s = suspension(node, "suspensions[\(i)]") { suspensions.append(s) }
        }
        var provisions: [Provision] = []
        for (i, node) in sequence(map["provisions"], "provisions").enumerated() {
            if let p = provision(node, "provisions[\(i)]") { provisions.append(p) }
        }
        guard let id, let name, let signed, let inForce else { return nil }
        let treaty = Treaty(
            id: id, name: name, shortName: string(map["shortName"], "shortName"), signed: signed, inForce: inForce,
            terminated: terminated, replaces: strings(map["replaces"], "replaces"),
            atopid: int(map["atopid"], "atopid"),
            organisation: string(map["organisation"], "organisation"), dateNote: string(map["dateNote"], "dateNote"),
            sources: strings(map["sources"], "sources"), parties: parties, suspensions: suspensions,
            provisions: provisions, origin: .file(file))
        checkDates(treaty, map)
        return treaty
    }

    mutating func identifier(_ node: Node?, _ field: String) -> String? {
        guard let id = string(node, field, required: true) else { return nil }
        let ok =
            !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !ok { report(node, field, "'\(id)' is not a valid id (upper-case letters, digits and '-')") }
        return ok ? id : nil
    }

    mutating func party(_ node: Node, _ field: String) -> Party? {
        guard let map = mapping(node, field, allowed: ["state", "joined", "left", "note"]) else { return nil }
        guard let ccode = state(map["state"], join(field, "state")) else { return nil }
        return Party(
            ccode: ccode, joined: date(map["joined"], join(field, "joined")),
            left: date(map["left"], join(field, "left")),
            note: string(map["note"], join(field, "note")))
    }

    mutating func suspension(_ node: Node, _ field: String) -> Suspension? {
        let keys: Set<String> = ["party", "towards", "from", "to", "basis", "source", "note"]
        guard let map = mapping(node, field, allowed: keys) else { return nil }
        let party = state(map["party"], join(field, "party"))
        let towards = state(map["towards"], join(field, "towards"), required: false)
        let from = date(map["from"], join(field, "from"), required: true)
        let basis: Suspension.Basis? = enumeration(map["basis"], join(field, "basis"), required: true)
        guard let party, let from, let basis else { return nil }
        return Suspension(
            party: party, towards: towards, from: from, to: date(map["to"], join(field, "to")), basis: basis,
            source: string(map["source"], join(field, "source")), note: string(map["note"], join(field, "note")))
    }

    mutating func provision(_ node: Node, _ field: String) -> Provision? {
        let keys: Set<String> = [
            "id", "article", "kind", "strength", "general", "obligors", "beneficiaries", "from", "to", "conditions",
            "quote", "quoteStatus", "source", "verified", "note",
        ]
        guard let map = mapping(node, field, allowed: keys) else { return nil }
        let id = string(map["id"], join(field, "id"), required: true)
        let article = string(map["article"], join(field, "article"), required: true)
        let kind: Provision.Kind? = enumeration(map["kind"], join(field, "kind"), required: true)
        let strength: Provision.Strength? = enumeration(map["strength"], join(field, "strength"))
        if let kind, kind.decidesEntry, strength == nil, Self.isNull(map["strength"]) {
            report(
                map["kind"], join(field, "strength"),
                "a \(kind.rawValue) provision needs a strength (automatic or discretionary)")
        }
        if let kind, !kind.decidesEntry, strength != nil {
            report(map["strength"], join(field, "strength"), "only defense and offense provisions have a strength")
        }
        let quote = string(map["quote"], join(field, "quote"))
        let source = string(map["source"], join(field, "source"))
        if quote != nil && source == nil {
            report(map["quote"], join(field, "source"), "a quote needs a source")
        }
        let quoteStatus: Provision.QuoteStatus = enumeration(map["quoteStatus"], join(field, "quoteStatus")) ?? .none
        let verified = bool(map["verified"], join(field, "verified"))
        if verified && !(quoteStatus == .verbatimOfficial || quoteStatus == .verbatimTranslation) {
            report(
                map["verified"], join(field, "verified"),
                "verified: true needs a verbatim quote (quoteStatus verbatim-official or verbatim-translation)")
        }
        if verified && quote == nil {
            report(map["verified"], join(field, "verified"), "verified: true needs a quote")
        }
        let conditions = self.conditions(map["conditions"], join(field, "conditions"))
        guard let id, let article, let kind else { return nil }
        return Provision(
            id: id, article: article, kind: kind, strength: strength,
            general: bool(map["general"], join(field, "general")),
            obligors: states(map["obligors"], join(field, "obligors")),
            beneficiaries: states(map["beneficiaries"], join(field, "beneficiaries")),
            from: date(map["from"], join(field, "from")), to: date(map["to"], join(field, "to")),
            conditions: conditions, quote: quote, quoteStatus: quoteStatus, source: source, verified: verified,
            note: string(map["note"], join(field, "note")))
    }

    mutating func conditions(_ node: Node?, _ field: String) -> Conditions {
        let keys: Set<String> = [
            "trigger", "location", "adversary", "nonProvocation", "attackedOnly", "request", "unCharter51",
            "domesticProcess", "uncertain",
        ]
        guard let map = mapping(node, field, allowed: keys) else { return Conditions() }
        var triggers: [Conditions.Trigger] = []
        for (i, text) in strings(map["trigger"], join(field, "trigger")).enumerated() {
            if let t = Conditions.Trigger(rawValue: text) {
                triggers.append(t)
            } else {
                let options = Conditions.Trigger.allCases.map(\.rawValue).joined(separator: ", ")
                report(
                    map["trigger"], join(field, "trigger[\(i)]"),
                    "unknown trigger '\(text)'; expected one of \(options)")
            }
        }
        return Conditions(
            triggers: triggers.isEmpty ? [.armedAttack] : triggers,
            location: location(map["location"], join(field, "location")),
            adversary: adversary(map["adversary"], join(field, "adversary")),
            nonProvocation: bool(map["nonProvocation"], join(field, "nonProvocation")),
            attackedOnly: bool(map["attackedOnly"], join(field, "attackedOnly")),
            request: bool(map["request"], join(field, "request")),
            unCharter51: bool(map["unCharter51"], join(field, "unCharter51")),
            domesticProcess: bool(map["domesticProcess"], join(field, "domesticProcess")),
            uncertain: string(map["uncertain"], join(field, "uncertain")))
    }

    mutating func location(_ node: Node?, _ field: String) -> Conditions.Location {
        if Self.isNull(node) { return .any }
        if let text = node?.scalar?.string {
            switch text {
            case "any": return .any
            case "partyTerritory": return .partyTerritory
            default:
                report(
                    node, field,
                    "unknown location '\(text)'; expected any, partyTerritory, {administeredBy: […]} or {places: […]}")
                return .any
            }
        }
        guard let map = mapping(node, field, allowed: ["administeredBy", "places"]), map.count == 1 else {
            report(node, field, "a location is any, partyTerritory, {administeredBy: […]} or {places: […]}")
            return .any
        }
        if let admin = map["administeredBy"] {
            return .administeredBy(states(admin, join(field, "administeredBy")) ?? [])
        }
        return .places(strings(map["places"], join(field, "places")))
    }

    mutating func adversary(_ node: Node?, _ field: String) -> Conditions.Adversary {
        if Self.isNull(node) { return .any }
        if let text = node?.scalar?.string {
            switch text {
            case "any": return .any
            case "nonMembers": return .nonMembers
            default: return .states(states(node, field) ?? [])
            }
        }
        return .states(states(node, field) ?? [])
    }

    /// Date rules within one treaty.
    mutating func checkDates(_ treaty: Treaty, _ map: [String: Node]) {
        if treaty.inForce.last < treaty.signed.first {
            report(map["inForce"], "inForce", "in force (\(treaty.inForce)) before it was signed (\(treaty.signed))")
        }
        if let end = treaty.terminated, end.last < treaty.inForce.first {
            report(map["terminated"], "terminated", "ends (\(end)) before it entered into force (\(treaty.inForce))")
        }
        let partyNodes = sequence(map["parties"], "parties")
        for (i, party) in treaty.parties.enumerated() {
            let node = i < partyNodes.count ? partyNodes[i] : nil
            if let joined = party.joined, joined.last < treaty.signed.first {
                report(
                    node, "parties[\(i)].joined", "joins (\(joined)) before the treaty was signed (\(treaty.signed))")
            }
            if let left = party.left, left.last < (party.joined ?? treaty.inForce).first {
                report(
                    node, "parties[\(i)].left", "leaves (\(left)) before joining (\(party.joined ?? treaty.inForce))")
            }
        }
        // Periods of one state must not overlap: one problem per state, however often it is listed (sorting by
        // start keeps this linear after the sort, where comparing every pair was quadratic).
        var periods: [Int: [(index: Int, start: Day, end: Day)]] = [:]
        for (i, party) in treaty.parties.enumerated() {
            periods[party.ccode, default: []].append(
                (i, (party.joined ?? treaty.inForce).first, party.left?.last ?? Day.distantFuture))
        }
        for ccode in periods.keys.sorted() {
            guard let spans = periods[ccode], spans.count > 1 else { continue }
            var overlapping: [Int] = []
            var first: Int?
            var reach: (index: Int, end: Day)?
            for span in spans.sorted(by: { ($0.start, $0.index) < ($1.start, $1.index) }) {
                if let current = reach, span.start <= current.end {
                    overlapping.append(span.index)
                    first = first ?? current.index
                }
                if reach.map({ span.end > $0.end }) ?? true { reach = (span.index, span.end) }
            }
            guard let earlier = first, let next = overlapping.min() else { continue }
            // Two entries: the later one in the file is the one reported, pointing to the earlier.
            let j = overlapping.count == 1 ? max(next, earlier) : next
            let listed = overlapping.sorted().prefix(3).map { "parties[\($0)]" }.joined(separator: ", ")
            let more = overlapping.count > 3 ? " and \(overlapping.count - 3) more" : ""
            report(
                j < partyNodes.count ? partyNodes[j] : nil, "parties[\(j)]",
                overlapping.count == 1
                    ? "overlaps an earlier period of the same state (parties[\(min(next, earlier))])"
                    : "state \(ccode) is listed \(spans.count) times with overlapping periods "
                        + "(\(listed)\(more) overlap parties[\(earlier)] or each other)"
            )
        }
        var seen = Set<String>()
        let provisionNodes = sequence(map["provisions"], "provisions")
        for (i, p) in treaty.provisions.enumerated() where !seen.insert(p.id).inserted {
            report(
                i < provisionNodes.count ? provisionNodes[i] : nil, "provisions[\(i)].id",
                "duplicate provision id '\(p.id)'")
        }
        let parties = Set(treaty.parties.map(\.ccode))
        for (i, p) in treaty.provisions.enumerated() {
            for code in (p.obligors ?? []) + (p.beneficiaries ?? []) where !parties.contains(code) {
                report(
                    i < provisionNodes.count ? provisionNodes[i] : nil, "provisions[\(i)]",
                    "state \(code) is not a party")
            }
        }
    }
}
