import FoedusAPI
import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusStore
import Foundation
import Hummingbird

/// The research routes: the indivisible-security audit of one change, the seed texts' claims, alliance-portfolio
/// similarity and the back-test against the COW wars. Each mirrors its CLI command's `--json`; the audit and
/// the claims run under the ``JobLimiter``.
struct ResearchRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits
    let jobs: JobLimiter
    let cache = ResponseCache(capacity: 64)

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/v1/audit") { request, context in
            let today = try Today.resolve()
            let body = try await cache.body(for: request, today: today.description) {
                try await audit(request, owner: context.owner, today: today)
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/claims") { request, context in
            let query = QueryReader(request: request, limits: limits, owner: context.owner)
            let today = try Today.resolve()
            let day = try query.day(today: today)
            let world = reference.world
            let body = try await cache.body(for: request, today: today.description) {
                try await jobs.run {
                    let (capability, _) = try BundledCapabilities.vector(states: world.states, day: day)
                    guard let architecture = try BundledArchitectures.architecture(id: "eurasia-2024") else {
                        throw APIError.notFound("no architecture eurasia-2024")
                    }
                    let report = try ClaimsReport(
                        world: world, architecture: architecture, day: day, capability: capability,
                        relevance: try History.relevance())
                    return JSONBody.data(ClaimsJSON(report, world, today: today))
                }
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/similarity") { request, _ in
            let body = try await cache.body(for: request, today: "") {
                let query = QueryReader(request: request, limits: limits)
                let states = query.all("state")
                guard states.count == 2 else {
                    throw APIError.badRequest("state: give exactly two states (state=USA&state=RUS)")
                }
                guard let year = query.one("year") else { throw APIError.badRequest("year: required (1815-2018)") }
                guard let number = Int(year), (1815...2018).contains(number) else {
                    throw APIError.badRequest("year: expected a whole number from 1815 to 2018 (ATOP 5.1)")
                }
                let report = try SimilarityReportJSON.compute(
                    states[0], states[1], year: number,
                    reference: try query.enumeration("reference", default: SimilarityReference.system),
                    coding: try query.enumeration("coding", default: SimilarityCoding.valued))
                return JSONBody.data(report)
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/backtest") { request, _ in
            let query = QueryReader(request: request, limits: limits)
            let policies: [EscalationPolicy] =
                query.one("policy") == nil
                ? EscalationPolicy.allCases : [try query.enumeration("policy", default: .treaty)]
            let honours: [HonourThreshold] =
                query.one("honour") == nil
                ? [.discretionary, .automatic] : [try query.enumeration("honour", default: .discretionary)]
            let details = try query.flag("details")
            let world = reference.world
            let body = try await cache.body(for: request, today: "") {
                try await jobs.run {
                    let backtest = Backtest(world: world, wars: try WarLoader.wars(BundledData.interstateWars))
                    let summaries = policies.flatMap { policy in
                        honours.map { backtest.run(policy: policy, honour: $0) }
                    }
                    return JSONBody.data(summaries.map { BacktestJSON($0, world: world, details: details) })
                }
            }
            return ReferenceRoutes.cached(request, body)
        }
    }

    /// `GET /v1/audit`: one change (`add` names a user treaty in the store), every state's security before and
    /// after under the three policies and the dyadic reading.
    private func audit(_ request: Request, owner: String?, today: Day) async throws -> Data {
        let query = QueryReader(request: request, limits: limits, owner: owner)
        let day = try query.day(today: today)
        let ids = try await query.userTreaties(store: store)
        let before = try await reference.world(with: ids, store: store)
        let runs = try query.integer("runs", in: 0...limits.securityRuns, default: 0)
        let seed = UInt64(try query.integer("seed", in: 0...Int(Int32.max), default: 1))
        let tolerance =
            try query.one("tolerance").map { text in
                guard let value = Double(text), (0...50).contains(value) else {
                    throw APIError.badRequest("tolerance: expected index points from 0 to 50 (0.5 = half a point)")
                }
                return value
            } ?? 0.5
        let adding = query.one("add")
        let change = try AuditChangeParser.change(
            adding: adding != nil, remove: query.one("remove"), accede: query.one("accede"),
            withdraw: query.one("withdraw"), deploy: query.one("deploy"), world: before, day: day, label: { $0 })
        let after: World
        let description: String
        if let change {
            after = try change.apply(to: before, on: day)
            description = change.describe(in: before)
        } else {
            let id = adding ?? ""
            guard !ids.contains(id) else { throw APIError.badRequest("add: \(id) is already applied by with") }
            after = try await reference.world(with: ids + [id], store: store)
            let known = Set(before.treaties.map(\.id))
            let added = after.treaties.map(\.id).filter { !known.contains($0) }
            description = "add " + (added.isEmpty ? id : added.joined(separator: ", ")) + " (user treaty \(id))"
        }
        return try await jobs.run {
            let (capability, assumptions) = try BundledCapabilities.vector(states: before.states, day: day)
            let audit = try IndivisibleSecurityAudit(
                before: before, after: after, day: day, capability: capability, relevance: try History.relevance(),
                tolerance: tolerance / 100, runs: runs, seed: seed,
                threads: ProcessInfo.processInfo.activeProcessorCount)
            return JSONBody.data(
                AuditReportJSON(
                    world: before, day: day, change: description, audit: audit, runs: runs,
                    assumptions: assumptions))
        }
    }
}
