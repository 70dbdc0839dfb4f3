#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scores of probability forecasts of yes/no events: Brier score, log loss, and a reliability diagram.
///
/// Brier = mean of (p − y)²; log loss = mean of −[y ln p + (1 − y) ln(1 − p)] with p clipped to
/// [``clip``, 1 − ``clip``] (a Monte Carlo gives 0 for a state no run brings in); the Brier skill score of a
/// forecast against a reference is 1 − Brier / Brier(reference).
public struct ForecastScore: Sendable, Hashable {
    /// The clip of probabilities in the log loss.
    public static let clip = 0.001

    /// One bin of the reliability diagram: forecasts in [lower, upper) (the last bin includes 1).
    public struct Bin: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        /// Mean forecast and observed frequency of the bin's events; `nil` when it is empty.
        public var meanForecast: Double?
        public var observed: Double?
        /// Wilson 95 % interval of the observed frequency.
        public var low: Double?
        public var high: Double?

        /// Whether the bin's mean forecast lies within the 95 % interval of its observed frequency (`nil`: empty).
        public var calibrated: Bool? {
            guard let meanForecast, let low, let high else { return nil }
            return meanForecast >= low && meanForecast <= high
        }
    }

    public var events: Int
    public var positives: Int
    public var brier: Double
    public var logLoss: Double
    /// Ten bins of width 0.1.
    public var reliability: [Bin]

    /// Scores `forecasts` (probability, whether the event happened).
    public init(_ forecasts: [(p: Double, happened: Bool)]) {
        events = forecasts.count
        positives = forecasts.filter(\.happened).count
        var squared = 0.0
        var logs = 0.0
        var sums = [(count: Int, p: Double, yes: Int)](repeating: (0, 0, 0), count: 10)
        for (p, happened) in forecasts {
            let y = happened ? 1.0 : 0.0
            squared += (p - y) * (p - y)
            let q = min(max(p, Self.clip), 1 - Self.clip)
            logs -= happened ? log(q) : log(1 - q)
            let b = min(9, max(0, Int(p * 10)))
            sums[b].count += 1
            sums[b].p += p
            if happened { sums[b].yes += 1 }
        }
        let n = Double(max(events, 1))
        brier = squared / n
        logLoss = logs / n
        reliability = sums.enumerated().map { b, s in
            let lower = Double(b) / 10
            let upper = Double(b + 1) / 10
            guard s.count > 0 else {
                return Bin(lower: lower, upper: upper, count: 0, meanForecast: nil, observed: nil, low: nil, high: nil)
            }
            let interval = SimulationSummary.Proportion(successes: s.yes, runs: s.count)
            return Bin(
                lower: lower, upper: upper, count: s.count, meanForecast: s.p / Double(s.count),
                observed: interval.value, low: interval.low, high: interval.high)
        }
    }

    /// The Brier skill score against `reference` (`nil` when the reference is perfect).
    public func skill(against reference: ForecastScore) -> Double? {
        reference.brier > 0 ? 1 - brier / reference.brier : nil
    }
}
