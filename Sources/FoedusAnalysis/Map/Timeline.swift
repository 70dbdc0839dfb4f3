public import FoedusCore

/// The web page's timeline: how many treaties were in force each year, and the treaties to mark on it.
///
/// A year counts a treaty when it is in force on 1 July (uncertain dates included); with a focus state, only
/// while that state is a party. The marked treaties are the curated ones (not imported from ATOP) and, with a
/// focus, every treaty the state was ever a party to; in order of entry into force, then id.
public struct Timeline: Sendable {
    public struct Year: Sendable, Equatable {
        public var year: Int
        public var inForce: Int
    }

    public struct Mark: Sendable, Equatable {
        public var treaty: Treaty
        /// The kinds of its provisions, in order of first appearance.
        public var kinds: [Provision.Kind]
    }

    public let years: [Year]
    public let marks: [Mark]

    public init(world: World, focus: StateID?, through lastYear: Int) {
        let ccode = focus.map { world.states[$0].ccode }
        let firstYear = 1816
        years = (firstYear...max(firstYear, lastYear)).map { year in
            guard let day = Day(year: year, month: 7, day: 1) else { return Year(year: year, inForce: 0) }
            let count = world.treaties.count { treaty in
                guard treaty.inForce(on: day) != .no else { return false }
                guard let ccode else { return true }
                return treaty.parties.contains { $0.ccode == ccode && $0.member(on: day, treaty: treaty) != .no }
            }
            return Year(year: year, inForce: count)
        }
        marks = world.treaties.filter { treaty in
            if let ccode { return treaty.parties.contains { $0.ccode == ccode } }
            return !treaty.isFromATOP
        }
        .sorted { ($0.inForce.first, $0.id) < ($1.inForce.first, $1.id) }
        .map { treaty in
            var kinds: [Provision.Kind] = []
            for p in treaty.provisions where !kinds.contains(p.kind) { kinds.append(p.kind) }
            return Mark(treaty: treaty, kinds: kinds)
        }
    }
}
