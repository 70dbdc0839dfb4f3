extension ScenarioResult {
    /// Explains why `state` is, or is not, in the war: every treaty that links it to a belligerent, and
    /// what stops each duty (dates, membership, suspension, conditions, status, threshold).
    ///
    /// Built only on request, from the ``World``: nothing here runs during evaluation.
    public func explain(_ state: StateID, in world: World) -> [Explanation] {
        let table = world.states
        let day = scenario.day
        guard table[state].exists(on: day) else {
            return [
                Explanation(
                    reason: .notInSystem,
                    message: "\(table.label(state)) was not a member of the state system on \(day)")
            ]
        }
        var out: [Explanation] = []
        if let entry = entry(of: state) {
            out.append(Explanation(reason: .entered, message: entryReason(entry, in: world)))
        }
        var belligerents = attackers.union(defenders)
        for a in attacks { belligerents.insert(a.victim) }
        let ccode = table[state].ccode
        for (t, treaty) in world.treaties.enumerated() {
            guard treaty.parties.contains(where: { $0.ccode == ccode }) else { continue }
            let partners = treaty.parties.compactMap { table.id(ccode: $0.ccode) }.filter {
                $0 != state && belligerents.contains($0)
            }
            guard !partners.isEmpty else { continue }
            out += explain(state, treaty: treaty, index: t, partners: Array(Set(partners)).sorted(), world: world)
        }
        var seen = Set<String>()
        out = out.filter { seen.insert($0.message).inserted }
        if out.isEmpty {
            out.append(
                Explanation(
                    reason: .noTreaty,
                    message: "no coded treaty links \(table[state].name(on: scenario.day)) to a state in this war"))
        }
        return out
    }

    private func explain(_ state: StateID, treaty: Treaty, index t: Int, partners: [StateID], world: World)
        -> [Explanation]
    {
        let table = world.states
        let day = scenario.day
        let name = "\(treaty.displayName) [\(treaty.id)]"
        func note(_ reason: Explanation.Reason, _ message: String, counterpart: StateID? = nil, provision: Int? = nil)
            -> Explanation
        {
            Explanation(
                reason: reason, treaty: t, provision: provision.map { ProvisionRef(treaty: t, provision: $0) },
                counterpart: counterpart, message: message)
        }
        // Coded alliances (ATOP) not yet signed or over would bury the answer: only curated treaties
        // are listed for those reasons.
        let curated = !treaty.isFromATOP
        if day < treaty.signed.first {
            // A treaty signed within the year after the day is worth naming; later ones are not.
            let soon = treaty.signed.first <= day.adding(days: 366)
            return curated && soon ? [note(.notYetSigned, "\(name): signed only on \(treaty.signed)")] : []
        }
        switch treaty.inForce(on: day) {
        case .no where day < treaty.inForce.first:
            return [
                note(.notYetInForce, "\(name): treaty signed \(treaty.signed), in force only from \(treaty.inForce)")
            ]
        case .no:
            guard curated else { return [] }
            return [
                note(
                    .terminated,
                    "\(name): no longer in force (last day in force \(treaty.terminated?.description ?? "?"))")
            ]
        default: break
        }
        let ccode = table[state].ccode
        let periods = treaty.parties.filter { $0.ccode == ccode }
        if !periods.contains(where: { $0.member(on: day, treaty: treaty) != .no }) {
            let spans = periods.map { "\(($0.joined ?? treaty.inForce))–\($0.left?.description ?? "")" }.joined(
                separator: ", ")
            return [
                note(
                    .notAParty,
                    "\(name): \(table[state].name(on: scenario.day)) is not a party on \(day) (party \(spans))")
            ]
        }
        let entryKinds = treaty.provisions.filter { $0.kind.decidesEntry && $0.applies(on: day) != .no }
        // A party that owes none of the treaty's defence or offence duties (an asymmetric treaty: Iraq in the
        // Anglo-Iraqi treaty of 1930 owes facilities, not war) is told so, not left without a word.
        let owedByOthers = entryKinds.filter { $0.obligors.map { !$0.contains(ccode) } ?? false }
        if !entryKinds.isEmpty, owedByOthers.count == entryKinds.count {
            let obligors = Set(owedByOthers.flatMap { $0.obligors ?? [] }).sorted().compactMap {
                table.id(ccode: $0).map { table[$0].name(on: scenario.day) }
            }
            let articles = owedByOthers.map { "Art. \($0.article)" }.joined(separator: ", ")
            return [
                note(
                    .noDefenseClause,
                    "\(name): no defence or offence duty owed by \(table[state].name(on: scenario.day)) "
                        + "(\(articles) bind\(owedByOthers.count == 1 ? "s" : "") only \(obligors.joined(separator: ", ")))"
                )
            ]
        }
        if entryKinds.isEmpty {
            let kinds = Set(treaty.provisions.map(\.kind.rawValue)).sorted().joined(separator: ", ")
            let onlyConsult = !treaty.provisions.isEmpty && treaty.provisions.allSatisfy { $0.kind == .consultation }
            return [
                note(
                    onlyConsult ? .consultationOnly : .noDefenseClause,
                    onlyConsult
                        ? "\(name): consultation only (a duty to consult, not to fight)"
                        : "\(name): no defence or offence clause coded (\(kinds.isEmpty ? "no clauses" : kinds))")
            ]
        }
        var out: [Explanation] = []
        for partner in partners {
            let partnerCode = table[partner].ccode
            let partnerPeriods = treaty.parties.filter { $0.ccode == partnerCode }
            if !partnerPeriods.contains(where: { $0.member(on: day, treaty: treaty) != .no }) {
                out.append(
                    note(
                        .beneficiaryNotAParty,
                        "\(name): \(table[partner].name(on: scenario.day)) is not a party on \(day)",
                        counterpart: partner))
                continue
            }
            if let s = treaty.suspensions.first(where: {
                $0.covers(obligor: ccode, beneficiary: partnerCode) && $0.basis != .political
                    && $0.applies(on: day) == .yes
            }) {
                let whose = table.id(ccode: s.party).map { table[$0].name(on: scenario.day) } ?? "\(s.party)"
                let scope =
                    s.towards == nil ? "\(whose)'s participation" : "duties to \(table[partner].name(on: scenario.day))"
                out.append(
                    note(
                        .suspended, "\(name): \(scope) suspended since \(s.from) (\(s.basis.rawValue))",
                        counterpart: partner))
                continue
            }
            // Wordings not in force on the day matter only if none is (amended or phased clauses).
            let current = treaty.provisions.contains { $0.kind.decidesEntry && $0.applies(on: day) != .no }
            for (p, provision) in treaty.provisions.enumerated() where provision.kind.decidesEntry {
                if current && provision.applies(on: day) == .no { continue }
                out += explain(
                    state, provision: provision, ref: ProvisionRef(treaty: t, provision: p), partner: partner,
                    name: name, world: world
                )
                .map { note($0.0, $0.1, counterpart: partner, provision: p) }
            }
        }
        return out
    }

    private func explain(
        _ state: StateID, provision: Provision, ref: ProvisionRef, partner: StateID, name: String, world: World
    ) -> [(Explanation.Reason, String)] {
        let table = world.states
        let article = "Art. \(provision.article)"
        if provision.applies(on: scenario.day) == .no {
            return [
                (
                    .provisionNotApplicable,
                    "\(name) \(article): this wording applies \(provision.from?.description ?? "")–\(provision.to?.description ?? "")"
                )
            ]
        }
        if let obligors = provision.obligors, !obligors.contains(table[state].ccode) { return [] }
        if let beneficiaries = provision.beneficiaries, !beneficiaries.contains(table[partner].ccode) { return [] }
        // The duty exists in the result: say what became of it.
        if let i = obligations.firstIndex(where: {
            $0.obligor == state && $0.beneficiary == partner && $0.provision == ref
        }) {
            let duty = obligations[i]
            if side(of: state) != nil { return [] }
            let restraint = outside.first { $0.state == state }?.duties.first { $0.obligation == i }?.restraint
            switch restraint {
            case .contested?:
                return [
                    (
                        .owedToAggressor,
                        "\(name) \(article): owed to \(table[partner].name(on: scenario.day)), an aggressor in this war (contested)"
                    )
                ]
            case .uncertain?:
                return [
                    (
                        .uncertainExcluded,
                        "\(name) \(article): duty to \(table[partner].name(on: scenario.day)) is uncertain (\(uncertainReason(duty, world)))"
                    )
                ]
            case .belowThreshold?:
                return [
                    (
                        .belowThreshold,
                        "\(name) \(article): \(duty.strength?.rawValue ?? "") duty, below the `\(scenario.honour.rawValue)` threshold"
                    )
                ]
            case .boundToBothSides?:
                return [(.boundToBothSides, "\(name) \(article): bound to both sides, stays out")]
            default:
                return []
            }
        }
        // Why the clause was not triggered by the attacks on (or by) the partner.
        var out: [(Explanation.Reason, String)] = []
        let relevant = attacks.filter { provision.kind == .defense ? $0.victim == partner : $0.aggressor == partner }
        for attack in relevant {
            let adversary = provision.kind == .defense ? attack.aggressor : attack.victim
            if adversary == state { continue }
            let treaty = world.treaties[ref.treaty]
            let adversaryCode = table[adversary].ccode
            let adversaryIsParty = treaty.parties.contains {
                $0.ccode == adversaryCode && $0.member(on: scenario.day, treaty: treaty) != .no
            }
            let provoked = DutyRules.countsAsProvoked(provoked: attack.provoked, derived: attack.cause != nil)
            if !DutyRules.admits(provision.conditions.adversary, adversary: adversaryCode, isParty: adversaryIsParty) {
                switch provision.conditions.adversary {
                case .states(let codes):
                    let names = codes.compactMap { table.id(ccode: $0).map { table[$0].name(on: scenario.day) } }
                        .joined(separator: ", ")
                    out.append(
                        (.adversaryCondition, "\(name) \(article): adversary condition: only against \(names)"))
                case .nonMembers, .any:
                    out.append(
                        (
                            .adversaryCondition,
                            "\(name) \(article): adversary condition: only against non-members, and "
                                + "\(table[adversary].name(on: scenario.day)) is a party"
                        ))
                }
            } else if DutyRules.releasedByProvocation(
                provision.kind, nonProvocation: provision.conditions.nonProvocation, provoked: provoked)
            {
                out.append((.provoked, "\(name) \(article): non-provocation condition: the attack counts as provoked"))
            } else {
                let note = attacks.firstIndex(of: attack).flatMap {
                    sovereigntyNote(attack: $0, location: provision.conditions.location, world: world)
                }
                out.append(
                    (
                        .locationCondition,
                        "\(name) \(article): location condition: \(describe(provision.conditions.location, world)) — the attack is in \(describe(attack.theatre, world))"
                            + (note.map { " (\($0))" } ?? "")
                    ))
            }
        }
        if relevant.isEmpty && provision.kind == .offense {
            out.append(
                (
                    .noDefenseClause,
                    "\(name) \(article): offence clause, and \(table[partner].name(on: scenario.day)) attacks no one"
                ))
        }
        return out
    }

    private func uncertainReason(_ duty: Obligation, _ world: World) -> String {
        let treaty = world.treaties[duty.provision.treaty]
        let provision = treaty.provisions[duty.provision.provision]
        if let text = provision.conditions.uncertain { return text }
        if duty.location == .uncertain,
            let note = sovereigntyNote(attack: duty.attack, location: provision.conditions.location, world: world)
        {
            return note
        }
        if let note = disputedAggressorNote(duty, world: world) { return note }
        if duty.location == .uncertain { return "the text cannot settle whether the theatre is covered" }
        let code = world.states[duty.obligor].ccode
        let beneficiary = world.states[duty.beneficiary].ccode
        if let s = treaty.suspensions.first(where: {
            $0.covers(obligor: code, beneficiary: beneficiary) && $0.basis == .political
        }) {
            return "political suspension since \(s.from)" + (s.note.map { ": \($0)" } ?? "")
        }
        return "a date known only to the month or year"
    }

    /// Words for a location condition.
    public func describe(_ location: Conditions.Location, _ world: World) -> String {
        switch location {
        case .any: return "anywhere"
        case .partyTerritory: return "a party's territory only"
        case .administeredBy(let codes):
            let names = codes.compactMap { world.states.id(ccode: $0).map { world.states[$0].name(on: scenario.day) } }
            return "territory under the administration of " + names.joined(separator: " or ") + " only"
        case .places(let ids):
            let names = ids.map { id in world.placeIndex(id: id).map { world.places[$0].name } ?? id }
            return names.joined(separator: " or ") + " only"
        }
    }

    /// Words for a theatre.
    public func describe(_ theatre: Theatre, _ world: World) -> String {
        switch theatre {
        case .territory(let s): return "the territory of \(world.states[s].name(on: scenario.day))"
        case .place(let p): return world.places[p].name
        }
    }
}

extension ScenarioResult {
    /// ` — "quote"`, cut at 200 characters, or nothing.
    private func quoted(_ quote: String?) -> String {
        quote.map { q in " — \"" + (q.count > 200 ? String(q.prefix(199)) + "…" : q) + "\"" } ?? ""
    }

    /// Why a state is in, first: the duty (treaty, article, quote) or the attack that brought it in, and the
    /// step of the cascade with the chain from the scenario's own participants.
    func entryReason(_ entry: Entry, in world: World) -> String {
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
