/// A Monte Carlo run's honouring decisions prepared for one day's index, for the many scenarios evaluated under
/// the same draw (``Evaluator/sides(_:under:)``).
///
/// Preparing sorts, once per draw, for every defence and offence group, the obligors who honour it on each side,
/// so that the cascade tests a group's obligors as one set (no decision per duty, no unpredictable branch) and
/// skips a group whose open obligors all decline; under `chain`, the fast path's bounds are built for the draw.
public struct PreparedDraw: Sendable {
    /// The decisions, which also decide the entry of states whose stationed forces are attacked.
    public let draw: HonourDraw
    /// The honouring sets; a reference so that the fast path's bounds can tell this preparation from another
    /// (``PairBounds/Rules/draw``) without comparing the sets.
    let honouring: Honouring

    /// Per defence and offence group of the index, `2 i` for the attackers' side and `2 i + 1` for the defenders':
    /// the group's obligors who honour it on that side.
    final class Honouring: Sendable {
        let defense: [StateSet]
        let offense: [StateSet]

        init(defense: [StateSet], offense: [StateSet]) {
            self.defense = defense
            self.offense = offense
        }
    }

    /// Prepares `draw` for the scenarios of `index`'s day.
    public init(_ draw: HonourDraw, index: DayIndex) {
        func sets(_ table: GroupTable) -> [StateSet] {
            var sets: [StateSet] = []
            sets.reserveCapacity(table.groups.count * 2)
            for group in table.groups {
                let treaty = index.provisions[Int(group.provision)].treaty
                for side in [Side.attackers, .defenders] {
                    var honouring = StateSet()
                    for obligor in group.obligors
                    where draw.honours(obligor, side: side, treaty: treaty, strength: group.strength) {
                        honouring.insert(obligor)
                    }
                    sets.append(honouring)
                }
            }
            return sets
        }
        self.draw = draw
        honouring = Honouring(defense: sets(index.defense), offense: sets(index.offense))
    }
}
