/// Kendall's tau-b between two portfolios, the first measure of alliance-portfolio similarity (Bueno de
/// Mesquita 1975, *Journal of Conflict Resolution* 19; Bueno de Mesquita & Lalman 1992, *War and Reason*,
/// Appendix 1, on the ordinal ranking defence > neutrality or non-aggression > entente > none).
///
///     tau_b = (C − D) / √((C + D + T_x)·(C + D + T_y))
///
/// over all pairs of dimensions: `C` concordant pairs, `D` discordant ones, `T_x` pairs tied on `x` only and
/// `T_y` tied on `y` only; pairs tied on both count nowhere (svmiller/fpsim `R/taub.R`, the same as R's
/// `cor(x, y, method = "kendall")`). The portfolios include each state's own entry at the top code, which
/// tau-b depends on (peacesciencer `data-raw/dyadic_fp_similarity.R`).
///
/// Undefined case: if either portfolio is constant, every pair is tied on it, the denominator is 0 and the
/// function returns `nil` (R gives `NA`). Signorino & Ritter (1999) criticise tau-b for measuring association
/// rather than similarity: two portfolios that differ by a constant shift still have tau-b = 1.
public enum KendallTauB {
    /// Tau-b for two vectors of the same length; `nil` when undefined.
    ///
    /// - Complexity: O(*n*²) in the number of dimensions (at most about 200 states).
    public static func tauB(_ x: [Int], _ y: [Int]) -> Double? {
        precondition(x.count == y.count, "portfolios of different lengths")
        var concordant = 0
        var discordant = 0
        var tiedX = 0
        var tiedY = 0
        for i in x.indices {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                if dx == 0 && dy == 0 { continue }
                if dx == 0 {
                    tiedX += 1
                } else if dy == 0 {
                    tiedY += 1
                } else if (dx > 0) == (dy > 0) {
                    concordant += 1
                } else {
                    discordant += 1
                }
            }
        }
        let left = Double(concordant + discordant + tiedX)
        let right = Double(concordant + discordant + tiedY)
        guard left > 0, right > 0 else { return nil }
        return Double(concordant - discordant) / (left * right).squareRoot()
    }
}
