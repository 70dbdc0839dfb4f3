public import FoedusCore

/// The words of the engine's explanations (``Explanation``): one sentence for each finding, with the treaty's name,
/// the article, the states' names on the day and the dates, as the CLI, the API and the catalogue's `says:` read
/// them.
public struct ExplanationText: Sendable {
    public let result: ScenarioResult
    public let world: World

    public init(result: ScenarioResult, world: World) {
        self.result = result
        self.world = world
    }

    /// The explanations of `state` in words, in the engine's order; a sentence said for several counterparts (an
    /// adversary condition that stops the duty to each) is given once, with the first explanation that says it.
    public func sentences(for state: StateID) -> [(explanation: Explanation, sentence: String)] {
        var seen = Set<String>()
        return result.explain(state, in: world).compactMap { explanation in
            let sentence = sentence(explanation, about: state)
            return seen.insert(sentence).inserted ? (explanation, sentence) : nil
        }
    }

    /// One explanation of `state` in words.
    public func sentence(_ e: Explanation, about state: StateID) -> String {
        let table = world.states
        let day = result.scenario.day
        let name = { (s: StateID) in table[s].name(on: day) }
        switch e.finding {
        case .notInSystem: return "\(table.label(state)) was not a member of the state system on \(day)"
        case .entered(let entry): return entered(entry)
        case .noTreaty: return "no coded treaty links \(name(state)) to a state in this war"
        default: break
        }
        guard let t = e.treaty else { return e.reason.rawValue }
        let treaty = world.treaties[t]
        let title = "\(treaty.displayName) [\(treaty.id)]"
        let partner = e.counterpart.map(name) ?? ""
        switch e.finding {
        case .notYetSigned: return "\(title): signed only on \(treaty.signed)"
        case .notYetInForce: return "\(title): treaty signed \(treaty.signed), in force only from \(treaty.inForce)"
        case .terminated:
            return "\(title): no longer in force (last day in force \(treaty.terminated?.description ?? "?"))"
        case .notAParty:
            let ccode = table[state].ccode
            let spans = treaty.parties.filter { $0.ccode == ccode }.map {
                "\(($0.joined ?? treaty.inForce))–\($0.left?.description ?? "")"
            }
            return "\(title): \(name(state)) is not a party on \(day) (party \(spans.joined(separator: ", ")))"
        case .owesNoEntryDuty(let provisions):
            let owed = provisions.map { treaty.provisions[$0] }
            let obligors = Set(owed.flatMap { $0.obligors ?? [] }).sorted().compactMap { table.id(ccode: $0).map(name) }
            let articles = owed.map { "Art. \($0.article)" }.joined(separator: ", ")
            return "\(title): no defence or offence duty owed by \(name(state)) "
                + "(\(articles) bind\(owed.count == 1 ? "s" : "") only \(obligors.joined(separator: ", ")))"
        case .consultationOnly: return "\(title): consultation only (a duty to consult, not to fight)"
        case .noEntryClause:
            let kinds = Set(treaty.provisions.map(\.kind.rawValue)).sorted().joined(separator: ", ")
            return "\(title): no defence or offence clause coded (\(kinds.isEmpty ? "no clauses" : kinds))"
        case .beneficiaryNotAParty: return "\(title): \(partner) is not a party on \(day)"
        case .suspended(let s):
            let suspension = treaty.suspensions[s]
            let whose = table.id(ccode: suspension.party).map(name) ?? "\(suspension.party)"
            let scope = suspension.towards == nil ? "\(whose)'s participation" : "duties to \(partner)"
            return "\(title): \(scope) suspended since \(suspension.from) (\(suspension.basis.rawValue))"
        default: break
        }
        guard let ref = e.provision else { return "\(title): \(e.reason.rawValue)" }
        let provision = treaty.provisions[ref.provision]
        let clause = "\(title) Art. \(provision.article)"
        switch e.finding {
        case .wordingNotInForce:
            return
                "\(clause): this wording applies \(provision.from?.description ?? "")–\(provision.to?.description ?? "")"
        case .owedToAggressor: return "\(clause): owed to \(partner), an aggressor in this war (contested)"
        case .uncertain(let why):
            return
                "\(clause): duty to \(partner) is uncertain (\(uncertainty(why, treaty: treaty, provision: provision, beneficiary: e.counterpart)))"
        case .belowThreshold(let strength):
            return
                "\(clause): \(strength?.rawValue ?? "") duty, below the `\(result.scenario.honour.rawValue)` threshold"
        case .boundToBothSides: return "\(clause): bound to both sides, stays out"
        case .adversaryCondition(let adversary):
            switch provision.conditions.adversary {
            case .states(let codes):
                let names = codes.compactMap { table.id(ccode: $0).map(name) }.joined(separator: ", ")
                return "\(clause): adversary condition: only against \(names)"
            case .nonMembers, .any:
                return "\(clause): adversary condition: only against non-members, and \(name(adversary)) is a party"
            }
        case .provoked: return "\(clause): non-provocation condition: the attack counts as provoked"
        case .locationCondition(let a):
            let location = provision.conditions.location
            let note = result.sovereigntyNote(attack: a, location: location, world: world)
            return "\(clause): location condition: \(result.describe(location, world)) — the attack is in "
                + result.describe(result.attacks[a].theatre, world) + (note.map { " (\($0))" } ?? "")
        case .counterpartAttacksNoOne: return "\(clause): offence clause, and \(partner) attacks no one"
        default: return "\(clause): \(e.reason.rawValue)"
        }
    }

    /// Why a duty is uncertain, in words.
    private func uncertainty(
        _ why: Explanation.Uncertainty, treaty: Treaty, provision: Provision, beneficiary: StateID?
    ) -> String {
        let day = result.scenario.day
        switch why {
        case .statedCondition: return provision.conditions.uncertain ?? "a condition of the text"
        case .disputedSovereignty(let attack, _):
            return result.sovereigntyNote(attack: attack, location: provision.conditions.location, world: world)
                ?? "the casus foederis is disputed"
        case .disputedAggressor(let p):
            let name = beneficiary.map { world.states[$0].name(on: day) } ?? "the beneficiary"
            return "owed to \(name), whose attack is an aggression only if \(world.places[p].id) is not its "
                + "territory: \(world.dispute(place: p, on: day) ?? world.places[p].id) "
                + "(--sovereignty administrator or claimant decides)"
        case .theatre: return "the text cannot settle whether the theatre is covered"
        case .politicalSuspension(let s):
            let suspension = treaty.suspensions[s]
            return "political suspension since \(suspension.from)" + (suspension.note.map { ": \($0)" } ?? "")
        case .partialDate: return "a date known only to the month or year"
        }
    }
}
