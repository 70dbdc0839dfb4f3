/// Home territories grouped by how the day's location conditions answer for them: two territories in one class
/// satisfy exactly the same conditions, so a bound computed for one class holds for every theatre in it.
struct TheatreClasses: Sendable {
    /// The class of each state's home territory, by state index (0 for states not alive on the day).
    let homeClass: [Int]
    /// The number of classes.
    let count: Int
    /// Per location condition: the classes whose territories satisfy it (or, with uncertain duties counted,
    /// may satisfy it).
    private let admittingClasses: [[Int]]

    /// No classes (a table with no rows).
    init() {
        homeClass = []
        count = 0
        admittingClasses = []
    }

    init(index: DayIndex, includeUncertain: Bool) {
        let table = index.locations
        var classOf: [[Bool]: Int] = [:]
        var home = [Int](repeating: 0, count: index.world.states.count)
        var representatives: [StateID] = []
        for state in index.alive {
            let answers = table.homeYes.indices.map { l in
                table.homeYes[l].contains(state) || (includeUncertain && table.homeUncertain[l].contains(state))
            }
            if let c = classOf[answers] {
                home[Int(state.index)] = c
            } else {
                classOf[answers] = representatives.count
                home[Int(state.index)] = representatives.count
                representatives.append(state)
            }
        }
        homeClass = home
        count = max(representatives.count, 1)
        admittingClasses = table.homeYes.indices.map { l in
            representatives.indices.filter { c in
                let truth = table.check(UInt16(l), .territory(representatives[c]))
                return truth == .yes || (includeUncertain && truth == .uncertain)
            }
        }
    }

    /// The classes whose territories satisfy location condition `location`.
    @inline(__always) func admitting(_ location: Int) -> [Int] { admittingClasses[location] }
}
