import FoedusCoreTestSupport
import Testing

@testable import FoedusCore

/// The rules that decide, obligor by obligor, whether a duty lets its obligor enter (``DutyRules`` in
/// `Rules/DutyRules+Obligors.swift`): used by the cascade, the recorded duties and the fast path's bounds.
@Suite struct ObligorRulesTests {
    let statuses: [Obligation.Status] = [.binding, .uncertain, .contested]

    @Test func anObligorsUncertainMembershipMakesOnlyABindingDutyUncertain() {
        #expect(DutyRules.obligorStatus(.binding, uncertainObligor: false) == .binding)
        #expect(DutyRules.obligorStatus(.binding, uncertainObligor: true) == .uncertain)
        #expect(DutyRules.obligorStatus(.uncertain, uncertainObligor: false) == .uncertain)
        #expect(DutyRules.obligorStatus(.uncertain, uncertainObligor: true) == .uncertain)
        #expect(DutyRules.obligorStatus(.contested, uncertainObligor: false) == .contested)
        #expect(DutyRules.obligorStatus(.contested, uncertainObligor: true) == .contested)
    }

    /// `obligorStatus` of the group's status is the status the rule gives with the obligor's uncertainty, for
    /// every combination of the rule's inputs.
    @Test func theObligorsStatusIsTheRulesStatusWithItsUncertainty() {
        for owed in [Truth.no, .uncertain, .yes] {
            for condition in [false, true] {
                for location in [Truth.yes, .uncertain] {
                    let group = DutyRules.status(
                        owedToAggressor: owed, uncertainCondition: condition, location: location)
                    for obligor in [false, true] {
                        #expect(
                            DutyRules.obligorStatus(group, uncertainObligor: obligor)
                                == DutyRules.status(
                                    owedToAggressor: owed, uncertainCondition: condition, location: location,
                                    uncertainObligor: obligor))
                    }
                }
            }
        }
    }

    /// The set the cascade lets in is, for every group status and inclusion, the obligors whose own status the
    /// inclusions admit.
    @Test func theAdmissibleObligorsAreThoseWhoseOwnStatusIsAdmitted() {
        let obligors = StateSet((0..<6).map { StateID($0) })
        let uncertain = StateSet([StateID(1), StateID(4), StateID(9)])
        for status in statuses {
            for includeUncertain in [false, true] {
                for includeContested in [false, true] {
                    let admitted = DutyRules.admissibleObligors(
                        obligors, uncertainObligors: uncertain, groupStatus: status,
                        includeUncertain: includeUncertain, includeContested: includeContested)
                    let expected = StateSet(
                        obligors.filter {
                            DutyRules.admits(
                                DutyRules.obligorStatus(status, uncertainObligor: uncertain.contains($0)),
                                includeUncertain: includeUncertain, includeContested: includeContested)
                        })
                    #expect(admitted == expected, "\(status) \(includeUncertain) \(includeContested)")
                }
            }
        }
    }

    @Test func exactSets() {
        let obligors = StateSet((0..<4).map { StateID($0) })
        let uncertain = StateSet([StateID(2)])
        func admitted(_ status: Obligation.Status, uncertain u: Bool, contested c: Bool) -> [Int] {
            DutyRules.admissibleObligors(
                obligors, uncertainObligors: uncertain, groupStatus: status, includeUncertain: u, includeContested: c
            ).map { Int($0.index) }
        }
        #expect(admitted(.binding, uncertain: false, contested: false) == [0, 1, 3])
        #expect(admitted(.binding, uncertain: true, contested: false) == [0, 1, 2, 3])
        #expect(admitted(.uncertain, uncertain: false, contested: true) == [])
        #expect(admitted(.uncertain, uncertain: true, contested: false) == [0, 1, 2, 3])
        // A contested duty stays contested for an obligor of uncertain membership: all of them, or none.
        #expect(admitted(.contested, uncertain: false, contested: true) == [0, 1, 2, 3])
        #expect(admitted(.contested, uncertain: true, contested: false) == [])
    }
}
