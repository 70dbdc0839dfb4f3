public import FoedusAnalysis
public import FoedusCore

/// The JSON contract of `foedus architecture --json` (docs/architecture.md), also used by `foedus claims`.
public struct ArchitectureReportJSON: Encodable, Hashable, Sendable {
    public struct Definition: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var description: String?
        public var region: [String]
        public var organisations: [String]
        public var treaties: [String]
        public var source: String?
        public var file: String?
    }
    public struct Rules: Encodable, Hashable, Sendable {
        public var region: String
        public var inside: String
        public var extraRegional: String
        public var exposure: String
        /// Which exposed states count as targeted (``ArchitectureReport/targetedRule``).
        public var targeted: String
    }
    public struct RegionalState: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var region: String?
        public var subregion: String?
        public var inside: Bool
        public var organisations: [String]
        public var treaties: [String]
        public var eligibleFor: [String]
    }
    public struct Summary: Encodable, Hashable, Sendable {
        public var regionalStates: Int
        public var inside: Int
        public var outside: Int
        public var insideOutsideRegion: Int
        public var extraRegionalForces: Int
    }
    public struct Accession: Encodable, Hashable, Sendable {
        public var article: String?
        public var openTo: String?
        public var decidedBy: String?
        public var quote: String?
        public var quoteStatus: String
        public var source: String?
        public var verified: Bool
        public var note: String?
    }
    public struct Eligibility: Encodable, Hashable, Sendable {
        public var rule: String
        public var note: String?
    }
    public struct OrganisationJSON: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var treaties: [String]
        public var members: [StateJSON]
        public var membersOutsideRegion: [StateJSON]
        public var regionalNonMembers: [StateJSON]
        public var eligibleNonMembers: [StateJSON]
        public var accession: Accession?
        public var eligibility: Eligibility?
    }
    public struct ForceJSON: Encodable, Hashable, Sendable {
        public var id: String
        public var sender: StateJSON
        public var senderRegion: String?
        public var host: StateJSON
        public var kind: String
        public var present: String
        public var size: String?
        public var basis: String?
        public var source: String?
        public var verified: Bool
        public var note: String?
    }
    public struct Forces: Encodable, Hashable, Sendable {
        public var rule: String
        public var extraRegional: [ForceJSON]
        public var intraRegional: [ForceJSON]
    }
    public struct Pair: Encodable, Hashable, Sendable {
        public var first: String
        public var second: String
        public var shared: [StateJSON]
        public var sharedCount: Int
        public var unionCount: Int
        public var jaccard: Double
    }
    public struct Overlap: Encodable, Hashable, Sendable {
        public var organisations: [String]
        /// Shared members: `matrix[i][j]` for organisations i and j (the diagonal is each one's size).
        public var matrix: [[Int]]
        public var pairs: [Pair]
    }
    public struct Exposed: Encodable, Hashable, Sendable {
        public var state: StateJSON
        public var parties: [StateJSON]
        public var status: String
        public var articles: [String]
        /// Why the treaty plausibly aims at the state: `named`, `contiguous`, `majorPower` (empty: exposed only).
        public var targeted: [String]
    }
    public struct TreatyJSON: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var inForce: String
        public var parties: [StateJSON]
        /// Every non-party whose attack on a party the treaty's defence or offence clauses would cover.
        public var exposedCount: Int
        /// Of those, the states the treaty names or plausibly aims at (``ArchitectureReport/targetedRule``).
        public var targetedCount: Int
        public var exposed: [Exposed]
        /// The rule of the security part, or why it is not measured.
        public var securityIndex: String
        /// The audit of adding the treaty (``TreatySecurityEffect``): winners and losers per reading.
        public var security: [AuditReportJSON.Reading]?
    }

    public var date: String
    public var architecture: Definition
    public var rules: Rules
    public var summary: Summary
    public var states: [RegionalState]
    public var insideOutsideRegion: [StateJSON]
    public var organisations: [OrganisationJSON]
    public var forces: Forces
    public var overlap: Overlap
    public var treaties: [TreatyJSON]

    /// - Parameter security: each treaty's ``TreatySecurityEffect`` audit, by id (those in force on the day).
    public init(_ r: ArchitectureReport, _ world: World, security: [String: IndivisibleSecurityAudit] = [:]) {
        let a = r.architecture
        func s(_ id: StateID) -> StateJSON { StateJSON(id, world) }
        date = r.day.description
        architecture = Definition(
            id: a.id, name: a.name, description: a.description, region: a.regions, organisations: a.organisations,
            treaties: a.treaties, source: a.source, file: a.origin)
        rules = Rules(
            region: "UN M49 regions: " + a.regions.joined(separator: ", "), inside: Architecture.insideRule,
            extraRegional: a.extraRegionalRule, exposure: ArchitectureReport.exposureRule,
            targeted: ArchitectureReport.targetedRule)
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
                exposedCount: t.exposed.count, targetedCount: t.targeted.count,
                exposed: t.exposed.map {
                    Exposed(
                        state: s($0.state), parties: $0.parties.map(s), status: $0.status.rawValue,
                        articles: $0.articles, targeted: $0.targeted.map(\.rawValue))
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
public func truthText(_ t: Truth) -> String {
    switch t {
    case .yes: "yes"
    case .uncertain: "uncertain"
    case .no: "no"
    }
}
