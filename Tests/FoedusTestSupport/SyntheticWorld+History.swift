public import FoedusAnalysis
public import FoedusCore
public import FoedusCoreTestSupport

/// The synthetic world's history tables (analysis side), for the security-index and similarity tests.
extension SyntheticWorld {
    /// Capabilities 1, 2 and 3 for states 1, 2 and 3, the others 0 (the security-index worked examples).
    public static func capabilities(of world: World) -> [Double?] {
        (0..<world.states.count).map { i in
            let code = world.states.states[i].ccode
            return code <= 3 ? Double(code) : 0
        }
    }

    /// States 1, 2 and 3 contiguous (1–2 and 1–3 by land, 2–3 by `type23`), no major power.
    public static func relevance(type23: Int = 1) -> PoliticalRelevance {
        PoliticalRelevance(
            contiguity: [
                .init(ccode1: 1, ccode2: 2, type: 1, years: 1900...2100),
                .init(ccode1: 1, ccode2: 3, type: 1, years: 1900...2100),
                .init(ccode1: 2, ccode2: 3, type: type23, years: 1900...2100),
            ], majorPowers: [])
    }
}
