public import FoedusCore

extension ExplanationText {
    /// Why a state is in, in words: the duty (treaty, article, quote) or the attack that brought it in, and the
    /// step of the cascade with the chain from the scenario's own participants.
    public func entered(_ entry: Entry) -> String {
        result.entryReason(entry, in: world)
    }
}

extension ScenarioResult {
    /// ` — "quote"`, cut at 200 characters, or nothing.
    private func quoted(_ quote: String?) -> String {
        quote.map { q in " — \"" + (q.count > 200 ? String(q.prefix(199)) + "…" : q) + "\"" } ?? ""
    }

    /// ``ExplanationText/entered(_:)``'s words, from the result's attacks, grounds, duties and entries.
    fileprivate func entryReason(_ entry: Entry, in world: World) -> String {
        let table = world.states
        let side = entry.side == .attackers ? "attackers'" : "defenders'"
        let entries = reasonChain(of: entry.state).map { table[$0.state].name(on: scenario.day) }
        func step(answering attack: Int) -> String {
            let a = attacks[attack]
            let through = entries.count > 1 ? "; entries " + entries.joined(separator: " → ") : ""
            return
                "step \(entry.step) of the cascade, answering \(table[a.aggressor].name(on: scenario.day)) → \(table[a.victim].name(on: scenario.day))"
                + through
        }
        switch entry.cause {
        case .scenario(let i):
            let attack = attacks[i]
            let name = { (s: StateID) in table[s].name(on: self.scenario.day) }
            let given = "the scenario's attack \(name(attack.aggressor)) → \(name(attack.victim))"
            guard attack.aggressor == entry.state else { return "in the war as the victim of \(given)" }
            switch grounds[i] {
            case .aggression:
                return "in the war as the aggressor of \(given)"
            case .selfDefense(let j):
                return "in the war defending itself: \(given) answers \(name(attacks[j].aggressor)) → "
                    + "\(name(attacks[j].victim)) (self-defence, UN Charter Art. 51)"
            case .collectiveSelfDefense(let j, let beneficiary, let ref):
                let treaty = world.treaties[ref.treaty]
                let provision = treaty.provisions[ref.provision]
                return "in the war defending \(name(beneficiary)) under \(treaty.id) Art. \(provision.article)"
                    + "\(quoted(provision.quote)): \(given) answers \(name(attacks[j].aggressor)) → "
                    + "\(name(attacks[j].victim)) (collective self-defence, UN Charter Art. 51)"
            case .ownTerritory(let p):
                return "in the war as the author of \(given), at \(world.places[p].id), "
                    + world.sovereignty(place: p, on: scenario.day, reading: scenario.sovereignty)
                    + ": force against the other side of the dispute on what this reading counts as its own "
                    + "territory is no aggression, though it still breaks pledges not to use force (force may not "
                    + "settle a territorial dispute)"
            case .disputed(let p, _, _):
                let dispute = world.dispute(place: p, on: scenario.day) ?? world.places[p].id
                let question =
                    grounds[i].aggression == .uncertain
                    ? "whether this is an aggression depends on whose territory \(world.places[p].id) is"
                    : "no aggression under either reading of whose territory \(world.places[p].id) is"
                return "in the war as the author of \(given); \(question) (disputed sovereignty: \(dispute))"
            }
        case .obligation(let o):
            let duty = obligations[o]
            let treaty = world.treaties[duty.provision.treaty]
            let provision = treaty.provisions[duty.provision.provision]
            return
                "in on the \(side) side by its \(duty.kind.rawValue) duty to \(table[duty.beneficiary].name(on: scenario.day)) "
                + "against \(table[duty.adversary].name(on: scenario.day)) under \(treaty.id) Art. \(provision.article)\(quoted(provision.quote))"
                + " (\(step(answering: duty.attack)))"
        case .forces(let d, let a):
            let deployment = world.deployments[d]
            if let place = deployment.place {
                return "in on the \(side) side: its forces stationed at \(place) (deployment \(deployment.id)) are "
                    + "attacked (\(step(answering: a)))"
            }
            return "in on the \(side) side: its forces stationed in \(table[attacks[a].victim].name) (deployment "
                + "\(deployment.id)) are attacked (\(step(answering: a)))"
        }
    }
}
