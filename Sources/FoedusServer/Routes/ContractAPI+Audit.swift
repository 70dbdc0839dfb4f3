import FoedusAnalysis
import FoedusApp
import FoedusCore
import Foundation

extension ContractAPI {
    /// `GET /v1/audit`: one change (`add` names a user treaty in the store), every state's security before and
    /// after under the three policies and the dyadic reading.
    func audit(_ input: Operations.Audit.Input) async throws -> Operations.Audit.Output {
        let q = input.query
        let day = try QueryReader.day(q.on, today: try Today.resolve())
        let ids = try await QueryReader.userTreaties(
            with: q.with ?? [], workspace: q.workspace?.rawValue, owner: RequestOwner.current, limits: limits,
            store: store)
        let before = try await reference.world(with: ids, store: store)
        let runs = try Self.number("runs", q.runs, in: 0...limits.securityRuns, default: 0)
        let seed = UInt64(try Self.number("seed", q.seed, in: 0...Int(Int32.max), default: 1))
        let tolerance = q.tolerance ?? 0.5
        guard (0...50).contains(tolerance) else {
            throw APIError.badRequest("tolerance: expected index points from 0 to 50 (0.5 = half a point)")
        }
        let change = try AuditChangeParser.change(
            adding: q.add != nil, remove: q.remove, accede: q.accede, withdraw: q.withdraw, deploy: q.deploy,
            world: before, day: day, label: { $0 })
        let after: World
        let description: String
        if let change {
            after = try change.apply(to: before, on: day)
            description = change.describe(in: before)
        } else {
            let id = q.add ?? ""
            guard !ids.contains(id) else { throw APIError.badRequest("add: \(id) is already applied by with") }
            after = try await reference.world(with: ids + [id], store: store)
            let known = Set(before.treaties.map(\.id))
            let added = after.treaties.map(\.id).filter { !known.contains($0) }
            description = "add " + (added.isEmpty ? id : added.joined(separator: ", ")) + " (user treaty \(id))"
        }
        let report = try await jobs.run {
            let (capability, assumptions) = try BundledCapabilities.vector(states: before.states, day: day)
            let audit = try IndivisibleSecurityAudit(
                before: before, after: after, day: day, capability: capability, relevance: try History.relevance(),
                tolerance: tolerance / 100, runs: runs, seed: seed,
                threads: ProcessInfo.processInfo.activeProcessorCount)
            return AuditReportJSON(
                world: before, day: day, change: description, audit: audit, runs: runs, assumptions: assumptions)
        }
        return .ok(.init(body: .json(report)))
    }
}
