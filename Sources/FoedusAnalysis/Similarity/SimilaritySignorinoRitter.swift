/// Signorino & Ritter's S: one minus twice the distance between two portfolios relative to the largest
/// possible distance (Signorino, C. S. & Ritter, J. M. 1999, "Tau-b or Not Tau-b: Measuring the Similarity of
/// Foreign Policy Positions", *International Studies Quarterly* 43(1): 115–144).
///
///     S = 1 − 2·d / d_max
///     absolute:  d = Σ_k w_k·|x_k − y_k|     d_max = Σ_k w_k·m
///     squared:   d = Σ_k w_k·(x_k − y_k)²    d_max = Σ_k w_k·m²
///
/// with `m` the largest distance on one dimension (the range of the codes: 3 valued, 1 binary) and `w_k = 1`
/// for the unweighted S. This is Signorino's GAUSS procedure `S(X,Y,W,M)` with the identity scoring rule, and
/// the denominators of svmiller/fpsim `R/srs.R` (`length(x1)*diff`, `length(x1)*diff^2`, `sum(weights)*diff`).
/// S runs from −1 (as far apart as the codes allow) to 1 (identical). Weights enter relative to their sum, so
/// CINC scores need no normalising. fpsim ignores weights with squared distances; the weighted squared S here
/// is S&R's general form with `M = m²` per dimension, the variant Häge's FPSIM calls `srswvas`.
///
/// `m` is the coding's range, not the range observed in the two vectors (fpsim's default): the observed range
/// would change the scale of S from one pair to the next.
public enum SignorinoRitter {
    /// How the distance on one dimension is measured.
    public enum Distance: String, CaseIterable, Hashable, Sendable {
        /// `|x − y|`: EUGene's S and most published S scores.
        case absolute
        /// `(x − y)²`: Häge's FPSIM and Miller's `sally*s` variables.
        case squared
    }

    /// S for two portfolios of the same length.
    ///
    /// - Parameters:
    ///   - weights: one non-negative weight per dimension (CINC shares); `nil` for the unweighted S.
    ///   - maximum: `m`, the largest distance on one dimension (> 0).
    /// - Returns: `nil` if the vectors are empty or the weights sum to 0 (no dimension counts).
    public static func s(
        _ x: [Int], _ y: [Int], weights: [Double]? = nil, distance: Distance, maximum: Int
    ) -> Double? {
        precondition(x.count == y.count, "portfolios of different lengths")
        precondition(weights.map { $0.count == x.count } ?? true, "one weight per dimension")
        precondition(maximum > 0, "the largest distance must be positive")
        let m = Double(maximum)
        let perDimension = distance == .absolute ? m : m * m
        var d = 0.0
        var total = 0.0
        for k in x.indices {
            let w = weights?[k] ?? 1
            let gap = Double(abs(x[k] - y[k]))
            d += w * (distance == .absolute ? gap : gap * gap)
            total += w
        }
        guard total > 0 else { return nil }
        return 1 - 2 * d / (total * perDimension)
    }
}
