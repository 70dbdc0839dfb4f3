public import FoedusCore

/// How a treaty's provision kinds fill ATOP's five obligation columns after ATOP's coverage (docs/dyad-years.md,
/// "After 2018"; docs/history-sources.md, "ATOP variables and Foedus clause kinds"): the one mapping the
/// dyad-years, state-years, alliance rows and similarity past 2018 share.
///
/// Defence, offence, neutrality, non-aggression and consultation map onto their own columns. Non-participation and
/// territorial non-use count as non-aggression, as ATOP codes them in the curated treaties linked to it
/// (docs/atop-differences.md: CHN-PRK-1961, RUS-ARM-1997, SCO-TREATY-2007). No aid to an aggressor counts as
/// neutrality: ATOP's NEUTRAL is a promise "not to join a conflict ... on the side of the ally's adversary", and
/// "either the agreement must specify that the state will remain neutral or that it will not aid the third state in
/// any way" (ATOP 5.1 codebook, NEUTRAL).
public enum ATOPColumnMapping {
    /// The column a provision of `kind` fills, or `nil` for a kind of none.
    public static func column(_ kind: Provision.Kind) -> AllianceDyadYears.Columns? {
        switch kind {
        case .defense: .defense
        case .offense: .offense
        case .neutrality, .noAidToAggressor: .neutral
        case .nonAggression, .nonParticipation, .territorialNonUse: .nonagg
        case .consultation: .consul
        }
    }

    /// Whether `treaty` counts as an alliance (ATOP's definition): at least one provision fills a column.
    public static func counts(_ treaty: Treaty) -> Bool {
        treaty.provisions.contains { column($0.kind) != nil }
    }
}
