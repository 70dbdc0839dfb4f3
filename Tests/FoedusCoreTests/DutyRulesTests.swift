import Testing

@testable import FoedusCore

/// The rules that decide a duty (``DutyRules``), checked value by value against EngineSemantics.md, "Duties".
@Suite struct DutyRulesTests {
    @Test func aNonProvocationConditionReleasesEveryDutyOwedToTheAttackedButNoOffenceDuty() {
        for kind in Provision.Kind.allCases {
            #expect(DutyRules.releasedByProvocation(kind, nonProvocation: true, provoked: true) == (kind != .offense))
            #expect(!DutyRules.releasedByProvocation(kind, nonProvocation: true, provoked: false))
            #expect(!DutyRules.releasedByProvocation(kind, nonProvocation: false, provoked: true))
        }
        #expect(DutyRules.countsAsProvoked(provoked: false, derived: true))
        #expect(!DutyRules.countsAsProvoked(provoked: false, derived: false))
    }

    @Test func onlyDefenceAndOffenceOfAnAdmittedStrengthBringAStateIn() {
        #expect(DutyRules.canBringIn(.defense, strength: .discretionary, threshold: .discretionary))
        #expect(!DutyRules.canBringIn(.defense, strength: .discretionary, threshold: .automatic))
        #expect(DutyRules.canBringIn(.offense, strength: .automatic, threshold: .automatic))
        #expect(!DutyRules.canBringIn(.defense, strength: nil, threshold: .discretionary))
        #expect(!DutyRules.canBringIn(.neutrality, strength: .automatic, threshold: .discretionary))
        #expect(!DutyRules.canBringIn(.consultation, strength: .automatic, threshold: .discretionary))
    }

    @Test func aDutyOwedToAnAggressorIsContestedExceptUnderChain() {
        #expect(
            DutyRules.owedToAggressor(.defense, attackedOnly: false, policy: .treaty, beneficiaryAggression: .yes)
                == .yes)
        #expect(
            DutyRules.owedToAggressor(.defense, attackedOnly: false, policy: .chain, beneficiaryAggression: .yes) == .no
        )
        #expect(
            DutyRules.owedToAggressor(.offense, attackedOnly: false, policy: .strict, beneficiaryAggression: .yes)
                == .no)
        #expect(
            DutyRules.owedToAggressor(
                .neutrality, attackedOnly: true, policy: .strict, beneficiaryAggression: .uncertain)
                == .uncertain)
        #expect(
            DutyRules.owedToAggressor(.neutrality, attackedOnly: false, policy: .strict, beneficiaryAggression: .yes)
                == .no)
        #expect(DutyRules.status(owedToAggressor: .yes, uncertainCondition: true, location: .uncertain) == .contested)
        #expect(DutyRules.status(owedToAggressor: .uncertain, uncertainCondition: false, location: .yes) == .uncertain)
        #expect(DutyRules.status(owedToAggressor: .no, uncertainCondition: false, location: .uncertain) == .uncertain)
        #expect(
            DutyRules.status(owedToAggressor: .no, uncertainCondition: false, location: .yes, uncertainObligor: true)
                == .uncertain)
        #expect(DutyRules.status(owedToAggressor: .no, uncertainCondition: false, location: .yes) == .binding)
    }

    @Test func statusesAndRestraints() {
        #expect(DutyRules.admits(.binding, includeUncertain: false, includeContested: false))
        #expect(!DutyRules.admits(.uncertain, includeUncertain: false, includeContested: true))
        #expect(DutyRules.admits(.contested, includeUncertain: false, includeContested: true))
        #expect(DutyRules.entrantAggression(.offense, beneficiaryAggression: .no) == .yes)
        #expect(DutyRules.entrantAggression(.defense, beneficiaryAggression: .no) == .no)
        #expect(DutyRules.entrantAggression(.defense, beneficiaryAggression: .uncertain) == .uncertain)
        #expect(
            DutyRules.restraint(excluded: true, strength: .automatic, status: .binding, threshold: .automatic)
                == .boundToBothSides)
        #expect(
            DutyRules.restraint(excluded: false, strength: .discretionary, status: .contested, threshold: .automatic)
                == .belowThreshold)
        #expect(
            DutyRules.restraint(excluded: false, strength: .automatic, status: .contested, threshold: .automatic)
                == .contested)
        #expect(
            DutyRules.restraint(excluded: false, strength: .automatic, status: .uncertain, threshold: .automatic)
                == .uncertain)
    }
}
