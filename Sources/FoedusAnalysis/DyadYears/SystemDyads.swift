public import FoedusCore

/// The dyads of the state system: a pair of states exists in a year only if both were members of the
/// system on at least one common day of that year (so Germany–USA does not exist in 1945, when the two
/// memberships share the year but no day).
public struct SystemDyads: Sendable {
    public let states: StateTable

    public init(states: StateTable) { self.states = states }

    /// The years from `range` in which `a` and `b` were both in the system on a common day, ascending.
    ///
    /// - Complexity: O(*p*·*q*) in the two states' numbers of membership periods (one or two, almost always).
    public func years(_ a: StateID, _ b: StateID, in range: ClosedRange<Int>, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        // Periods are sorted and disjoint, so the intersections come in order; a year shared by two of them
        // (a state leaving and returning within a year) is listed once.
        var last = Int.min
        for pa in states[a].periods {
            for pb in states[b].periods {
                let start = max(pa.lowerBound, pb.lowerBound)
                let end = min(pa.upperBound, pb.upperBound)
                guard start <= end else { continue }
                let first = max(start.year, range.lowerBound, last + 1)
                let final = min(end.year, range.upperBound)
                guard first <= final else { continue }
                out.append(contentsOf: first...final)
                last = final
            }
        }
    }

    /// The number of dyad-years in `range` (directed counts both orders).
    public func count(in range: ClosedRange<Int>, directed: Bool) -> Int {
        var years: [Int] = []
        var total = 0
        for a in 0..<states.count {
            for b in (directed ? 0 : a + 1)..<states.count where a != b {
                self.years(StateID(a), StateID(b), in: range, into: &years)
                total += years.count
            }
        }
        return total
    }
}
