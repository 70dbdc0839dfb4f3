import FoedusApp
public import FoedusCore
import Foundation

/// What every fuzz target shares: the input as the program would read it, and the bundled world.
public enum FuzzInput {
    /// The bytes as text, exactly as `WorldLoader.readFile` and the server read a file or body
    /// (`nil` where they refuse it: "not UTF-8 text").
    public static func text(_ start: UnsafePointer<UInt8>?, _ count: Int) -> String? {
        guard let start else { return count == 0 ? "" : nil }
        return String(data: Data(bytes: start, count: count), encoding: .utf8)
    }

    /// The bundled world, loaded once per process (as the CLI and the server do).
    public static let world: World = {
        do { return try WorldLoader.load(files: []).0 } catch {
            fatalError("the bundled world does not load: \(error)")
        }
    }()

    nonisolated(unsafe) private static var indices: [Day: DayIndex] = [:]

    /// The world's index of a day, kept (up to 64 days) as the server keeps it: building one takes longer than
    /// reading a scenario, and a fuzzer reads thousands a minute.
    public static func index(on day: Day) -> DayIndex {
        if let index = indices[day] { return index }
        if indices.count >= 64 { indices.removeAll() }
        let index = world.index(on: day)
        indices[day] = index
        return index
    }

    /// A fixed day for parsers that resolve states on a day (`FOEDUS_TODAY` in CI).
    public static let day = Day(rawValue: 739_616)  // 2026-01-01
}
