public import FoedusCore

/// The non-treaty context floor of the joiner forecasts (model `treaty+context`): a probability of joining a
/// side that does not come from a treaty, by where the state stands, fitted on the training disputes only.
///
/// Each event (a state joining one side of a dispute) falls in one of eight cells: whether the state is
/// contiguous (COW Direct Contiguity type 1, land or river) with a first-day originator of that side, whether it
/// is contiguous with one of the other side, and whether it is a COW major power that year. Siverson & Starr
/// (1990) find that war spreads to states bordering a belligerent; major powers are the states with the reach
/// to join far from home (an assumption of this model, not a finding cited here).
///
/// The floor of a cell is the joining frequency of the training events in it that the treaty model gives
/// nothing (forecast 0: no draw brings the state in on that side), shrunk toward the frequency of all such
/// events with weight ``HonourPriorFit/shrinkage``: q = (joined + k · r) / (events + k). The forecast becomes
/// 1 − (1 − p)(1 − q): the state joins by a treaty or for a reason of its own, independently.
public struct ContextFloor: Sendable, Hashable {
    /// The training events of a cell, and how many joined.
    public struct Cell: Sendable, Hashable {
        public var events: Int
        public var joined: Int
        public init(events: Int, joined: Int) {
            self.events = events
            self.joined = joined
        }
    }

    /// Eight cells: index 4 · (contiguous with the side) + 2 · (contiguous with the other side) + (major power).
    public var cells: [Cell]

    public init(cells: [Cell]) { self.cells = cells }

    /// The cell of a state's event on one side.
    public static func cell(own: Bool, other: Bool, major: Bool) -> Int {
        (own ? 4 : 0) + (other ? 2 : 0) + (major ? 1 : 0)
    }

    /// Fits on the events of the training predictions that the treaty model gives 0; the others are not read.
    public init(fittedOn predictions: [JoinerForecast.Prediction]) {
        var cells = [Cell](repeating: Cell(events: 0, joined: 0), count: 8)
        for p in predictions where p.training {
            for side in [Side.attackers, .defenders] where p.probability(side) == 0 {
                let k = p.contextCell(side)
                cells[k].events += 1
                if p.joined == side { cells[k].joined += 1 }
            }
        }
        self.cells = cells
    }

    /// The frequency over all cells.
    public var overall: Double {
        let events = cells.reduce(0) { $0 + $1.events }
        return events == 0 ? 0 : Double(cells.reduce(0) { $0 + $1.joined }) / Double(events)
    }

    /// The floor of cell `k`.
    public func floor(_ k: Int) -> Double {
        let c = cells[k]
        return (Double(c.joined) + HonourPriorFit.shrinkage * overall) / (Double(c.events) + HonourPriorFit.shrinkage)
    }

    /// A forecast with the floor: 1 − (1 − p)(1 − q).
    public func combine(_ p: Double, cell k: Int) -> Double { 1 - (1 - p) * (1 - floor(k)) }
}

extension JoinerForecast.Prediction {
    /// The forecast of joining `side`.
    public func probability(_ side: Side) -> Double { side == .attackers ? pSideA : pSideB }

    /// The context cell of the event of joining `side`.
    public func contextCell(_ side: Side) -> Int {
        side == .attackers
            ? ContextFloor.cell(own: contiguousA, other: contiguousB, major: major)
            : ContextFloor.cell(own: contiguousB, other: contiguousA, major: major)
    }
}
