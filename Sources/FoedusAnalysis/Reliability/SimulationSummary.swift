public import FoedusCore

/// What a reliability Monte Carlo comes to: each state's probability of joining each side, the size of the
/// war, and the defenders' share of capability, with 95 % confidence intervals.
public struct SimulationSummary: Sendable {
    /// A proportion over the runs, with its Wilson 95 % interval.
    public struct Proportion: Sendable {
        public var value: Double
        public var low: Double
        public var high: Double

        public init(successes: Int, runs: Int) {
            let n = Double(max(runs, 1))
            let p = Double(successes) / n
            let z = 1.959_964
            let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
            let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / (1 + z * z / n)
            value = p
            low = max(0, centre - half)
            high = min(1, centre + half)
        }
    }

    public struct StateOdds: Sendable {
        public var state: StateID
        public var attackers: Proportion
        public var defenders: Proportion
    }

    public var runs: Int
    /// States that joined a side in at least one run, by COW number.
    public var states: [StateOdds]
    public var warSizeMean: Double
    /// The 5th, 50th and 95th percentiles of the number of states at war.
    public var warSizePercentiles: (p5: Int, p50: Int, p95: Int)
    /// The mean defenders' share of capability and its 95 % interval (normal approximation).
    public var shareMean: Double?
    public var shareInterval: (low: Double, high: Double)?
    /// P(defenders' share > 0.5).
    public var defendersStronger: Proportion

    public init(_ runs: [ReliabilitySimulation.Run], stateCount: Int) {
        self.runs = runs.count
        var attackers = [Int](repeating: 0, count: stateCount)
        var defenders = [Int](repeating: 0, count: stateCount)
        var sizes: [Int] = []
        var shares: [Double] = []
        var stronger = 0
        for run in runs {
            for s in run.attackers { attackers[Int(s.index)] += 1 }
            for s in run.defenders { defenders[Int(s.index)] += 1 }
            sizes.append(run.attackers.count + run.defenders.count)
            if let share = run.defenderShare {
                shares.append(share)
                if share > 0.5 { stronger += 1 }
            }
        }
        states = (0..<stateCount).filter { attackers[$0] + defenders[$0] > 0 }.map {
            StateOdds(
                state: StateID($0), attackers: Proportion(successes: attackers[$0], runs: runs.count),
                defenders: Proportion(successes: defenders[$0], runs: runs.count))
        }
        sizes.sort()
        func percentile(_ q: Double) -> Int {
            sizes.isEmpty ? 0 : sizes[min(sizes.count - 1, Int(q * Double(sizes.count)))]
        }
        warSizeMean = sizes.isEmpty ? 0 : Double(sizes.reduce(0, +)) / Double(sizes.count)
        warSizePercentiles = (percentile(0.05), percentile(0.5), percentile(0.95))
        if shares.isEmpty {
            shareMean = nil
            shareInterval = nil
        } else {
            let n = Double(shares.count)
            let mean = shares.reduce(0, +) / n
            let variance = shares.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(n - 1, 1)
            let half = 1.959_964 * (variance / n).squareRoot()
            shareMean = mean
            shareInterval = (mean - half, mean + half)
        }
        defendersStronger = Proportion(successes: stronger, runs: max(shares.count, 1))
    }
}
