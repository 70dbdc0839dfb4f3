import FoedusApp
import FoedusCore
import FuzzSupport

/// `--attack AGGRESSOR:VICTIM[@THEATRE][!]` and the state names in it: `AttackParser` on a fixed day, and the
/// whole text through `StateResolver` on that day and on no day (as `--explain` and `foedus states` do).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAttack(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    let world = FuzzInput.world
    do {
        _ = try AttackParser.parse(text, world: world, day: FuzzInput.day)
    } catch let error as FoedusError {
        // An argument's message names it (`--attack 'X'`): the resolver's own words do not.
        PlaceCensus.record(error.description, hasPlace: error.description.contains("--attack"))
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    for day in [FuzzInput.day, nil] {
        do { _ = try world.resolver.resolve(text, on: day) } catch {}
    }
    return 0
}
