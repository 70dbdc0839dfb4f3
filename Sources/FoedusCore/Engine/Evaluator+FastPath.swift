/// The fast path: only the two sides, with no explanations, for benchmarks and simulation. Skips attacks that
/// can bring no one new in (``PairBounds``) and rewinds instead of restarting when a state is bound to both sides.
extension Evaluator {
    /// Evaluates a scenario and returns only the two sides: the fast path for benchmarks and simulation. Each
    /// state honours its duties as the draw set by ``install(_:)`` decides, if any.
    public mutating func sides(_ scenario: Scenario) throws -> (attackers: StateSet, defenders: StateSet) {
        try fastSides(scenario, draw: installed, generation: installed == nil ? nil : installs)
    }

    /// The two sides when each state honours its duties as `draw` decides (one Monte Carlo run of one
    /// scenario). For many scenarios under one draw, ``install(_:)`` it: the fast path can then also skip
    /// attacks whose possible entrants all decline.
    public mutating func sides(
        _ scenario: Scenario, draw: HonourDraw?
    ) throws -> (attackers: StateSet, defenders: StateSet) {
        try fastSides(scenario, draw: draw, generation: nil)
    }

    /// Sets the honouring decisions for the scenarios that ``sides(_:)`` evaluates next (`nil`: every duty
    /// that passes the threshold is honoured). Once per draw it sorts, for every defence and offence group,
    /// the obligors who honour it on each side, so that the cascade tests a group's obligors as one set (no
    /// decision per duty, no unpredictable branch) and skips a group whose open obligors all decline.
    public mutating func install(_ draw: HonourDraw?) {
        installed = draw
        installs += 1
        drawSets = draw.map { draw in
            func sets(_ table: GroupTable) -> [StateSet] {
                var sets: [StateSet] = []
                sets.reserveCapacity(table.groups.count * 2)
                for group in table.groups {
                    let treaty = index.provisions[Int(group.provision)].treaty
                    for side in [Side.attackers, .defenders] {
                        var honouring = StateSet()
                        for obligor in group.obligors
                        where draw.honours(obligor, side: side, treaty: treaty, strength: group.strength) {
                            honouring.insert(obligor)
                        }
                        sets.append(honouring)
                    }
                }
                return sets
            }
            return (sets(index.defense), sets(index.offense))
        }
    }

    /// The fast path; `generation` identifies an installed draw the skip bounds may be built for.
    private mutating func fastSides(
        _ scenario: Scenario, draw: HonourDraw?, generation: Int?
    ) throws -> (attackers: StateSet, defenders: StateSet) {
        self.draw = draw
        // The installed draw's honouring sets serve only the scenarios run under that draw.
        drawSetsActive = generation != nil && drawSets != nil
        defer {
            self.draw = nil
            drawSetsActive = false
        }
        try validate(scenario)
        recording = false
        // `strict` derives no attacks, so nothing to skip. `treaty` derives few: the bounds of a draw would cost
        // more than they save, and those of every duty honoured are a valid (looser) bound under any draw.
        skipping = boundsEnabled && scenario.policy != .strict
        if skipping {
            let generation = scenario.policy == .chain ? generation : nil
            let rules = PairBounds.Rules(
                honour: scenario.honour, includeUncertain: scenario.includeUncertain, draw: generation)
            if bounds.rules != rules {
                // A draw's bounds use the installed draw's honouring sets (`generation` is set only for it).
                bounds = PairBounds(
                    index: index, rules: rules, honouring: generation == nil ? nil : drawSets, replacing: bounds)
            }
        }
        excluded = StateSet()
        restartConflicts.removeAll(keepingCapacity: true)
        // Recomputing without a state bound to both sides replays the run exactly up to the moment that
        // state entered (it decided nothing before), so the fast path rewinds to that moment instead of
        // starting again.
        start(scenario)
        var from = 0
        while let culprit = resume(from: from, scenario) {
            excluded.insert(culprit)
            from = rewind(before: culprit)
        }
        return (attackerSet, defenderSet)
    }

    /// Undoes everything from the entry of `state` on; returns the event to process again.
    mutating func rewind(before state: StateID) -> Int {
        guard let e = entries.firstIndex(where: { $0.state == state }) else { return events.count }
        let mark = marks[e]
        for entry in entries[e...] {
            side[Int(entry.state.index)] = 0
            attackerSet.remove(entry.state)
            defenderSet.remove(entry.state)
        }
        entries.removeSubrange(e...)
        marks.removeSubrange(e...)
        events.removeSubrange(Int(mark.events)...)
        attackerEntrants.removeSubrange(Int(mark.attackerEntrants)...)
        aggressors = mark.aggressors
        disputedAggressors = mark.disputedAggressors
        return Int(mark.event)
    }

    /// Whether every state a provoked attack of `aggressor` on `victim` could bring in is already on the side
    /// it would join (or excluded). `mutating` only so that calling it from the cascade does not copy `self`.
    mutating func settled(victim: StateID, aggressor: StateID, theatre: Theatre) -> Bool {
        guard skipping else { return false }
        let victimSide = side[Int(victim.index)]
        let aggressorSide = side[Int(aggressor.index)]
        return bounds.settled(
            victim: victim, on: victimSide, aggressor: aggressor, on: aggressorSide, theatre: theatre,
            placed: (
                (victimSide == 1 ? attackerSet : defenderSet).union(excluded),
                (aggressorSide == 1 ? attackerSet : defenderSet).union(excluded)
            ))
    }
}
