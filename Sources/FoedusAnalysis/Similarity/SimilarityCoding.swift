/// How a directed ATOP dyad-year becomes a number in an alliance portfolio (docs/similarity.md §1).
///
/// - ``valued``: the ordinal ranking of Chiba et al. (2022) for ATOP, as used by S. Miller in
///   svmiller/fpsim (`1-fpsim-alliances.R`): defense **or offense** = 3; neutrality or consultation (without
///   defense or offense) = 2; non-aggression only = 1; no alliance, or an ATOP alliance row in which the first
///   state has no obligation towards the second (asymmetric alliances) = 0. Offence goes with defence, at the
///   top: both commit the state to fight beside the other.
/// - ``binary``: 1 if the valued code is at least 1, else 0 (fpsim: `binatop = ifelse(ordatop >= 1, 1, 0)`).
///   A row with no obligation is 0 here too.
///
/// A state's entry for itself is the top code (3 valued, 1 binary): a state is maximally committed to its own
/// defence (peacesciencer `data-raw/dyadic_fp_similarity.R`, `is.na(commitment) & ccode1 == ccode2 ~ 3`;
/// tau-b relies on it).
public enum SimilarityCoding: String, CaseIterable, Hashable, Sendable {
    case valued
    case binary

    /// The highest code, which is also the largest possible distance on one dimension, `m` in
    /// Signorino & Ritter's `d_max` (the codes run from 0): 3 valued, 1 binary.
    public var maximum: Int {
        switch self {
        case .valued: 3
        case .binary: 1
        }
    }

    /// The codes a portfolio entry can take, `0...maximum` (the levels of the agreement tables).
    public var levels: ClosedRange<Int> { 0...maximum }

    /// The code of a state's own entry: the top code.
    public var selfCode: Int { maximum }

    /// The code of the first state's obligations towards the second in one directed dyad-year (`columns` of
    /// ``AllianceDyadYears``; empty when the two were not allied).
    public func code(_ columns: AllianceDyadYears.Columns) -> Int {
        let valued: Int
        if !columns.isDisjoint(with: [.defense, .offense]) {
            valued = 3
        } else if !columns.isDisjoint(with: [.neutral, .consul]) {
            valued = 2
        } else if columns.contains(.nonagg) {
            valued = 1
        } else {
            valued = 0
        }
        switch self {
        case .valued: return valued
        case .binary: return valued >= 1 ? 1 : 0
        }
    }
}
