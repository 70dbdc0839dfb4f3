/// The rules that decide, obligor by obligor, whether a duty lets its obligor enter: one place for the status an
/// obligor's own membership gives the duty and for the obligors a scenario's inclusions admit, used by the
/// cascade (``Evaluator``), the recorded duties, and the fast path's bounds (``PairBounds``).
extension DutyRules {
    /// An obligor's status under a duty whose status for the whole group is `groupStatus`: a binding duty is
    /// `uncertain` for an obligor whose membership or suspension the data cannot settle (a political freeze, a
    /// membership dated to the month or year); a contested or uncertain duty stays so. The same as
    /// ``status(owedToAggressor:uncertainCondition:location:uncertainObligor:)`` with the obligor's uncertainty.
    public static func obligorStatus(_ groupStatus: Obligation.Status, uncertainObligor: Bool) -> Obligation.Status {
        groupStatus == .binding && uncertainObligor ? .uncertain : groupStatus
    }

    /// The obligors of a group whose duty, of status `groupStatus` for the group, lets them enter under the
    /// scenario's inclusions (``admits(_:includeUncertain:includeContested:)`` applied to each obligor's
    /// ``obligorStatus(_:uncertainObligor:)``), as one set operation.
    /// - Parameter uncertainObligors: the obligors whose own duty is uncertain.
    public static func admissibleObligors(
        _ obligors: StateSet, uncertainObligors: StateSet, groupStatus: Obligation.Status, includeUncertain: Bool,
        includeContested: Bool
    ) -> StateSet {
        switch groupStatus {
        case .contested: includeContested ? obligors : StateSet()
        case .uncertain: includeUncertain ? obligors : StateSet()
        case .binding: includeUncertain ? obligors : obligors.subtracting(uncertainObligors)
        }
    }
}
