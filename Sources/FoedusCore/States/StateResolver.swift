/// Turns what a user types into a state: a COW number (`365`), a COW abbreviation (`ROK`), an ISO
/// 3166 alpha-3 code (`PRK`) or an English name, case-insensitive.
///
/// Candidates are filtered by existence on the day asked about. More than one left is an error that
/// lists them (`AUS`: Austria, COW, or Australia, ISO3), never a silent pick; `cow:AUS` and `iso:AUS`
/// force one scheme. An unknown name suggests the closest matches.
public struct StateResolver: Sendable {
    private struct Key: Hashable {
        var scheme: Scheme
        var text: String
    }
    private enum Scheme: String { case cow = "COW", iso = "ISO3", name = "name" }

    private let table: StateTable
    private var keys: [Key: [StateID]] = [:]

    public init(table: StateTable) {
        self.table = table
        for (i, state) in table.states.enumerated() {
            let id = StateID(i)
            keys[Key(scheme: .cow, text: state.abbreviation.uppercased()), default: []].append(id)
            if let iso = state.iso3 { keys[Key(scheme: .iso, text: iso.uppercased()), default: []].append(id) }
            for name in [state.name] + state.aliases {
                keys[Key(scheme: .name, text: Self.normalise(name)), default: []].append(id)
            }
        }
    }

    /// Resolves `text` to one state existing on `day` (or ever, when `day` is `nil`).
    ///
    /// - Throws: ``FoedusError`` with code `unknownState` (with suggestions), `ambiguousState` (with the
    ///   candidates) or `stateNotInSystem` (the state exists, but not on `day`).
    public func resolve(_ text: String, on day: Day?) throws -> StateID {
        let input = text.trimmingCharacters()
        var candidates: [(StateID, Scheme)] = []
        let lower = input.lowercased()
        if lower.hasPrefix("cow:") || lower.hasPrefix("iso:") {
            let code = String(input.dropFirst(4)).uppercased()
            let scheme: Scheme = lower.hasPrefix("cow:") ? .cow : .iso
            if scheme == .cow, let number = Int(code), let id = table.id(ccode: number) {
                candidates = [(id, .cow)]
            } else {
                candidates = (keys[Key(scheme: scheme, text: code)] ?? []).map { ($0, scheme) }
            }
        } else if let number = Int(input) {
            if let id = table.id(ccode: number) { candidates = [(id, .cow)] }
        } else {
            for scheme in [Scheme.cow, .iso] {
                candidates += (keys[Key(scheme: scheme, text: input.uppercased())] ?? []).map { ($0, scheme) }
            }
            candidates += (keys[Key(scheme: .name, text: Self.normalise(input))] ?? []).map { ($0, .name) }
        }
        // One state reached by several schemes (RUS is COW and ISO3) counts once.
        var seen = Set<StateID>()
        candidates = candidates.filter { seen.insert($0.0).inserted }
        if candidates.isEmpty {
            let hint = suggestions(for: input)
            throw FoedusError(
                .unknownState,
                "unknown state '\(input)'"
                    + (hint.isEmpty ? "" : "; did you mean " + hint.joined(separator: ", ") + "?"))
        }
        let living = day.map { d in candidates.filter { table[$0.0].exists(on: d) } } ?? candidates
        if living.count == 1 { return living[0].0 }
        if living.isEmpty, let day {
            let names = candidates.map { describe($0.0) }.joined(separator: " or ")
            throw FoedusError(.stateNotInSystem, "'\(input)' (\(names)) was not a member of the state system on \(day)")
        }
        let list = living.map { "\(table[$0.0].name) (\(table[$0.0].ccode), \($0.1.rawValue))" }
        throw FoedusError(
            .ambiguousState,
            "\(input) is ambiguous: " + list.joined(separator: " or ")
                + "; write a COW number, or cow:\(input.uppercased()) / iso:\(input.uppercased())")
    }

    private func describe(_ id: StateID) -> String {
        let state = table[id]
        let spans = state.periods.map { range in
            "\(range.lowerBound)–" + (range.upperBound == .distantFuture ? "" : range.upperBound.description)
        }
        return "\(state.name), \(state.ccode), in the system " + spans.joined(separator: ", ")
    }

    /// Up to three names or codes close to `input`.
    public func suggestions(for input: String) -> [String] {
        let needle = Self.normalise(input)
        var scored: [(Int, String)] = []
        for state in table.states {
            let options = [state.abbreviation, state.iso3 ?? "", state.name] + state.aliases
            let best =
                options.filter { !$0.isEmpty }.map { option -> Int in
                    let o = Self.normalise(option)
                    if o.hasPrefix(needle) && needle.count >= 3 { return 0 }
                    return editDistance(needle, o)
                }.min() ?? Int.max
            let label = "\(state.name) (\(state.ccode), \(state.abbreviation))"
            scored.append((best, label))
        }
        let limit = max(2, needle.count / 3)
        return scored.filter { $0.0 <= limit }.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(3).map(\.1)
    }

    static func normalise(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                .map(Character.init))
    }
}

private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

extension String {
    /// The string without leading and trailing spaces (Core does not import Foundation).
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
