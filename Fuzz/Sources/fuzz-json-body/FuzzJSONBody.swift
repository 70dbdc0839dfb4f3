import FoedusApp
import FoedusCore
import Foundation
import FuzzSupport

/// The body of `POST /v1/scenarios` (a saved scenario), decoded and checked as the server does.
///
/// The body type is FoedusApp's `SavedScenarioRequest`, the one the server decodes (FoedusServer itself is not
/// linked: it brings Hummingbird, NIO and the stores into the build). It is decoded with Foundation's
/// `JSONDecoder`, as the server does for a body of another content type and for a stored body, and then checked
/// as `ContractAPI.run` checks it: the date, the attacks, the rules, the scenario.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONBody(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    let saved: SavedScenarioRequest
    do {
        saved = try JSONDecoder().decode(SavedScenarioRequest.self, from: Data(text.utf8))
    } catch let error as DecodingError {
        PlaceCensus.record("\(error)", hasPlace: true)  // the server names the field, or "body"
        return 0
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
        return 0
    }
    guard (1...200).contains(saved.name.utf8.count), let day = Day(iso: saved.on), day >= Day.systemStart,
        (1...16).contains(saved.attacks.count),
        saved.policy.map({ EscalationPolicy(rawValue: $0) != nil }) ?? true,
        saved.honour.map({ HonourThreshold(rawValue: $0) != nil }) ?? true
    else { return 0 }
    let world = FuzzInput.world
    do {
        let scenario = Scenario(
            day: day, attacks: try saved.attacks.map { try AttackParser.parse($0, world: world, day: day) },
            policy: saved.policy.flatMap(EscalationPolicy.init(rawValue:)) ?? .treaty,
            honour: saved.honour.flatMap(HonourThreshold.init(rawValue:)) ?? .discretionary,
            includeUncertain: saved.includeUncertain ?? false, includeContested: saved.includeContested ?? false)
        var evaluator = Evaluator(index: FuzzInput.index(on: day))
        let presenter = ResultPresenter(
            world: world, result: try evaluator.evaluate(scenario), today: FuzzInput.day, explain: [])
        _ = presenter.scenarioJSON()
    } catch let error as FoedusError {
        PlaceCensus.record(error.description, hasPlace: error.description.contains("--attack"))
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    return 0
}
