import FoedusCore

/// The third countries a treaty exposes, and the foreign forces on the architecture's continent.
extension ArchitectureReport {
    /// For each listed treaty: every non-party X alive on the day and every party P, "X attacks P" under
    /// policy strict; X is exposed when the treaty yields a defence or offence duty.
    static func treatySummaries(world: World, index: DayIndex, treaties: [Int]) throws -> [TreatySummary] {
        var evaluator = Evaluator(index: index)
        return try treaties.map { t in
            let treaty = world.treaties[t]
            let parties = Array(index.treatyParties[t]).sorted()
            var exposed: [Exposure] = []
            for x in Array(index.alive).sorted() where !index.treatyParties[t].contains(x) {
                if let e = try exposure(of: x, to: t, parties: parties, evaluator: &evaluator, world: world) {
                    exposed.append(e)
                }
            }
            return TreatySummary(
                treaty: treaty, inForce: treaty.inForce(on: index.day), parties: parties, exposed: exposed)
        }
    }

    static func exposure(
        of x: StateID, to t: Int, parties: [StateID], evaluator: inout Evaluator, world: World
    ) throws -> Exposure? {
        var hit: [StateID] = []
        var status: Obligation.Status?
        var articles: [String] = []
        for p in parties {
            let scenario = Scenario(
                day: evaluator.index.day, attacks: [Attack(aggressor: x, victim: p)], policy: .strict)
            let result = try evaluator.evaluate(scenario)
            let duties = result.obligations.filter { $0.provision.treaty == t && $0.kind.decidesEntry }
            guard !duties.isEmpty else { continue }
            hit.append(p)
            for d in duties {
                status = firmer(status, d.status)
                let article = world.treaties[t].provisions[d.provision.provision].article
                if !articles.contains(article) { articles.append(article) }
            }
        }
        guard let status else { return nil }
        return Exposure(state: x, parties: hit, status: status, articles: articles)
    }

    static func firmer(_ a: Obligation.Status?, _ b: Obligation.Status) -> Obligation.Status {
        let rank: [Obligation.Status: Int] = [.binding: 0, .uncertain: 1, .contested: 2]
        guard let a else { return b }
        return (rank[a] ?? 3) <= (rank[b] ?? 3) ? a : b
    }

    /// Foreign forces present on the day (`yes` or `uncertain`) in a host of the region, sender ≠ host.
    static func forces(architecture: Architecture, world: World, index: DayIndex) -> [Force] {
        world.deployments.compactMap { d in
            let present = d.present(on: index.day)
            guard present != .no, d.sender != d.host, let host = world.id(ccode: d.host),
                let sender = world.id(ccode: d.sender), index.alive.contains(host),
                architecture.covers(world.states[host])
            else { return nil }
            return Force(
                deployment: d, sender: sender, host: host, present: present,
                extraRegional: !architecture.covers(world.states[sender]))
        }.sorted { ($0.extraRegional ? 0 : 1, $0.deployment.id) < ($1.extraRegional ? 0 : 1, $1.deployment.id) }
    }
}
