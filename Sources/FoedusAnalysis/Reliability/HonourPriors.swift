public import FoedusCore

/// How reliably alliance duties are honoured, as Beta distributions by era and strength, and how strongly
/// the members of one treaty move together.
///
/// Defaults (docs/analysis.md): Leeds, Long & Mitchell (2000) find 74.5 % of commitments honoured in
/// 1816–1944; Berkemeier & Fuhrmann (2018) about 50 % overall and about 22 % after 1945. **Mapping those
/// rates onto Foedus's strengths is an assumption**, labelled as one: automatic duties a little above the
/// era's rate, discretionary a little below, so that the era averages match the literature.
public struct HonourPriors: Hashable, Sendable {
    /// A Beta distribution by its mean and concentration (alpha + beta).
    public struct Rate: Hashable, Sendable {
        public var mean: Double
        public var concentration: Double
        public init(mean: Double, concentration: Double) {
            self.mean = mean
            self.concentration = concentration
        }
        public var alpha: Double { mean * concentration }
        public var beta: Double { (1 - mean) * concentration }
    }

    public var before1945Automatic: Rate
    public var before1945Discretionary: Rate
    public var since1945Automatic: Rate
    public var since1945Discretionary: Rate
    /// The standard deviation of a treaty's shared shift, on the logit scale.
    public var treatySpread: Double

    public init(
        before1945Automatic: Rate, before1945Discretionary: Rate, since1945Automatic: Rate,
        since1945Discretionary: Rate, treatySpread: Double
    ) {
        self.before1945Automatic = before1945Automatic
        self.before1945Discretionary = before1945Discretionary
        self.since1945Automatic = since1945Automatic
        self.since1945Discretionary = since1945Discretionary
        self.treatySpread = treatySpread
    }

    /// The defaults described above (an assumption; see docs/analysis.md).
    public static let literature = HonourPriors(
        before1945Automatic: Rate(mean: 0.80, concentration: 40),
        before1945Discretionary: Rate(mean: 0.70, concentration: 40),
        since1945Automatic: Rate(mean: 0.30, concentration: 40),
        since1945Discretionary: Rate(mean: 0.20, concentration: 40),
        treatySpread: 0.5)

    /// The rates for a day: before 1945-01-01, or since.
    public func rates(on day: Day) -> (automatic: Rate, discretionary: Rate) {
        day.year < 1945 ? (before1945Automatic, before1945Discretionary) : (since1945Automatic, since1945Discretionary)
    }

    /// Every mean replaced by `mean` (for a sweep across priors).
    public func withMeans(_ mean: Double) -> HonourPriors {
        var p = self
        p.before1945Automatic.mean = mean
        p.before1945Discretionary.mean = mean
        p.since1945Automatic.mean = mean
        p.since1945Discretionary.mean = mean
        return p
    }
}
