/// The fast path: only the two sides, with no explanations, for benchmarks and simulation. Skips attacks that
/// can bring no one new in (``PairBounds``) and rewinds instead of restarting when a state is bound to both sides.
extension Evaluator {
    /// The two sides when every duty that passes the threshold is honoured.
    ///
    /// - Throws: ``FoedusError`` as ``evaluate(_:)``.
    public mutating func sides(_ scenario: Scenario) throws -> (attackers: StateSet, defenders: StateSet) {
        sides(try ValidatedScenario(scenario, on: index), draw: nil, prepared: nil)
    }

    /// The two sides when each state honours its duties as `draw` decides (one Monte Carlo run of one
    /// scenario). For many scenarios under one draw, prepare it (``sides(_:under:)``): the fast path can then
    /// also skip attacks whose possible entrants all decline.
    public mutating func sides(
        _ scenario: Scenario, draw: HonourDraw?
    ) throws -> (attackers: StateSet, defenders: StateSet) {
        sides(try ValidatedScenario(scenario, on: index), draw: draw, prepared: nil)
    }

    /// The two sides when each state honours its duties as the prepared draw decides.
    public mutating func sides(
        _ scenario: Scenario, under prepared: PreparedDraw
    ) throws -> (attackers: StateSet, defenders: StateSet) {
        sides(try ValidatedScenario(scenario, on: index), draw: prepared.draw, prepared: prepared)
    }

    /// The fast path for a validated scenario; `prepared` is the preparation of `draw`, if any.
    mutating func sides(
        _ scenario: ValidatedScenario, draw: HonourDraw?, prepared: PreparedDraw?
    ) -> (attackers: StateSet, defenders: StateSet) {
        let policy = scenario.scenario.policy
        // `strict` derives no attacks, so nothing to skip. `treaty` derives few: the bounds of a draw would cost
        // more than they save, and those of every duty honoured are a valid (looser) bound under any draw.
        let skipping = boundsEnabled && policy != .strict
        if skipping {
            let boundsDraw = policy == .chain ? prepared : nil
            let rules = PairBounds.Rules(
                honour: scenario.scenario.honour, includeUncertain: scenario.scenario.includeUncertain,
                includeContested: scenario.scenario.includeContested && policy != .chain,
                draw: boundsDraw.map { ObjectIdentifier($0.honouring) })
            if run.bounds.rules != rules {
                run.bounds = PairBounds(index: index, rules: rules, draw: boundsDraw, replacing: run.bounds)
            }
        }
        run.rewindingToFixpoint(
            scenario,
            mode: Run.Mode(
                recording: .sidesOnly, draw: draw, prepared: prepared?.honouring,
                skipping: skipping))
        return (run.attackerSet, run.defenderSet)
    }
}
