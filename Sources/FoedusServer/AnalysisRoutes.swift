import FoedusAPI
import FoedusAnalysis
import FoedusCore
import FoedusStore
import Foundation
import Hummingbird

/// The expensive routes: each runs under the ``JobLimiter`` (429 with `Retry-After` when busy) and within
/// the run limit declared in the OpenAPI document.
struct AnalysisRoutes {
    let reference: ReferenceWorld
    let store: any TreatyStore
    let limits: ServerConfiguration.Limits
    let jobs: JobLimiter
    let cache = ResponseCache(capacity: 64)

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/v1/architecture/{name}") { request, context in
            let name = try context.parameters.require("name")
            guard let architecture = try BundledArchitectures.architecture(id: name) else {
                throw APIError.notFound(
                    "no architecture \(name) (bundled: \(BundledArchitectures.ids.joined(separator: ", ")))")
            }
            let query = QueryReader(request: request, limits: limits, owner: context.owner)
            let today = try Today.resolve()
            let day = try query.day(today: today)
            let world = reference.world
            let body = try await cache.body(for: request, today: today.description) {
                try await jobs.run {
                    let report = try ArchitectureReport(architecture: architecture, world: world, day: day)
                    let (capability, _) = try BundledCapabilities.vector(states: world.states, day: day)
                    let security = try TreatySecurityEffect.audits(
                        treaties: architecture.treaties, world: world, day: day, capability: capability,
                        relevance: try History.relevance())
                    return JSONBody.data(ArchitectureReportJSON(report, world, security: security))
                }
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/security") { request, context in
            let query = QueryReader(request: request, limits: limits, owner: context.owner)
            let today = try Today.resolve()
            let day = try query.day(today: today)
            let world = try await reference.world(with: try await query.userTreaties(store: store), store: store)
            let shown = try query.all("state").prefix(256).map { try world.resolver.resolve($0, on: day) }
            let runs = try query.integer("runs", in: 0...limits.securityRuns, default: 0)
            let seed = UInt64(try query.integer("seed", in: 0...Int(Int32.max), default: 1))
            let body = try await cache.body(for: request, today: today.description) {
                try await jobs.run {
                    let (capability, assumptions) = try BundledCapabilities.vector(states: world.states, day: day)
                    let run = try SecurityRun.compute(
                        world: world, day: day, capability: capability, capabilityAssumptions: assumptions,
                        runs: runs, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount)
                    let states = shown.isEmpty ? Array(world.states.alive(on: day)) : Array(shown)
                    return JSONBody.data(
                        SecurityReportJSON(world: world, day: day, shown: states, run: run, runs: runs))
                }
            }
            return ReferenceRoutes.cached(request, body)
        }
        router.get("/v1/simulate") { request, context in
            let query = QueryReader(request: request, limits: limits, owner: context.owner)
            let day = try query.day(today: try Today.resolve())
            let world = try await reference.world(with: try await query.userTreaties(store: store), store: store)
            let (scenario, _) = try query.scenario(world: world, day: day, defaultPolicy: .treaty)
            let runs = try query.integer("runs", in: 1...limits.runs, default: min(1_000, limits.runs))
            let seed = UInt64(try query.integer("seed", in: 0...Int(Int32.max), default: 1))
            let (capability, assumptions) = try BundledCapabilities.vector(states: world.states, day: day)
            let index = reference.index(of: world, on: day)
            let body = try await jobs.run {
                let simulation = ReliabilitySimulation(
                    index: index, scenario: scenario, priors: .literature, capability: capability)
                let results = try simulation.run(
                    runs: runs, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount, progress: nil)
                return JSONBody.data(
                    SimulationReportJSON(
                        world: world, day: day, scenario: scenario, seed: seed, priors: .literature,
                        summary: SimulationSummary(results, stateCount: world.states.count), sweep: [],
                        assumptions: [
                            "honouring rates by era and strength are mapped from the literature (an assumption; docs/analysis.md)",
                            "observed fulfilment comes from cases where deterrence failed",
                        ] + assumptions))
            }
            return ReferenceRoutes.cached(request, body)
        }
    }
}
