import FoedusCore

/// Human-readable renderings of scenario answers.
extension ResultPresenter {
    public func label(_ s: StateJSON) -> String { "\(s.name) (\(s.ccode))" }

    public func quoteLine(_ o: ObligationJSON) -> String {
        let quote = o.quote.map { "\"\(clip($0, 160))\"" } ?? "(no verbatim quote coded)"
        return "      \(quote) [\(o.quoteStatus)\(o.verified ? ", verified" : ", not verified")]"
            + (o.source.map { "\n      source: \($0)" } ?? "")
    }

    /// The scenario in words; `details` lists every state bound but staying out on its own line (by default
    /// states with the same duties are one line, and one duty owed against several adversaries is one entry).
    public func scenarioText(details: Bool = false) -> String {
        let json = scenarioJSON()
        var lines: [String] = []
        lines.append("Scenario on \(json.date) — policy \(json.policy), threshold \(json.honour) (today \(today))")
        lines.append("Attacks:")
        for a in json.attacks {
            lines.append(
                "  \(label(a.aggressor)) → \(label(a.victim)) in \(a.theatre)" + (a.derived ? " (derived)" : "")
                    + (a.provoked && !a.derived ? " (provoked)" : "")
                    + groundNote(a))
        }
        for (title, members) in [("Attackers", json.sides.attackers), ("Defenders", json.sides.defenders)] {
            lines.append("\(title):")
            for m in members {
                guard let last = m.reasons.last else { continue }
                lines.append("  \(label(m.state)): \(stepText(last))")
                if m.reasons.count > 1 {
                    lines.append("      chain: " + m.reasons.map(chainStepText).joined(separator: " → "))
                }
                if last.treaty != nil,
                    let o = json.obligations.first(where: {
                        $0.obligor.ccode == m.state.ccode && $0.treaty.id == last.treaty?.id
                            && $0.article == last.article
                    })
                {
                    lines.append(quoteLine(o))
                }
            }
        }
        if !json.outside.isEmpty {
            lines.append("Bound but staying out:")
            lines += outsideLines(json.outside, details: details)
        }
        lines += conflictLines(json.conflicts, attackers: Set(json.sides.attackers.map(\.state.ccode)))
        lines += explanationLines(json.explanations)
        lines += provenanceLines(json.provenance)
        return lines.joined(separator: "\n")
    }

    /// The duties in words. Identical duties of many obligors (one clause, one beneficiary, one adversary, one
    /// status: the 51 TAC parties' non-participation) are one entry naming the first obligors and a count, unless
    /// `details` lists each (`--details`); `--json` always lists each.
    public func obligationsText(details: Bool = false) -> String {
        let json = obligationsJSON()
        var lines = ["Obligations on \(json.date) (today \(today))"]
        for a in json.attacks where !a.derived {
            lines.append("Attack: \(label(a.aggressor)) → \(label(a.victim)) in \(a.theatre)")
        }
        if json.obligations.isEmpty { lines.append("  No coded obligation is triggered.") }
        let groups = Self.groupedDuties(json.obligations, details: details)
        for group in groups {
            let o = group[0]
            let strength = o.strength.map { " (\($0))" } ?? ""
            let duty = "\(label(o.beneficiary)) \(o.kind)\(strength) against \(o.adversary.name) — \(o.status)"
            if group.count == 1 {
                lines.append("  \(label(o.obligor)) owes " + duty)
            } else {
                let shown = group.prefix(6).map { $0.obligor.name }.joined(separator: ", ")
                let more = group.count > 6 ? " and \(group.count - 6) more" : ""
                lines.append("  \(group.count) parties of \(o.treaty.id) owe " + duty + ": \(shown)\(more)")
            }
            lines.append("      \(o.treaty.name) [\(o.treaty.id)] Art. \(o.article)")
            lines.append(quoteLine(o))
        }
        if groups.count < json.obligations.count {
            lines.append(
                "  (\(json.obligations.count) duties in \(groups.count) entries: identical duties grouped; "
                    + "--details lists each)")
        }
        lines += explanationLines(json.explanations)
        lines += provenanceLines(json.provenance)
        return lines.joined(separator: "\n")
    }

    /// The ground of a scenario attack other than aggression, in words for the attack line.
    func groundNote(_ a: AttackJSON) -> String {
        switch a.ground {
        case "selfDefence": " (self-defence)"
        case "collectiveSelfDefence": " (collective self-defence)"
        case "ownTerritory": " (force on its own territory under --sovereignty \(result.scenario.sovereignty.rawValue))"
        case "disputed": " (an aggression or not, depending on whose territory \(a.groundPlace ?? "?") is)"
        default: ""
        }
    }

    /// For a pledge whose breach depends on a disputed place's sovereignty: the dispute.
    func disputedNote(_ c: ConflictJSON) -> String {
        c.disputed.map { " — if the attack is an aggression, which depends on whose territory it is: \($0)" } ?? ""
    }

    public func stepText(_ step: ReasonStepJSON) -> String {
        switch step.cause {
        case "aggressor": return "aggressor (attacks \(step.against?.name ?? "?"))"
        case "victim": return "victim (attacked by \(step.against?.name ?? "?"))"
        case "selfDefence": return "in self-defence (attacks \(step.against?.name ?? "?"), its aggressor)"
        case "ownTerritory":
            return "uses force against \(step.against?.name ?? "?") at \(step.place ?? "?"), which --sovereignty "
                + "\(result.scenario.sovereignty.rawValue) counts as its own territory (no aggression under that reading)"
        case "disputed":
            return "attacks \(step.against?.name ?? "?") at \(step.place ?? "?"): an aggression only if "
                + "\(step.place ?? "?") is not its territory (disputed sovereignty)"
        case "collectiveSelfDefence":
            return "defending \(step.beneficiary?.name ?? "?") under \(step.treaty?.id ?? "?") Art. "
                + "\(step.article ?? "?") (attacks \(step.against?.name ?? "?"))"
        case "forcesPresent":
            return "its forces in \(step.beneficiary?.name ?? "?") are attacked (deployment \(step.deployment ?? "?"))"
        default:
            return "\(step.cause) duty to \(step.beneficiary?.name ?? "?") against \(step.against?.name ?? "?"), "
                + "\(step.treaty?.id ?? "?") Art. \(step.article ?? "?") [\(step.policy)]"
        }
    }

    /// One step of a cascade in words — who entered, for whom and against whom — so that a chain names the attack
    /// that triggered each entry ("Italy joins Germany against Poland → Iraq defends the United Kingdom against
    /// Italy"), not only the states ("Italy → Iraq").
    public func chainStepText(_ step: ReasonStepJSON) -> String {
        let who = step.state.name
        let against = step.against?.name ?? "?"
        let beneficiary = step.beneficiary?.name ?? "?"
        let treaty = step.treaty.map { " (\($0.id)\(step.article.map { " Art. \($0)" } ?? ""))" } ?? ""
        switch step.cause {
        case "aggressor": return "\(who) attacks \(against)"
        case "victim": return "\(who) is attacked by \(against)"
        case "forcesPresent": return "\(who)'s forces in \(beneficiary) are attacked by \(against)"
        case "offense": return "\(who) joins \(beneficiary) against \(against)\(treaty)"
        case "defense": return "\(who) defends \(beneficiary) against \(against)\(treaty)"
        default: return "\(who): \(step.cause) duty to \(beneficiary) against \(against)\(treaty)"
        }
    }

    public func restraintText(_ r: String) -> String {
        switch r {
        case "belowThreshold": "below the honouring threshold"
        case "uncertain": "uncertain duties not included (--include-uncertain)"
        case "contested": "owed to an aggressor (--include-contested)"
        case "boundToBothSides": "bound to both sides: stays out"
        default: r
        }
    }

    public func conflictLines(_ conflicts: [ConflictJSON], attackers: Set<Int> = []) -> [String] {
        guard !conflicts.isEmpty else { return [] }
        return ["Conflicts and violations:"] + conflicts.map { "  " + conflictSentence($0, attackers: attackers) }
    }

    /// A conflict in plain words, naming the states, the treaties and the articles (the JSON keeps the `kind`).
    public func conflictSentence(_ c: ConflictJSON, attackers: Set<Int> = []) -> String {
        let names = c.states.map(\.name)
        func clause(_ i: Int) -> String {
            guard i < c.treaties.count else { return "" }
            let article = i < c.articles.count ? " Art. \(c.articles[i])" : ""
            return "\(c.treaties[i].id)\(article) [\(c.treaties[i].name)]"
        }
        func reference(_ i: Int) -> String {
            guard i < c.treaties.count else { return "" }
            return c.treaties[i].id + (i < c.articles.count ? " Art. \(c.articles[i])" : "")
        }
        switch c.kind {
        case "aggressorBreaksPledge" where names.count == 2:
            return "\(names[0]) breaks its pledge to \(names[1]) under \(clause(0))" + disputedNote(c)
        case "defenceAgainstPledgedVictim" where names.count == 2:
            return "\(names[0]), entering under \(reference(0)), fights \(names[1]), "
                + "which it pledged not to attack under \(clause(1))" + disputedNote(c)
        case "entryBreaksPledge" where names.count == 2:
            return "\(names[0]), entering under \(reference(0)), fights \(names[1]) despite its pledge under "
                + "\(clause(1)) (no aid to an aggressor, or no participation against it)" + disputedNote(c)
        case "treatyMembersOnBothSides":
            let attacking = c.states.filter { attackers.contains($0.ccode) }.map(\.name)
            let defending = c.states.filter { !attackers.contains($0.ccode) }.map(\.name)
            guard !attacking.isEmpty, !defending.isEmpty else {
                return "parties to \(clause(0)) fight on both sides: " + names.joined(separator: ", ")
            }
            return "parties to \(clause(0)) fight on both sides: " + attacking.joined(separator: ", ")
                + " (attacking) against " + defending.joined(separator: ", ")
        case "boundToBothSides" where !names.isEmpty:
            let duties = c.treaties.indices.map(reference).joined(separator: "; ")
            return "\(names.joined(separator: ", ")) is bound to both sides (\(duties)) and stays out"
        default:
            return "\(c.kind): " + names.joined(separator: ", ") + " — " + c.treaties.map(\.id).joined(separator: ", ")
        }
    }

    public func explanationLines(_ explanations: [ExplanationJSON]) -> [String] {
        explanations.flatMap { e in ["Why (not) \(label(e.state)):"] + e.reasons.map { "  - \($0.message)" } }
    }

    public func provenanceLines(_ p: ProvenanceJSON) -> [String] {
        ["Provenance: foedus \(p.foedus), data \(p.data)"] + p.assumptions.map { "  assumption: \($0)" }
    }
}

/// Shortens long text for tables.
public func clip(_ text: String, _ limit: Int) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
}

/// Left-aligned columns.
public func table(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = [Int](repeating: 0, count: first.count)
    for row in rows {
        for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    return rows.map { row in
        row.enumerated().map { i, cell in
            i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}

extension ResultPresenter {
    /// Duties that differ only in the obligor, in order of first appearance; a group of fewer than three, or
    /// any with `details`, is split into single duties.
    static func groupedDuties(_ duties: [ObligationJSON], details: Bool) -> [[ObligationJSON]] {
        guard !details else { return duties.map { [$0] } }
        struct Key: Hashable {
            var beneficiary, adversary, attack: Int
            var kind, strength, status, treaty, article: String
        }
        var order: [Key] = []
        var groups: [Key: [ObligationJSON]] = [:]
        for o in duties {
            let key = Key(
                beneficiary: o.beneficiary.ccode, adversary: o.adversary.ccode, attack: o.attack, kind: o.kind,
                strength: o.strength ?? "", status: o.status, treaty: o.treaty.id, article: o.article)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(o)
        }
        return order.flatMap { key -> [[ObligationJSON]] in
            let group = groups[key] ?? []
            return group.count >= 3 ? [group] : group.map { [$0] }
        }
    }
}

extension ResultPresenter {
    /// The states bound but staying out: each duty once, with every adversary it is owed against; states whose
    /// duties read the same are one line (`33 states (Bahamas, Haiti, … and 27 more): …`) unless `details`.
    func outsideLines(_ outside: [OutsideJSON], details: Bool) -> [String] {
        struct Duty: Hashable {
            var clause: String
            var standing: String
        }
        var order: [String] = []
        var states: [String: [StateJSON]] = [:]
        for o in outside {
            var duties: [Duty] = []
            var against: [Duty: [String]] = [:]
            for d in o.duties {
                let duty = Duty(
                    clause: "\(d.treaty.id) Art. \(d.article) to \(d.beneficiary.name)",
                    standing: "\(d.status), \(restraintText(d.restraint))")
                if against[duty] == nil { duties.append(duty) }
                if !(against[duty] ?? []).contains(d.adversary.name) {
                    against[duty, default: []].append(d.adversary.name)
                }
            }
            let line = duties.map { duty in
                duty.clause + " against " + (against[duty] ?? []).joined(separator: ", ") + ": " + duty.standing
            }.joined(separator: "; ")
            if states[line] == nil { order.append(line) }
            states[line, default: []].append(o.state)
        }
        return order.flatMap { line -> [String] in
            let group = states[line] ?? []
            guard group.count >= 3, !details else { return group.map { "  \(label($0)): " + line } }
            let shown = group.prefix(6).map(\.name).joined(separator: ", ")
            let more = group.count > 6 ? " and \(group.count - 6) more" : ""
            return ["  \(group.count) states (\(shown)\(more)): " + line]
        }
    }
}
