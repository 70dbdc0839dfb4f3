import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusStore
import Foundation
import Synchronization

/// The bundled world, loaded once, its day indexes (a small cache), and worlds with user treaties added
/// (`?with=ID`), cached by the treaties' content so that one user's what-if never changes another's answers.
final class ReferenceWorld: Sendable {
    let world: World
    private let indexes = Mutex<[Day: DayIndex]>([:])
    private let userWorlds = Mutex<[String: World]>([:])
    private static let cacheSize = 64

    init() throws {
        world = try WorldLoader.load(overlays: []).0
    }

    init(world: World) {
        self.world = world
    }

    /// The index of `world` on `day`, cached for the bundled world.
    func index(of world: World, on day: Day) -> DayIndex {
        guard world.dataVersion == self.world.dataVersion else { return world.index(on: day) }
        if let cached = indexes.withLock({ $0[day] }) { return cached }
        let index = world.index(on: day)  // a duplicate build under a race is harmless
        indexes.withLock { cache in
            if cache.count >= Self.cacheSize { cache.removeAll() }
            cache[day] = index
        }
        return index
    }

    /// The bundled world plus the named user treaties from the store.
    func world(with ids: [String], store: any TreatyStore) async throws -> World {
        guard !ids.isEmpty else { return world }
        var files: [SourceFile] = []
        for id in ids {
            guard let document = try await store.document(.treaty, id: id) else {
                throw APIError.notFound("with: no user treaty \(id)")
            }
            files.append(SourceFile(path: "user-treaty:\(id)", text: document.body))
        }
        let key = files.map { "\($0.path)\u{0}\($0.text)" }.joined(separator: "\u{1}")
        if let cached = userWorlds.withLock({ $0[key] }) { return cached }
        let world = try WorldLoader.load(files: files).0
        userWorlds.withLock { cache in
            if cache.count >= Self.cacheSize { cache.removeAll() }
            cache[key] = world
        }
        return world
    }
}
