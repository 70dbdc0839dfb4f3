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
        if let counts = counted(x, y) { return counts }
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
        return value(concordant, discordant, tiedX, tiedY)
    }

    private static func value(_ concordant: Int, _ discordant: Int, _ tiedX: Int, _ tiedY: Int) -> Double? {
        let left = Double(concordant + discordant + tiedX)
        let right = Double(concordant + discordant + tiedY)
        guard left > 0, right > 0 else { return nil }
        return Double(concordant - discordant) / (left * right).squareRoot()
    }

    /// The same counts from the joint table of the two codes, when both take few values (alliance codes take at
    /// most four): pairs of dimensions in two different cells of the table, weighted by the cells' sizes.
    /// O(*n* + *k*⁴) for *k* values instead of O(*n*²), with the same integers, so the same result.
    private static func counted(_ x: [Int], _ y: [Int]) -> Double?? {
        guard let xLow = x.min(), let xHigh = x.max(), let yLow = y.min(), let yHigh = y.max(),
            xHigh - xLow < 8, yHigh - yLow < 8
        else { return nil }
        let (kx, ky) = (xHigh - xLow + 1, yHigh - yLow + 1)
        var table = [Int](repeating: 0, count: kx * ky)
        for (a, b) in zip(x, y) { table[(a - xLow) * ky + (b - yLow)] += 1 }
        var (concordant, discordant, tiedX, tiedY) = (0, 0, 0, 0)
        for p in table.indices where table[p] > 0 {
            for q in (p + 1)..<table.count where table[q] > 0 {
                let pairs = table[p] * table[q]
                let dx = p / ky - q / ky
                let dy = p % ky - q % ky
                if dx == 0 {
                    tiedX += pairs
                } else if dy == 0 {
                    tiedY += pairs
                } else if (dx > 0) == (dy > 0) {
                    concordant += pairs
                } else {
                    discordant += pairs
                }
            }
        }
        return .some(value(concordant, discordant, tiedX, tiedY))
    }
}
