public import FoedusCore
import FoedusData
import FoedusFormats

/// Turns a ``ScenarioResult`` into the JSON contract and into text; strings are built only here.
public struct ResultPresenter {
    public let world: World
    public let result: ScenarioResult
    public let today: Day
    public let explain: [StateID]

    public init(world: World, result: ScenarioResult, today: Day, explain: [StateID]) {
        self.world = world
        self.result = result
        self.today = today
        self.explain = explain
    }

    public func treatyRef(_ index: Int) -> TreatyRefJSON {
        let t = world.treaties[index]
        return TreatyRefJSON(id: t.id, name: t.displayName)
    }

    public func provenance(includePolicy: Bool) -> ProvenanceJSON {
        var assumptions: [String] = []
        if world.states.isCarriedForward(result.scenario.day) {
            assumptions.append(
                "states alive on \(world.states.coverageEnd) (end of the COW state list) are assumed to continue")
        }
        let continued = Set(result.obligations.filter(carriedForward).map { world.treaties[$0.provision.treaty].id })
            .sorted()
        if !continued.isEmpty {
            assumptions.append(
                "continued past ATOP coverage: ATOP alliances in effect on 2018-12-31 are assumed to go on ("
                    + continued.joined(separator: ", ") + ")")
        }
        if result.obligations.contains(where: \.assumedRequest) {
            assumptions.append(
                "assumed request: victims are assumed to request help under every treaty they are an active party to")
        }
        var disputed: [String] = []
        for attack in result.attacks {
            guard case .place(let p) = attack.theatre, let dispute = world.dispute(place: p, on: result.scenario.day),
                !disputed.contains(dispute)
            else { continue }
            disputed.append(dispute)
            assumptions.append(
                "disputed sovereignty: \(dispute); "
                    + world.sovereignty(place: p, on: result.scenario.day, reading: result.scenario.sovereignty))
        }
        assumptions.append("only coded treaties count; see each provision's source and verified flag")
        return ProvenanceJSON(
            foedus: FoedusVersion.code, data: BundledData.version, today: today.description,
            policy: includePolicy ? result.scenario.policy.rawValue : nil,
            honour: includePolicy ? result.scenario.honour.rawValue : nil,
            dateBasis: "curated treaties: entry into force and each party's own dates, as coded; "
                + "ATOP alliances (ATOP-<atopid>): signature dates",
            assumptions: assumptions)
    }

    /// Whether a duty rests on an ATOP alliance carried past the end of ATOP's coverage.
    public func carriedForward(_ o: Obligation) -> Bool {
        let treaty = world.treaties[o.provision.treaty]
        return treaty.isFromATOP && treaty.terminated == nil && result.scenario.day > ATOPLoader.coverageEnd
    }

    public func conditions(_ o: Obligation) -> [String] {
        let (provision) = world.treaties[o.provision.treaty].provisions[o.provision.provision]
        let c = provision.conditions
        var out = ["trigger: " + c.triggers.map(\.rawValue).joined(separator: "/") + " — met by the attack"]
        out.append(
            "location: \(result.describe(c.location, world)); theatre \(result.describe(result.attacks[o.attack].theatre, world)): \(truthWord(o.location))"
                + (result.sovereigntyNote(attack: o.attack, location: c.location, world: world).map { " — \($0)" } ?? "")
        )
        switch c.adversary {
        case .any: out.append("adversary: any state")
        case .nonMembers: out.append("adversary: non-members only — met")
        case .states: out.append("adversary: named states only — met")
        }
        if c.request { out.append("at the request of the victim: assumed request") }
        if c.nonProvocation { out.append("non-provocation: the attack is not provoked") }
        if c.attackedOnly { out.append("holds only if the partner is attacked") }
        if c.unCharter51 { out.append("UN Charter Art. 51") }
        if c.domesticProcess { out.append("subject to domestic law or constitutional processes") }
        if let u = c.uncertain { out.append("uncertain: \(u)") }
        return out
    }

    public func truthWord(_ t: Truth) -> String {
        t == .yes ? "covered" : t == .uncertain ? "uncertain" : "not covered"
    }

    public func obligationJSON(_ o: Obligation) -> ObligationJSON {
        let treaty = world.treaties[o.provision.treaty]
        let p = treaty.provisions[o.provision.provision]
        return ObligationJSON(
            obligor: StateJSON(o.obligor, world, on: result.scenario.day),
            beneficiary: StateJSON(o.beneficiary, world, on: result.scenario.day),
            adversary: StateJSON(o.adversary, world, on: result.scenario.day), kind: o.kind.rawValue,
            strength: o.strength?.rawValue,
            status: o.status.rawValue, treaty: treatyRef(o.provision.treaty), article: p.article, quote: p.quote,
            quoteStatus: p.quoteStatus.rawValue, source: p.source ?? treaty.sources.first, verified: p.verified,
            note: p.note, conditions: conditions(o), attack: o.attack, carriedForward: carriedForward(o))
    }

    public func attackJSON(_ a: AttackEvent, at i: Int) -> AttackJSON {
        let ground = a.cause != nil || i >= result.grounds.count ? nil : result.grounds[i]
        let place: Int? =
            switch ground {
            case .ownTerritory(let p)?, .disputed(let p, _, _)?: p
            default: nil
            }
        return AttackJSON(
            aggressor: StateJSON(a.aggressor, world, on: result.scenario.day),
            victim: StateJSON(a.victim, world, on: result.scenario.day),
            theatre: result.describe(a.theatre, world), provoked: a.provoked, derived: a.cause != nil,
            ground: ground?.name, groundPlace: place.map { world.places[$0].id })
    }

    public func reasonSteps(_ state: StateID) -> [ReasonStepJSON] {
        result.reasonChain(of: state).map { entry in
            var step = ReasonStepJSON(
                step: entry.step, state: StateJSON(entry.state, world, on: result.scenario.day), cause: "scenario",
                treaty: nil, article: nil,
                beneficiary: nil, against: nil, deployment: nil, place: nil, policy: result.scenario.policy.rawValue)
            switch entry.cause {
            case .scenario(let i):
                let a = result.scenario.attacks[i]
                step.against = StateJSON(
                    a.aggressor == entry.state ? a.victim : a.aggressor, world, on: result.scenario.day)
                guard a.aggressor == entry.state else {
                    step.cause = "victim"
                    break
                }
                step.cause = result.grounds[i].isAggression ? "aggressor" : result.grounds[i].name
                if case .collectiveSelfDefense(_, let beneficiary, let ref) = result.grounds[i] {
                    step.treaty = treatyRef(ref.treaty)
                    step.article = world.treaties[ref.treaty].provisions[ref.provision].article
                    step.beneficiary = StateJSON(beneficiary, world, on: result.scenario.day)
                }
                switch result.grounds[i] {
                case .ownTerritory(let p), .disputed(let p, _, _): step.place = world.places[p].id
                default: break
                }
            case .obligation(let i):
                let o = result.obligations[i]
                step.cause = o.kind.rawValue
                step.treaty = treatyRef(o.provision.treaty)
                step.article = world.treaties[o.provision.treaty].provisions[o.provision.provision].article
                step.beneficiary = StateJSON(o.beneficiary, world, on: result.scenario.day)
                step.against = StateJSON(o.adversary, world, on: result.scenario.day)
            case .forces(let d, let a):
                step.cause = "forcesPresent"
                step.deployment = world.deployments[d].id
                step.beneficiary = StateJSON(result.attacks[a].victim, world, on: result.scenario.day)
                step.against = StateJSON(result.attacks[a].aggressor, world, on: result.scenario.day)
            }
            return step
        }
    }

    public func members(_ side: Side) -> [SideMemberJSON] {
        result.entries.filter { $0.side == side }.map {
            SideMemberJSON(state: StateJSON($0.state, world, on: result.scenario.day), reasons: reasonSteps($0.state))
        }
    }

    public func explanations() -> [ExplanationJSON] {
        explain.map { s in
            ExplanationJSON(
                state: StateJSON(s, world, on: result.scenario.day),
                reasons: ExplanationText(result: result, world: world).sentences(for: s).map {
                    .init(
                        reason: $0.explanation.reason.rawValue, treaty: $0.explanation.treaty.map(treatyRef),
                        message: $0.sentence)
                })
        }
    }

    public func conflictJSON(_ c: Conflict) -> ConflictJSON {
        ConflictJSON(
            kind: c.kind.rawValue, states: c.states.map { StateJSON($0, world, on: result.scenario.day) },
            treaties: c.treaties.map(treatyRef),
            articles: c.provisions.map { world.treaties[$0.treaty].provisions[$0.provision].article },
            disputed: c.disputedPlace.map { world.dispute(place: $0, on: result.scenario.day) ?? world.places[$0].id })
    }

    public func scenarioJSON() -> ScenarioReportJSON {
        ScenarioReportJSON(
            date: result.scenario.day.description, policy: result.scenario.policy.rawValue,
            honour: result.scenario.honour.rawValue, provenance: provenance(includePolicy: true),
            attacks: result.attacks.enumerated().map { attackJSON($1, at: $0) },
            sides: SidesJSON(attackers: members(.attackers), defenders: members(.defenders)),
            outside: result.outside.map { out in
                OutsideJSON(
                    state: StateJSON(out.state, world, on: result.scenario.day),
                    duties: out.duties.map { d in
                        let o = result.obligations[d.obligation]
                        return OutsideDutyJSON(
                            treaty: treatyRef(o.provision.treaty),
                            article: world.treaties[o.provision.treaty].provisions[o.provision.provision].article,
                            beneficiary: StateJSON(o.beneficiary, world, on: result.scenario.day),
                            adversary: StateJSON(o.adversary, world, on: result.scenario.day),
                            status: o.status.rawValue,
                            restraint: d.restraint.rawValue)
                    })
            },
            conflicts: result.conflicts.map(conflictJSON), obligations: result.obligations.map(obligationJSON),
            explanations: explanations())
    }

    public func obligationsJSON() -> ObligationsReportJSON {
        ObligationsReportJSON(
            date: result.scenario.day.description, provenance: provenance(includePolicy: true),
            attacks: result.attacks.enumerated().map { attackJSON($1, at: $0) },
            obligations: result.obligations.map(obligationJSON),
            explanations: explanations())
    }
}
