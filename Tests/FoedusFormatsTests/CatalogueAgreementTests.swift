import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// Every catalogue case through both the run and the explanation (issue #16 §2): the cascade and "why (not)"
/// decide with the same rules (``DutyRules``), so for every state alive on the case's day they must agree.
@Suite("Catalogue: run and explanation agree") struct CatalogueAgreementTests {
    /// The explanation's reason for each way the run leaves a duty's obligor out.
    static func reason(for restraint: ScenarioResult.Restraint) -> Explanation.Reason? {
        switch restraint {
        case .belowThreshold: .belowThreshold
        case .uncertain: .uncertainExcluded
        case .contested: .owedToAggressor
        case .boundToBothSides: .boundToBothSides
        case .onOtherSide: nil
        }
    }

    static let conditionReasons: Set<Explanation.Reason> = [.adversaryCondition, .provoked, .locationCondition]

    @Test(arguments: CatalogueTests.files)
    func theRunAndTheExplanationAgree(_ file: String) throws {
        let world = Fixtures.world
        let text = try String(contentsOfFile: CatalogueTests.folder + "/" + file, encoding: .utf8)
        let spec = try ScenarioFile.decode(text, file: file, world: world)
        var evaluator = Evaluator(index: world.index(on: spec.scenario.day))
        let result = try evaluator.evaluate(spec.scenario)
        let name: (StateID) -> String = { world.states[$0].abbreviation }
        for state in world.states.alive(on: spec.scenario.day) {
            let why = result.explain(state, in: world)
            let words = ExplanationText(result: result, world: world)
            let say = { (e: Explanation) in words.sentence(e, about: state) }
            let inWar = result.side(of: state) != nil
            // In the war exactly when the explanation leads with the reason it is in.
            #expect(
                (why.first?.reason == .entered) == inWar,
                "\(file): \(name(state)) \(inWar ? "in the war" : "outside") but explained: \(why.first.map(say) ?? "-")"
            )
            #expect(why.dropFirst().allSatisfy { $0.reason != .entered }, "\(file): \(name(state)) entered twice")
            // Every duty that left the state out is explained with the run's own restraint.
            if let outside = result.outside.first(where: { $0.state == state }) {
                for duty in outside.duties {
                    let provision = result.obligations[duty.obligation].provision
                    let allowed = Set(
                        outside.duties.filter { result.obligations[$0.obligation].provision == provision }
                            .compactMap { Self.reason(for: $0.restraint) })
                    #expect(
                        why.contains { $0.provision == provision && allowed.contains($0.reason) },
                        "\(file): \(name(state)) out by \(duty.restraint.rawValue) under \(world.treaties[provision.treaty].id), not explained so: \(why.map(say))"
                    )
                }
            }
            // A condition the explanation says stopped a duty: the run recorded no such duty, and the rule agrees.
            for e in why where Self.conditionReasons.contains(e.reason) {
                let ref = try #require(e.provision, "\(file): \(say(e)) names no clause")
                #expect(
                    !result.obligations.contains {
                        $0.obligor == state && $0.provision == ref && $0.beneficiary == e.counterpart
                    }, "\(file): \(name(state)): \(say(e)), yet the run recorded that duty")
                let provision = world.treaties[ref.treaty].provisions[ref.provision]
                if e.reason == .provoked {
                    #expect(
                        DutyRules.releasedByProvocation(
                            provision.kind, nonProvocation: provision.conditions.nonProvocation, provoked: true),
                        "\(file): \(say(e)): the rule releases no \(provision.kind.rawValue) duty on provocation")
                }
            }
        }
    }
}
