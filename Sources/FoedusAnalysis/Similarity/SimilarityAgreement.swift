/// Chance-corrected agreement between two portfolios: Cohen's kappa and Scott's pi, as Häge proposed them for
/// foreign-policy similarity (Häge, F. M. 2011, "Choice or Circumstance? Adjusting Measures of Foreign Policy
/// Similarity for Chance Agreement", *Political Analysis* 19(3): 287–305, doi:10.1093/pan/mpr023).
///
/// Both compare the observed disagreement with the disagreement expected by chance, over the joint table `o` of
/// the two portfolios (proportions of dimensions with code *i* in the first and *j* in the second, for the
/// coding's levels, including unused ones) and disagreement weights `w_ij`:
///
///     index = 1 − Σ w_ij·o_ij / Σ w_ij·e_ij
///
/// - Cohen's kappa: `e_ij = r_i·c_j`, each state's own marginal distribution; so kappa also accounts for the two
///   states' different numbers of ties (svmiller/fpsim `R/cohenk.R`: `e = outer(rowSums(o), colSums(o))`,
///   `w = (abs(i − j)/range)^w_exp`, `1 − sum(w*o)/sum(w*e)`).
/// - Scott's pi: `e_ij = p_i·p_j` with the pooled marginal `p = (r + c)/2` (svmiller/fpsim `R/spi.R`, nominal:
///   `(p_o − p_e)/(1 − p_e)`, which is the formula above with nominal weights). The weighted pi (pooled
///   marginals in the expected disagreement), which Häge reports for valued data as "squared", is the same
///   construction; its exact form is our reading, since Häge's text was not available (docs/similarity.md §3).
///
/// The two differ from S in discounting the agreement that the many common absent ties (0–0) produce by chance.
///
/// Undefined cases: when the expected disagreement is 0 — both portfolios put every dimension in one and the same
/// category — the index is 0/0 (perfect agreement, but exactly what chance predicts) and the functions return
/// `nil`. With the self entries at the top code, two states' portfolios are constant only if both hold the top
/// code towards every state of the reference set. A constant portfolio against a different constant one gives
/// kappa = 0 and pi = −1; against a varying one, kappa = 0 (no more agreement than chance).
public enum Agreement {
    /// Disagreement weights over the levels.
    public enum Weighting: String, CaseIterable, Hashable, Sendable {
        /// `w_ij = 1` if `i ≠ j`, else 0: any two different codes disagree fully.
        case nominal
        /// `w_ij = |i − j| / range`.
        case linear
        /// `w_ij = (|i − j| / range)²`: Häge's valued indices, fpsim's default.
        case squared

        func weight(_ i: Int, _ j: Int, range: Int) -> Double {
            guard i != j else { return 0 }
            switch self {
            case .nominal: return 1
            case .linear: return Double(abs(i - j)) / Double(range)
            case .squared:
                let r = Double(abs(i - j)) / Double(range)
                return r * r
            }
        }
    }

    /// Cohen's (weighted) kappa; `nil` when undefined (see ``Agreement``).
    ///
    /// - Parameter levels: the codes a dimension can take (all of them, so that an unused code still fixes the
    ///   weights' range); every entry of `x` and `y` must be in it.
    public static func kappa(_ x: [Int], _ y: [Int], levels: ClosedRange<Int>, weighting: Weighting) -> Double? {
        index(x, y, levels: levels, weighting: weighting, pooled: false)
    }

    /// Scott's (weighted) pi; `nil` when undefined (see ``Agreement``).
    public static func pi(_ x: [Int], _ y: [Int], levels: ClosedRange<Int>, weighting: Weighting) -> Double? {
        index(x, y, levels: levels, weighting: weighting, pooled: true)
    }

    private static func index(
        _ x: [Int], _ y: [Int], levels: ClosedRange<Int>, weighting: Weighting, pooled: Bool
    ) -> Double? {
        precondition(x.count == y.count, "portfolios of different lengths")
        guard !x.isEmpty, levels.count > 1 else { return nil }
        let size = levels.count
        let n = Double(x.count)
        var table = [Double](repeating: 0, count: size * size)
        var rows = [Double](repeating: 0, count: size)
        var columns = [Double](repeating: 0, count: size)
        for (a, b) in zip(x, y) {
            precondition(levels.contains(a) && levels.contains(b), "a code outside the levels")
            let (i, j) = (a - levels.lowerBound, b - levels.lowerBound)
            table[i * size + j] += 1 / n
            rows[i] += 1 / n
            columns[j] += 1 / n
        }
        if pooled {
            for i in 0..<size {
                let p = (rows[i] + columns[i]) / 2
                rows[i] = p
                columns[i] = p
            }
        }
        var observed = 0.0
        var expected = 0.0
        for i in 0..<size {
            for j in 0..<size {
                let w = weighting.weight(i, j, range: size - 1)
                observed += w * table[i * size + j]
                expected += w * rows[i] * columns[j]
            }
        }
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }
}
