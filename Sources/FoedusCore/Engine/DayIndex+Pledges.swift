extension DayIndex {
    /// A specific pledge owed to a state on the index's day: its obligors and provision.
    package struct Pledge: Sendable {
        public var obligors: StateSet
        /// Obligors whose duty the data cannot settle (a political freeze, a partial date).
        public var uncertainObligors: StateSet
        public var provision: ProvisionRef
        public var strength: Provision.Strength?
        /// The provision carries an `uncertain` condition.
        public var uncertain: Bool
    }

    /// The pledges of `kind` owed to `beneficiary` on the day, general restatements of the UN Charter excluded.
    ///
    /// Non-aggression pledges are never triggered by an attack on the beneficiary (an aggressor breaks them), so
    /// a scenario's obligations do not list them; the honouring back-test reads them here.
    package func specificPledges(to beneficiary: StateID, kind: Provision.Kind) -> [Pledge] {
        reported.range(beneficiary).compactMap { i in
            let g = reported.groups[i]
            guard g.kind == kind, !g.has(DutyGroup.generalFlag) else { return nil }
            return Pledge(
                obligors: g.obligors, uncertainObligors: g.uncertainObligors, provision: provisions[Int(g.provision)],
                strength: g.strength, uncertain: g.has(DutyGroup.uncertainFlag))
        }
    }
}
