/// For each ordered pair (aggressor, victim) on one day: every state that a provoked attack of the one on the
/// other could bring in under a scenario's rules. The fast path skips such an attack once all of them are
/// placed (derived attacks in the `treaty` and `chain` policies are provoked).
///
/// The bound is exact in the adversary (a group counts only against the adversaries its condition names, and
/// never brings in the adversary itself), in non-provocation clauses, in the honour threshold, in uncertain
/// duties and, for a Monte Carlo run, in the run's honouring decisions. For a theatre on a home territory it
/// is also intersected with the obligors whose groups for the beneficiary admit that theatre (home
/// territories fall into a few classes over the day's location conditions: one row per class); it stays
/// conservative where one obligor's adversary and location conditions sit in different groups, for theatres
/// at gazetteer places, and in contested duties. So skipping an attack never changes a result: every state
/// it could bring in already stands where it would go, or is excluded.
struct PairBounds: Sendable {
    /// What a table is built for: the scenario's rules and, for a Monte Carlo run, its draw.
    struct Rules: Hashable, Sendable {
        var honour: HonourThreshold
        var includeUncertain: Bool
        /// Contested duties lead to entry, and the policy can make a duty contested (not `chain`): a duty owed to
        /// an aggressor is contested whatever else is uncertain about it, so it may bring in every obligor.
        var includeContested: Bool
        /// The prepared draw (``PreparedDraw``, by the identity of its honouring sets), or `nil` for every duty
        /// honoured.
        var draw: ObjectIdentifier?
    }

    /// The rules the table was built for; `nil` for ``none``.
    let rules: Rules?
    /// The honouring sets of the prepared draw the table was built for, kept so that their identity
    /// (`rules.draw`) names no other draw while the table is in use.
    private let prepared: PreparedDraw.Honouring?
    /// The number of states in the table (rows and columns).
    private let count: Int
    /// Per side the victim stands on (one table without a draw, where the side changes nothing; two with one):
    /// `[aggressor * count + victim]`, both bounds of one attack side by side so a check reads one cache line.
    /// The two halves are apart so that a check loads only the half it needs, a 32-byte set that never straddles
    /// a cache line.
    private let tables: [(defenders: [StateSet], helpers: [StateSet])]
    /// The classes of home territories over the day's location conditions (`reach` has one row per class and
    /// one more, `classes.count`, for theatres at gazetteer places: every group counts, whatever its location).
    let classes: TheatreClasses
    /// Per table as `tables`: `[theatreClass * count + beneficiary]`, the obligors of the beneficiary's groups
    /// (defence, and offence) whose location admits a theatre of that class, against any adversary.
    private let reach: [[Pair]]

    /// The bounds of one ordered pair.
    struct Pair {
        /// Defence obligors of the victim against the aggressor, and senders of forces stationed in the victim.
        var defenders = StateSet()
        /// Offence obligors of the aggressor against the victim.
        var helpers = StateSet()
    }

    /// No table: every attack is processed.
    static let none = PairBounds()

    private init() {
        rules = nil
        prepared = nil
        count = 0
        tables = []
        classes = TheatreClasses()
        reach = []
    }

    /// - Parameters:
    ///   - draw: for a Monte Carlo run, the prepared draw, whose honouring sets give the obligors who honour each
    ///     defence and offence group on each side; `nil` for every duty honoured.
    ///   - previous: the table this one replaces on the same day; its theatre classes are kept when the rules
    ///     read uncertain locations alike (they do not depend on the draw).
    init(
        index: DayIndex, rules: Rules, draw: PreparedDraw?, replacing previous: PairBounds
    ) {
        // The build costs about as much as a large scenario: worth it for many scenarios, not for one.
        self.rules = rules
        let honouring = draw?.honouring
        prepared = honouring
        let count = index.world.states.count
        self.count = count
        let victimSides: [Side] = honouring == nil ? [.defenders] : [.attackers, .defenders]
        // A duty whose location is uncertain counts when uncertain duties do, and when it may be contested.
        let locationUncertain = rules.includeUncertain || rules.includeContested
        let classes =
            previous.rules.map { $0.includeUncertain || $0.includeContested } == locationUncertain
            ? previous.classes : TheatreClasses(index: index, includeUncertain: locationUncertain)
        self.classes = classes
        let homeClass = classes.homeClass
        let placeRow = classes.count
        var reach: [[Pair]] = []
        // Forces stationed at places join any victim attacked at their place (gazetteer theatres share one row).
        let placeSenders = StateSet(index.placeForces.flatMap { $0.map(\.sender) })
        tables = victimSides.map { victimSide in
            var defenders = [StateSet](repeating: StateSet(), count: count * count)
            var helpers = [StateSet](repeating: StateSet(), count: count * count)
            var located = [Pair](repeating: Pair(), count: (classes.count + 1) * count)
            Self.fill(index: index, groups: index.defense) { i, group in
                Self.entrants(group, rules: rules, honouring: honouring?.defense, at: i, side: victimSide)
            } extra: { host in
                StateSet(index.forces[host].map(\.sender)).union(placeSenders)
            } located: { victim, location, entrants in
                for c in classes.admitting(location) {
                    located[c * count + victim].defenders = located[c * count + victim].defenders.union(entrants)
                }
                located[placeRow * count + victim].defenders = located[placeRow * count + victim].defenders.union(
                    entrants)
            } into: { victim, aggressor, row in
                defenders[aggressor * count + victim] = row
            }
            Self.fill(index: index, groups: index.offense) { i, group in
                Self.entrants(group, rules: rules, honouring: honouring?.offense, at: i, side: victimSide.opposite)
            } extra: { _ in
                StateSet()
            } located: { aggressor, location, entrants in
                for c in classes.admitting(location) {
                    located[c * count + aggressor].helpers = located[c * count + aggressor].helpers.union(entrants)
                }
                located[placeRow * count + aggressor].helpers = located[placeRow * count + aggressor].helpers.union(
                    entrants)
            } into: { aggressor, victim, row in
                helpers[aggressor * count + victim] = row
            }
            // Forces stationed in a host join when the host is attacked on its own territory.
            for host in index.alive {
                let h = Int(host.index)
                for forces in index.forces[h] { located[homeClass[h] * count + h].defenders.insert(forces.sender) }
                located[placeRow * count + h].defenders = located[placeRow * count + h].defenders.union(placeSenders)
            }
            reach.append(located)
            return (defenders, helpers)
        }
        self.reach = reach
    }

    /// Whether a provoked attack of `aggressor` (standing on `aggressorSide`) on `victim` (on `victimSide`) can
    /// bring in no one outside `placed` (the states already on the victim's side or excluded; those on the
    /// aggressor's side or excluded).
    @inline(__always) func settled(
        victim: StateID, on victimSide: UInt8, aggressor: StateID, on aggressorSide: UInt8, theatre: Theatre,
        placed: (StateSet, StateSet)
    ) -> Bool {
        // Sides are 1 (attackers) and 2 (defenders); the tables assume the two stand on opposite sides.
        guard rules != nil, victimSide != 0, victimSide != aggressorSide else { return false }
        return settled(table: tables.count == 1 ? 0 : Int(victimSide) - 1, victim, aggressor, theatre, placed)
    }

    /// As ``settled(victim:on:aggressor:on:theatre:placed:)`` for a victim and an aggressor known to stand on
    /// opposite sides, the victim on the defenders' side or not (a derived attack: the cascade knows).
    @inline(__always) func settled(
        victim: StateID, defending: Bool, aggressor: StateID, theatre: Theatre, placed: (StateSet, StateSet)
    ) -> Bool {
        guard rules != nil else { return false }
        return settled(table: tables.count == 1 || !defending ? 0 : 1, victim, aggressor, theatre, placed)
    }

    @inline(__always) private func settled(
        table: Int, _ victim: StateID, _ aggressor: StateID, _ theatre: Theatre, _ placed: (StateSet, StateSet)
    ) -> Bool {
        // First the theatre's rows (whatever the adversary; small, so cached), then the pair's own bound.
        let row =
            if case .territory(let host) = theatre {
                classes.homeClass[Int(host.index)] * count
            } else {
                classes.count * count
            }
        var defenders = reach[table][row + Int(victim.index)].defenders.subtracting(placed.0)
        var helpers = reach[table][row + Int(aggressor.index)].helpers.subtracting(placed.1)
        if defenders.isEmpty && helpers.isEmpty { return true }
        let pair = Int(aggressor.index) * count + Int(victim.index)
        if !defenders.isEmpty {
            defenders = defenders.intersection(tables[table].defenders[pair])
            if !defenders.isEmpty { return false }
        }
        if !helpers.isEmpty { helpers = helpers.intersection(tables[table].helpers[pair]) }
        return helpers.isEmpty
    }

    /// The obligors of `group` (number `i` of its table) that a provoked attack could bring in on `side` under
    /// `rules` and, for a Monte Carlo run, the run's `honouring` sets (two per group: attackers, defenders).
    private static func entrants(
        _ group: DutyGroup, rules: Rules, honouring: [StateSet]?, at i: Int, side: Side
    ) -> StateSet {
        guard DutyRules.canBringIn(group.kind, strength: group.strength, threshold: rules.honour) else {
            return StateSet()
        }
        // The attacks the fast path skips are derived ones, which count as provoked.
        let provoked = DutyRules.countsAsProvoked(provoked: true, derived: true)
        if DutyRules.releasedByProvocation(
            group.kind, nonProvocation: group.has(DutyGroup.nonProvocationFlag), provoked: provoked)
        {
            return StateSet()
        }
        // The group's duty is binding, or uncertain by its condition; it may also be uncertain by its location,
        // which the theatre rows (``TheatreClasses``) bound, and contested when owed to an aggressor.
        var entrants = DutyRules.admissibleObligors(
            group.obligors, uncertainObligors: group.uncertainObligors,
            groupStatus: group.has(DutyGroup.uncertainFlag) ? .uncertain : .binding,
            includeUncertain: rules.includeUncertain, includeContested: false)
        if rules.includeContested
            && DutyRules.dependsOnBeingAttacked(group.kind, attackedOnly: group.has(DutyGroup.attackedOnlyFlag))
        {
            entrants = entrants.union(
                DutyRules.admissibleObligors(
                    group.obligors, uncertainObligors: group.uncertainObligors, groupStatus: .contested,
                    includeUncertain: rules.includeUncertain, includeContested: true))
        }
        guard let honouring else { return entrants }
        return entrants.intersection(honouring[2 * i + (side == .attackers ? 0 : 1)])
    }

    /// For each beneficiary and adversary: the union of the entrants of the beneficiary's groups whose adversary
    /// condition admits the adversary, plus `extra`, without the adversary itself; handed to `into` when not empty.
    /// Each group's entrants also go to `located` with the group's location condition.
    private static func fill(
        index: DayIndex, groups: GroupTable, entrants: (_ i: Int, DutyGroup) -> StateSet, extra: (Int) -> StateSet,
        located: (_ beneficiary: Int, _ location: Int, StateSet) -> Void,
        into: (_ beneficiary: Int, _ adversary: Int, StateSet) -> Void
    ) {
        let alive = index.alive
        var specific: [(entrants: StateSet, adversaries: StateSet)] = []
        for beneficiary in alive {
            let b = Int(beneficiary.index)
            // Groups against any adversary are folded once; the others go adversary by adversary.
            var general = extra(b)
            specific.removeAll(keepingCapacity: true)
            for i in groups.range(beneficiary) {
                let group = groups.groups[i]
                let entrants = entrants(i, group)
                guard !entrants.isEmpty else { continue }
                located(b, Int(group.location), entrants)
                let adversaries = index.adversarySets[Int(group.adversary)].intersection(alive)
                if adversaries == alive {
                    general = general.union(entrants)
                } else {
                    specific.append((entrants, adversaries))
                }
            }
            guard !general.isEmpty || !specific.isEmpty else { continue }
            for adversary in alive {
                var row = general
                for s in specific where s.adversaries.contains(adversary) { row = row.union(s.entrants) }
                row.remove(adversary)
                if !row.isEmpty { into(b, Int(adversary.index), row) }
            }
        }
    }
}
