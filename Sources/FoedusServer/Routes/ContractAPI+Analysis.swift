import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

/// The analysis operations: each heavy computation runs under the ``JobLimiter`` (429 with `Retry-After` when
/// busy, 503 past the request timeout) within the run limits the contract declares. Repeated requests are
/// answered from ``ConditionalGetMiddleware``'s cache before they get here.
extension ContractAPI {
    func simulate(_ input: Operations.Simulate.Input) async throws -> Operations.Simulate.Output {
        let q = input.query
        let (world, scenario) = try await self.scenario(q, defaultPolicy: .treaty)
        let day = scenario.day
        let runs = try Self.number("runs", q.runs, in: 1...limits.runs, default: min(1_000, limits.runs))
        let seed = UInt64(try Self.number("seed", q.seed, in: 0...Int(Int32.max), default: 1))
        let (capability, assumptions) = try BundledCapabilities.vector(states: world.states, day: day)
        let index = reference.index(of: world, on: day)
        let report = try await jobs.run {
            let simulation = ReliabilitySimulation(
                index: index, scenario: scenario, priors: .literature, capability: capability)
            let results = try simulation.run(
                runs: runs, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount, progress: nil)
            return SimulationReportJSON(
                world: world, day: day, scenario: scenario, seed: seed, priors: .literature,
                summary: SimulationSummary(results, stateCount: world.states.count), sweep: [],
                assumptions: [
                    "honouring rates by era and strength are mapped from the literature (an assumption; docs/analysis.md)",
                    "observed fulfilment comes from cases where deterrence failed",
                ] + assumptions)
        }
        return .ok(.init(body: .json(report)))
    }

    func security(_ input: Operations.Security.Input) async throws -> Operations.Security.Output {
        let q = input.query
        let day = try QueryReader.day(q.on, today: try Today.resolve())
        let world = try await world(with: q.with, workspace: q.workspace?.rawValue)
        let shown = try (q.state ?? []).prefix(256).map { try world.resolver.resolve($0, on: day) }
        let runs = try Self.number("runs", q.runs, in: 0...limits.securityRuns, default: 0)
        let seed = UInt64(try Self.number("seed", q.seed, in: 0...Int(Int32.max), default: 1))
        let report = try await jobs.run {
            let (capability, assumptions) = try BundledCapabilities.vector(states: world.states, day: day)
            let run = try SecurityRun.compute(
                world: world, day: day, capability: capability, capabilityAssumptions: assumptions, runs: runs,
                seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount)
            let states = shown.isEmpty ? Array(world.states.alive(on: day)) : Array(shown)
            return SecurityReportJSON(world: world, day: day, shown: states, run: run, runs: runs)
        }
        return .ok(.init(body: .json(report)))
    }

    func architecture(_ input: Operations.Architecture.Input) async throws -> Operations.Architecture.Output {
        let name = input.path.name
        guard let architecture = try BundledArchitectures.architecture(id: name) else {
            throw APIError.notFound(
                "no architecture \(name) (bundled: \(BundledArchitectures.ids.joined(separator: ", ")))")
        }
        let day = try QueryReader.day(input.query.on, today: try Today.resolve())
        let world = reference.world
        let report = try await jobs.run {
            let report = try ArchitectureReport(
                architecture: architecture, world: world, day: day, relevance: try History.relevance())
            let (capability, _) = try BundledCapabilities.vector(states: world.states, day: day)
            let security = try TreatySecurityEffect.audits(
                treaties: architecture.treaties, world: world, day: day, capability: capability,
                relevance: try History.relevance())
            return ArchitectureReportJSON(report, world, security: security)
        }
        return .ok(.init(body: .json(report)))
    }

    func claims(_ input: Operations.Claims.Input) async throws -> Operations.Claims.Output {
        let today = try Today.resolve()
        let day = try QueryReader.day(input.query.on, today: today)
        let world = reference.world
        let report = try await jobs.run {
            let (capability, _) = try BundledCapabilities.vector(states: world.states, day: day)
            guard let architecture = try BundledArchitectures.architecture(id: "eurasia-2024") else {
                throw APIError.notFound("no architecture eurasia-2024")
            }
            let report = try ClaimsReport(
                world: world, architecture: architecture, day: day, capability: capability,
                relevance: try History.relevance())
            return ClaimsJSON(report, world, today: today)
        }
        return .ok(.init(body: .json(report)))
    }

    func similarity(_ input: Operations.Similarity.Input) async throws -> Operations.Similarity.Output {
        let q = input.query
        guard q.state.count == 2 else {
            throw APIError.badRequest("state: give exactly two states (state=USA&state=RUS)")
        }
        guard (1815...2018).contains(q.year) else {
            throw APIError.badRequest("year: expected a whole number from 1815 to 2018 (ATOP 5.1)")
        }
        let report = try SimilarityReportJSON.compute(
            q.state[0], q.state[1], year: q.year,
            reference: q.reference.flatMap { SimilarityReference(rawValue: $0.rawValue) } ?? .system,
            coding: q.coding.flatMap { SimilarityCoding(rawValue: $0.rawValue) } ?? .valued)
        return .ok(.init(body: .json(report)))
    }

    func backtest(_ input: Operations.Backtest.Input) async throws -> Operations.Backtest.Output {
        let q = input.query
        let policies =
            q.policy.flatMap { EscalationPolicy(rawValue: $0.rawValue) }.map { [$0] } ?? EscalationPolicy.allCases
        let honours =
            q.honour.flatMap { HonourThreshold(rawValue: $0.rawValue) }.map { [$0] } ?? [.discretionary, .automatic]
        let details = q.details ?? false
        let world = reference.world
        let rows = try await jobs.run {
            let backtest = Backtest(world: world, wars: try WarLoader.wars(BundledData.interstateWars))
            let summaries = policies.flatMap { policy in honours.map { backtest.run(policy: policy, honour: $0) } }
            return summaries.map { BacktestJSON($0, world: world, details: details) }
        }
        return .ok(.init(body: .json(rows)))
    }

    /// `GET /v1/backtest/honouring`: the Leeds-style honouring test, as `foedus backtest --honouring --json`
    /// (issue #14 §1). A pure operation: ``ConditionalGetMiddleware`` keeps its answer.
    func backtestHonouring(
        _ input: Operations.BacktestHonouring.Input
    ) async throws -> Operations.BacktestHonouring.Output {
        let details = input.query.details ?? false
        let world = reference.world
        let report = try await jobs.run {
            let wars = try WarLoader.wars(BundledData.interstateWars)
            let report = try HonouringTest(world: world, wars: wars).run()
            return HonouringJSON(report, wars: wars.count, world: world, details: details)
        }
        return .ok(.init(body: .json(report)))
    }

    func map(_ input: Operations.Map.Input) async throws -> Operations.Map.Output {
        let q = input.query
        let today = try Today.resolve()
        let day = try QueryReader.day(q.on, today: today)
        let world = try await world(with: q.with, workspace: q.workspace?.rawValue)
        let focus = try MapJSON.focus(q.focus, world: world, day: day)
        return .ok(.init(body: .json(MapJSON(index: reference.index(of: world, on: day), focus: focus, today: today))))
    }

    func timeline(_ input: Operations.Timeline.Input) async throws -> Operations.Timeline.Output {
        let q = input.query
        let world = try await world(with: q.with, workspace: q.workspace?.rawValue)
        let focus = try q.focus.map { try world.resolver.resolve($0, on: nil) }
        return .ok(.init(body: .json(TimelineJSON(world: world, focus: focus, through: try Today.resolve().year))))
    }

    /// A whole number the contract bounds (the generated code has decoded it; the bounds are checked here, with
    /// the server's own limits).
    static func number(_ name: String, _ value: Int?, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let value else { return fallback }
        guard range.contains(value) else {
            throw APIError.badRequest(
                "\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
