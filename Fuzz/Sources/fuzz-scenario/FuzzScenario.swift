import FoedusApp
import FoedusCore
import FoedusFormats
import FuzzSupport

/// A scenario (or case) YAML file, as `foedus scenario FILE` reads and runs it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    let world = FuzzInput.world
    do {
        let spec = try ScenarioFile.decode(text, file: "fuzz.yaml", world: world)
        var evaluator = Evaluator(index: FuzzInput.index(on: spec.scenario.day))
        let presenter = ResultPresenter(
            world: world, result: try evaluator.evaluate(spec.scenario), today: FuzzInput.day, explain: spec.explain)
        _ = presenter.scenarioText()
    } catch let failure as ValidationFailure {
        for p in failure.diagnostics { PlaceCensus.record(p.description, hasPlace: p.line != nil) }
    } catch let error as FoedusError {
        // The engine's refusals (a state attacking itself, an odd cycle) name no line of the file.
        PlaceCensus.record(error.description, hasPlace: error.location != nil)
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    return 0
}
