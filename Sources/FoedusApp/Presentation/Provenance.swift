public import FoedusAnalysis
import FoedusCore
import FoedusData

/// Provenance lines for exports and the references to cite.
public enum Provenance {
    public static func common() -> [String] {
        [
            "foedus \(FoedusVersion.code), data \(BundledData.version)",
            "sources: COW State System Membership v2016; ATOP 5.1 member level (atop5_1m); COW National Material Capabilities v6.0",
        ]
    }

    public static func dyadYears(directed: Bool, years: ClosedRange<Int>) -> [String] {
        common() + [
            "dyad-years \(years.lowerBound)-\(years.upperBound), \(directed ? "directed (ccode1's obligations to ccode2)" : "non-directed (ccode1 < ccode2, maximum over both directions)")",
            "rules: a dyad exists in a year only if both states were in the COW system on at least one common day; an obligation counts in a year only if both were parties on a common day (docs/dyad-years.md)",
            "date basis: ATOP records signature dates; COW system dates as published",
            years.upperBound > 2018
                ? "NA (empty field): cinc outside NMC coverage 1816-2016"
                : "NA (empty field): atop_* outside ATOP coverage 1815-2018; cinc outside NMC coverage 1816-2016",
        ] + later(years) + ["cite the sources: foedus cite"]
    }

    /// The lines on the years after ATOP's coverage, when `years` reach them.
    static func later(_ years: ClosedRange<Int>) -> [String] {
        guard years.upperBound > 2018 else { return [] }
        return [
            "after 2018 (ATOP's coverage ends): atop_* from the treaties Foedus reasons with, up to today: the ATOP alliances in effect at the end of 2018 carried on (atop_carried = 1; ended by Data/history/atop-terminations.csv and atop-member-exits.csv, joined by atop-member-joins.csv) and the curated treaties (foedus_treaties; entry-into-force dates; provisions by kind: defense, offense, neutrality and noAidToAggressor, nonAggression with nonParticipation and territorialNonUse, consultation to the five atop_* columns) (docs/dyad-years.md, After 2018)",
            "atop_carried: 0 up to 2018 (ATOP itself); after 2018, 1 if a carried ATOP alliance contributes to the row",
        ]
    }

    public static func stateYears(years: ClosedRange<Int>) -> [String] {
        common() + [
            "state-years \(years.lowerBound)-\(years.upperBound): a state-year exists if the state was in the COW system on at least one day of the year",
            "atop_*: the state's own obligations in any alliance spell in effect in the year"
                + (years.upperBound > 2018 ? "" : "; NA (empty) outside 1815-2018"),
        ] + later(years) + ["cite the sources: foedus cite"]
    }

    /// The lines on the covariate columns asked for.
    public static func covariates(_ kinds: [DyadCovariates.Kind]) -> [String] {
        var lines: [String] = []
        if kinds.contains(.contiguity) {
            lines.append(
                "conttype: COW Direct Contiguity v3.2, the lowest (closest) type in force in the year: 1 land or river, 2-5 separated by up to 12, 24, 150, 400 miles of water, 0 none (peacesciencer's add_contiguity()); NA after 2016"
            )
        }
        if kinds.contains(.majorPower) {
            lines.append(
                "cowmaj1, cowmaj2: 1 if the state was a COW major power (v2016) in the year, else 0 (peacesciencer's add_cow_majors()); NA after 2016"
            )
        }
        return lines
    }

    public static func similarity(
        years: ClosedRange<Int>, reference: SimilarityReference, coding: SimilarityCoding, directed: Bool
    ) -> [String] {
        common() + [
            "alliance-portfolio similarity \(years.lowerBound)-\(years.upperBound), every pair of states in the COW system in the year (at least one day)"
                + (directed ? ", both orders (the measures are symmetric)" : ", ccode1 < ccode2"),
            "portfolios: each state's row of the directed ATOP 5.1 alliance matrix over the reference set (\(reference.rawValue)), own entry included; coding \(coding.rawValue) (docs/similarity.md)",
            "weights (s_weighted_*): CINC of the reference states; NMC ends in 2016, so later years use the 2016 scores",
            "NA (empty field): a measure undefined for the pair (docs/similarity.md, Undefined cases)",
        ] + laterSimilarity(years) + ["cite the sources: foedus cite"]
    }

    /// The line on similarity after ATOP's coverage, when `years` reach it.
    static func laterSimilarity(_ years: ClosedRange<Int>) -> [String] {
        guard years.upperBound > 2018 else { return [] }
        return [
            "after 2018 (ATOP's coverage ends): the alliance matrix comes from the treaties Foedus reasons with, up to today, as in foedus export dyad-years: the ATOP alliances in effect at the end of 2018 carried on and the curated treaties (docs/similarity.md, After 2018)"
        ]
    }

    /// The provenance of `foedus export alliances --to`: ATOP's member rows, and after 2018 the carried and curated
    /// rows.
    public static func alliances(through year: Int) -> [String] {
        var lines =
            common() + [
                "member-level alliance rows: ATOP 5.1 (source 'ATOP 5.1', signature dates, exit empty = in effect at the end of 2018)"
            ]
        if year > 2018 {
            lines += [
                "then, for 2019-\(year) (up to today), the member rows of the treaties Foedus reasons with, as in foedus export dyad-years: the ATOP alliances in effect at the end of 2018 carried on (source 'ATOP 5.1', atop_carried = 1, ATOP's signature dates; exits from Data/history/atop-terminations.csv and atop-member-exits.csv) and the curated treaties (source 'foedus', the treaty's id, entry-into-force dates); exit empty = in effect at the end of \(year) (docs/dyad-years.md, After 2018)",
                "obligations after 2018: the provisions the member owes, by kind: defense, offense, neutrality and noAidToAggressor to neutral, nonAggression, nonParticipation and territorialNonUse to nonagg, consultation to consul; no conditions",
                "atop_carried: 0 for ATOP's own rows and the curated treaties, 1 for an ATOP alliance carried past 2018",
            ]
        }
        return lines + ["cite the sources: foedus cite"]
    }

    /// The references to cite, as the data's authors ask (like peacesciencer's `ps_cite()`).
    public static var citations: [(String, String)] { references.map { ($0.key, $0.text) } }
}
