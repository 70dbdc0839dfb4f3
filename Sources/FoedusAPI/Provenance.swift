public import FoedusCore
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
            "NA (empty field): atop_* outside ATOP coverage 1815-2018; cinc outside NMC coverage 1816-2016",
            "cite the sources: foedus cite",
        ]
    }

    public static func stateYears(years: ClosedRange<Int>) -> [String] {
        common() + [
            "state-years \(years.lowerBound)-\(years.upperBound): a state-year exists if the state was in the COW system on at least one day of the year",
            "atop_*: the state's own obligations in any alliance spell in effect in the year; NA (empty) outside 1815-2018",
            "cite the sources: foedus cite",
        ]
    }

    /// The references to cite, as the data's authors ask (like peacesciencer's `ps_cite()`).
    public static let citations: [(String, String)] = [
        (
            "Foedus",
            "Foedus contributors. 2026. Foedus: a casus-foederis engine for collective-security treaties, version \(FoedusVersion.code) (data \(BundledData.version)). See CITATION.cff."
        ),
        (
            "ATOP",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28(3): 237-260. (ATOP version 5.1; Leeds, ATOP Codebook, version 5.1, August 9, 2022.)"
        ),
        (
            "COW states",
            "Correlates of War Project. 2017. \"State System Membership List, v2016.\" Online, http://correlatesofwar.org."
        ),
        (
            "NMC",
            "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: Sage. (National Material Capabilities v6.0.)"
        ),
        (
            "COW wars",
            "Sarkees, Meredith Reid and Frank Wayman. 2010. Resort to War: 1816-2007. Washington, DC: CQ Press. (COW Inter-State War Data, v4.0.)"
        ),
        (
            "countrycode",
            "Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to convert country names and country codes.\" Journal of Open Source Software 3(28): 848."
        ),
    ]
}
