import FoedusCore

/// The third countries a treaty exposes, and the foreign forces on the architecture's continent.
extension ArchitectureReport {
    /// For each listed treaty: every non-party X alive on the day and every party P, "X attacks P" under
    /// policy strict; X is exposed when the treaty yields a defence or offence duty, and targeted when the
    /// treaty plausibly aims at it (``targetedRule``).
    static func treatySummaries(
        world: World, index: DayIndex, treaties: [Int], relevance: PoliticalRelevance? = nil
    ) throws -> [TreatySummary] {
        var evaluator = Evaluator(index: index)
        return try treaties.map { t in
            let treaty = world.treaties[t]
            let parties = Array(index.treatyParties[t]).sorted()
            var exposed: [Exposure] = []
            for x in Array(index.alive).sorted() where !index.treatyParties[t].contains(x) {
                if var e = try exposure(of: x, to: t, parties: parties, evaluator: &evaluator, world: world) {
                    e.targeted = targets(
                        of: x, to: t, parties: parties, year: index.day.year, world: world, relevance: relevance)
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

    /// Why treaty `t` plausibly aims at the exposed state `x`: a defence or offence clause names it as the
    /// adversary; it is contiguous to a party; it is a major power.
    static func targets(
        of x: StateID, to t: Int, parties: [StateID], year: Int, world: World, relevance: PoliticalRelevance?
    ) -> [Target] {
        let code = world.states[x].ccode
        var found: [Target] = []
        let named = world.treaties[t].provisions.contains { p in
            guard p.kind.decidesEntry, case .states(let codes) = p.conditions.adversary else { return false }
            return codes.contains(code)
        }
        if named { found.append(.named) }
        guard let relevance else { return found }
        if parties.contains(where: { relevance.contiguous(code, world.states[$0].ccode, in: year) }) {
            found.append(.contiguous)
        }
        if relevance.isMajorPower(code, in: year) { found.append(.majorPower) }
        return found
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
