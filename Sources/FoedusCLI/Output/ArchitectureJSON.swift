import FoedusAPI
import FoedusAnalysis
import FoedusCore

/// The JSON contract of `foedus architecture --json` (docs/architecture.md), also used by `foedus claims`.
struct ArchitectureReportJSON: Encodable {
    struct Definition: Encodable {
        var id: String
        var name: String
        var description: String?
        var region: [String]
        var organisations: [String]
        var treaties: [String]
        var source: String?
        var file: String?
    }
    struct Rules: Encodable {
        var region: String
        var inside: String
        var extraRegional: String
        var exposure: String
    }
    struct RegionalState: Encodable {
        var state: StateJSON
        var region: String?
        var subregion: String?
        var inside: Bool
        var organisations: [String]
        var treaties: [String]
        var eligibleFor: [String]
    }
    struct Summary: Encodable {
        var regionalStates: Int
        var inside: Int
        var outside: Int
        var insideOutsideRegion: Int
        var extraRegionalForces: Int
    }
    struct Accession: Encodable {
        var article: String?
        var openTo: String?
        var decidedBy: String?
        var quote: String?
        var quoteStatus: String
        var source: String?
        var verified: Bool
        var note: String?
    }
    struct Eligibility: Encodable {
        var rule: String
        var note: String?
    }
    struct OrganisationJSON: Encodable {
        var id: String
        var name: String
        var treaties: [String]
        var members: [StateJSON]
        var membersOutsideRegion: [StateJSON]
        var regionalNonMembers: [StateJSON]
        var eligibleNonMembers: [StateJSON]
        var accession: Accession?
        var eligibility: Eligibility?
    }
    struct ForceJSON: Encodable {
        var id: String
        var sender: StateJSON
        var senderRegion: String?
        var host: StateJSON
        var kind: String
        var present: String
        var size: String?
        var basis: String?
        var source: String?
        var verified: Bool
        var note: String?
    }
    struct Forces: Encodable {
        var rule: String
        var extraRegional: [ForceJSON]
        var intraRegional: [ForceJSON]
    }
    struct Pair: Encodable {
        var first: String
        var second: String
        var shared: [StateJSON]
        var sharedCount: Int
        var unionCount: Int
        var jaccard: Double
    }
    struct Overlap: Encodable {
        var organisations: [String]
        /// Shared members: `matrix[i][j]` for organisations i and j (the diagonal is each one's size).
        var matrix: [[Int]]
        var pairs: [Pair]
    }
    struct Exposed: Encodable {
        var state: StateJSON
        var parties: [StateJSON]
        var status: String
        var articles: [String]
    }
    struct TreatyJSON: Encodable {
        var id: String
        var name: String
        var inForce: String
        var parties: [StateJSON]
        var exposedCount: Int
        var exposed: [Exposed]
        /// The rule of the security part, or why it is not measured.
        var securityIndex: String
        /// The audit of adding the treaty (``TreatySecurityEffect``): winners and losers per reading.
        var security: [AuditReportJSON.Reading]?
    }

    var date: String
    var architecture: Definition
    var rules: Rules
    var summary: Summary
    var states: [RegionalState]
    var insideOutsideRegion: [StateJSON]
    var organisations: [OrganisationJSON]
    var forces: Forces
    var overlap: Overlap
    var treaties: [TreatyJSON]

    /// - Parameter security: each treaty's ``TreatySecurityEffect`` audit, by id (those in force on the day).
    init(_ r: ArchitectureReport, _ world: World, security: [String: IndivisibleSecurityAudit] = [:]) {
        let a = r.architecture
        func s(_ id: StateID) -> StateJSON { StateJSON(id, world) }
        date = r.day.description
        architecture = Definition(
            id: a.id, name: a.name, description: a.description, region: a.regions, organisations: a.organisations,
            treaties: a.treaties, source: a.source, file: a.origin)
        rules = Rules(
            region: "UN M49 regions: " + a.regions.joined(separator: ", "), inside: Architecture.insideRule,
            extraRegional: a.extraRegionalRule, exposure: ArchitectureReport.exposureRule)
        summary = Summary(
            regionalStates: r.regionalStates.count, inside: r.regionalStates.filter(\.inside).count,
            outside: r.outside.count, insideOutsideRegion: r.insideOutsideRegion.count,
            extraRegionalForces: r.extraRegionalForces.count)
        states = r.regionalStates.map { x in
            let state = world.states[x.state]
            return RegionalState(
                state: s(x.state), region: state.region, subregion: state.subregion, inside: x.inside,
                organisations: x.organisations, treaties: x.treaties, eligibleFor: x.eligibleFor)
        }
        insideOutsideRegion = r.insideOutsideRegion.map(s)
        organisations = r.organisations.map { o in
            let acc = o.organisation.accession.map {
                Accession(
                    article: $0.article, openTo: $0.openTo, decidedBy: $0.decidedBy, quote: $0.quote,
                    quoteStatus: $0.quoteStatus.rawValue, source: $0.source, verified: $0.verified, note: $0.note)
            }
            return OrganisationJSON(
                id: o.organisation.id, name: o.organisation.name, treaties: o.organisation.treaties,
                members: o.members.map(s), membersOutsideRegion: o.membersOutsideRegion.map(s),
                regionalNonMembers: o.regionalNonMembers.map(s), eligibleNonMembers: o.eligibleNonMembers.map(s),
                accession: acc, eligibility: o.eligibility.map { Eligibility(rule: $0.rule, note: $0.note) })
        }
        func force(_ f: ArchitectureReport.Force) -> ForceJSON {
            let d = f.deployment
            return ForceJSON(
                id: d.id, sender: s(f.sender), senderRegion: world.states[f.sender].region, host: s(f.host),
                kind: d.kind.rawValue, present: truthText(f.present), size: d.size, basis: d.basis, source: d.source,
                verified: d.verified, note: d.note)
        }
        forces = Forces(
            rule: a.extraRegionalRule, extraRegional: r.forces.filter(\.extraRegional).map(force),
            intraRegional: r.forces.filter { !$0.extraRegional }.map(force))
        let ids = r.organisations.map(\.organisation.id)
        let sizes = r.organisations.map(\.members.count)
        var matrix = ids.indices.map { i in ids.indices.map { j in i == j ? sizes[i] : 0 } }
        for p in r.overlaps {
            if let i = ids.firstIndex(of: p.first), let j = ids.firstIndex(of: p.second) {
                matrix[i][j] = p.shared.count
                matrix[j][i] = p.shared.count
            }
        }
        overlap = Overlap(
            organisations: ids, matrix: matrix,
            pairs: r.overlaps.map {
                Pair(
                    first: $0.first, second: $0.second, shared: $0.shared.map(s), sharedCount: $0.shared.count,
                    unionCount: $0.unionCount, jaccard: ($0.jaccard * 10_000).rounded() / 10_000)
            })
        treaties = r.treaties.map { t in
            TreatyJSON(
                id: t.treaty.id, name: t.treaty.displayName, inForce: truthText(t.inForce), parties: t.parties.map(s),
                exposedCount: t.exposed.count,
                exposed: t.exposed.map {
                    Exposed(
                        state: s($0.state), parties: $0.parties.map(s), status: $0.status.rawValue,
                        articles: $0.articles)
                },
                securityIndex: security[t.treaty.id] == nil
                    ? ArchitectureReport.securityNotMeasured : TreatySecurityEffect.rule,
                security: security[t.treaty.id].map {
                    AuditReportJSON(world: world, day: r.day, change: "add \(t.treaty.id)", audit: $0, runs: 0).readings
                })
        }
    }
}

/// `yes`, `uncertain` or `no`.
func truthText(_ t: Truth) -> String {
    switch t {
    case .yes: "yes"
    case .uncertain: "uncertain"
    case .no: "no"
    }
}
