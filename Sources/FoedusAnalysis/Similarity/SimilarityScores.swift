/// Every similarity measure for one pair of portfolios (docs/similarity.md). The names of published data sets in
/// brackets are the analogous variables (EUGene and Häge's FPSIM v2 used the COW alliance coding, Miller's FPSIM
/// the ATOP one).
///
/// A value is `nil` where the measure is undefined: the weighted S without weights (no CINC for the year) or
/// with weights summing to 0; kappa and pi when both portfolios sit in one and the same category; tau-b when
/// a portfolio is constant.
///
/// With the binary coding the nominal, linear and squared agreement weights coincide, so ``kappaNominal`` equals
/// ``kappaSquared`` and ``piNominal`` equals ``piSquared``; likewise the absolute and squared S.
public struct SimilarityScores: Hashable, Sendable {
    /// Signorino–Ritter S, unweighted, absolute distances (EUGene's `s_un_*`; FPSIM `srsvaa`, `sallyvua`).
    public var sAbsolute: Double?
    /// Signorino–Ritter S, unweighted, squared distances (FPSIM `srsvas`, `sallyvus`).
    public var sSquared: Double?
    /// Signorino–Ritter S, CINC-weighted, absolute distances (EUGene's `s_wt_*`; FPSIM `srswvaa`, `sallyvwa`).
    public var sWeightedAbsolute: Double?
    /// Signorino–Ritter S, CINC-weighted, squared distances (FPSIM `srswvas`).
    public var sWeightedSquared: Double?
    /// Cohen's kappa with squared disagreement weights (Häge's valued kappa, FPSIM `kappava`).
    public var kappaSquared: Double?
    /// Cohen's kappa with nominal weights (for binary data: FPSIM `kappaba`, `kallyb`).
    public var kappaNominal: Double?
    /// Scott's pi with nominal weights (svmiller/fpsim `spi()`; for binary data FPSIM `piba`, `pallyb`).
    public var piNominal: Double?
    /// Scott's pi with squared disagreement weights (Häge's valued pi, FPSIM `piva`; our reading of its form).
    public var piSquared: Double?
    /// Kendall's tau-b (FPSIM `taub`).
    public var tauB: Double?

    /// The measures for portfolios `x` and `y` coded with `coding`, with optional CINC `weights`.
    public init(_ x: [Int], _ y: [Int], weights: [Double]?, coding: SimilarityCoding) {
        let m = coding.maximum
        sAbsolute = SignorinoRitter.s(x, y, distance: .absolute, maximum: m)
        sSquared = SignorinoRitter.s(x, y, distance: .squared, maximum: m)
        sWeightedAbsolute = weights.flatMap { SignorinoRitter.s(x, y, weights: $0, distance: .absolute, maximum: m) }
        sWeightedSquared = weights.flatMap { SignorinoRitter.s(x, y, weights: $0, distance: .squared, maximum: m) }
        kappaSquared = Agreement.kappa(x, y, levels: coding.levels, weighting: .squared)
        kappaNominal = Agreement.kappa(x, y, levels: coding.levels, weighting: .nominal)
        piNominal = Agreement.pi(x, y, levels: coding.levels, weighting: .nominal)
        piSquared = Agreement.pi(x, y, levels: coding.levels, weighting: .squared)
        tauB = KendallTauB.tauB(x, y)
    }

    /// The measures with their names, in a fixed order (for reports).
    public var all: [(name: String, value: Double?)] {
        let values = [
            sAbsolute, sSquared, sWeightedAbsolute, sWeightedSquared, kappaSquared, kappaNominal, piNominal, piSquared,
            tauB,
        ]
        return zip(Self.names, values).map { ($0, $1) }
    }

    /// The measures' names, in the order of ``all`` (the columns of `foedus export similarity`).
    public static let names = [
        "s_absolute", "s_squared", "s_weighted_absolute", "s_weighted_squared", "kappa_squared", "kappa_nominal",
        "pi_nominal", "pi_squared", "tau_b",
    ]
}
