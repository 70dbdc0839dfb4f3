import FoedusApp
import FoedusCore
import FoedusFormats
import FuzzSupport

/// A treaty (organisation, places, deployments) YAML file, read as `foedus validate FILE` reads it, then, when
/// it is clean, loaded into the world as `--data FILE` and the server's user treaties do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTreaty(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    let file = SourceFile(path: "fuzz.yaml", text: text)
    let states = FuzzInput.world.states
    let (user, diagnostics) = DatasetLoader.parse([file], states: states, bundled: false)
    var merged = Bundled.dataset
    merged.treaties.removeAll { t in user.treaties.contains { $0.id == t.id } }
    merged.organisations.removeAll { o in user.organisations.contains { $0.id == o.id } }
    merged.treaties += user.treaties
    merged.organisations += user.organisations
    merged.places += user.places.filter { p in !merged.places.contains { $0.id == p.id } }
    let problems =
        diagnostics + DatasetLoader.check(merged, states: states).filter { $0.file == file.path || $0.file == "places" }
    for p in problems { PlaceCensus.record(p.description, hasPlace: p.line != nil) }
    guard problems.isEmpty else { return 0 }
    do {
        let (world, _) = try WorldLoader.load(files: [file])
        for treaty in user.treaties { _ = world.treaty(id: treaty.id) }
    } catch let failure as ValidationFailure {
        for p in failure.diagnostics { PlaceCensus.record(p.description, hasPlace: p.line != nil) }
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    return 0
}

/// The bundled files parsed once, as `foedus validate` merges a user's files into them.
enum Bundled {
    static let dataset = DatasetLoader.parse(WorldLoader.bundledFiles, states: FuzzInput.world.states, bundled: true).0
}
