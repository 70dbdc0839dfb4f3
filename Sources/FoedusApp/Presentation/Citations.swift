import FoedusCore
import FoedusData

/// One reference to cite: the key, the plain text `foedus cite` prints, and the BibTeX entry of
/// `foedus cite --bibtex` (from Data/README.md, Data/history/mid/README.md, Data/geo/README.md and CITATION.cff).
public struct Citation: Sendable, Hashable {
    /// The short name `foedus cite` prints in brackets.
    public var key: String
    /// The reference as text.
    public var text: String
    /// The BibTeX key (letters, digits, `-`, `_`, `:`).
    public var bibKey: String
    /// The BibTeX entry type (`article`, `book`, …).
    public var type: String
    /// The BibTeX fields, in order.
    public var fields: [(String, String)]

    public static func == (l: Citation, r: Citation) -> Bool { l.bibKey == r.bibKey }
    public func hash(into hasher: inout Hasher) { hasher.combine(bibKey) }

    /// The BibTeX entry: `@type{key,` then one `  field = {value},` line per field, then `}`.
    public var bibtex: String {
        (["@\(type){\(bibKey),"] + fields.map { "  \($0.0) = {\($0.1)}," } + ["}"]).joined(separator: "\n")
    }
}

extension Provenance {
    /// The references to cite for Foedus and every dataset bundled with it, as the data's authors ask (like
    /// peacesciencer's `ps_cite()`).
    public static let references: [Citation] = [
        Citation(
            key: "Foedus",
            text:
                "Foedus contributors. 2026. Foedus: a casus-foederis engine for collective-security treaties, version \(FoedusVersion.code) (data \(BundledData.version)). See CITATION.cff.",
            bibKey: "foedus", type: "misc",
            fields: [
                ("author", "{Foedus contributors}"),
                ("title", "Foedus: a casus-foederis engine for collective-security treaties"),
                ("year", "2026"), ("version", FoedusVersion.code),
                ("note", "Data version \(BundledData.version); see CITATION.cff"),
            ]),
        Citation(
            key: "ATOP",
            text:
                "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28(3): 237-260. (ATOP version 5.1; Leeds, ATOP Codebook, version 5.1, August 9, 2022.)",
            bibKey: "leeds2002atop", type: "article",
            fields: [
                (
                    "author",
                    "Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G."
                ),
                ("title", "Alliance Treaty Obligations and Provisions, 1815--1944"),
                ("journal", "International Interactions"), ("year", "2002"), ("volume", "28"), ("number", "3"),
                ("pages", "237--260"),
                ("note", "ATOP version 5.1; Leeds, ATOP Codebook, version 5.1, August 9, 2022"),
            ]),
        Citation(
            key: "COW states",
            text:
                "Correlates of War Project. 2017. \"State System Membership List, v2016.\" Online, http://correlatesofwar.org.",
            bibKey: "cow2017states", type: "misc",
            fields: [
                ("author", "{Correlates of War Project}"), ("title", "State System Membership List, v2016"),
                ("year", "2017"), ("howpublished", "\\url{http://correlatesofwar.org}"),
            ]),
        Citation(
            key: "NMC",
            text:
                "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: Sage. (National Material Capabilities v6.0.)",
            bibKey: "singer1972nmc", type: "incollection",
            fields: [
                ("author", "Singer, J. David and Bremer, Stuart and Stuckey, John"),
                ("title", "Capability Distribution, Uncertainty, and Major Power War, 1820--1965"),
                ("booktitle", "Peace, War, and Numbers"), ("editor", "Russett, Bruce"), ("publisher", "Sage"),
                ("address", "Beverly Hills"), ("year", "1972"), ("pages", "19--48"),
                ("note", "National Material Capabilities v6.0"),
            ]),
        Citation(
            key: "COW wars",
            text:
                "Sarkees, Meredith Reid and Frank Wayman. 2010. Resort to War: 1816-2007. Washington, DC: CQ Press. (COW Inter-State War Data, v4.0.)",
            bibKey: "sarkees2010war", type: "book",
            fields: [
                ("author", "Sarkees, Meredith Reid and Wayman, Frank"), ("title", "Resort to War: 1816--2007"),
                ("publisher", "CQ Press"), ("address", "Washington, DC"), ("year", "2010"),
                ("note", "COW Inter-State War Data, v4.0"),
            ]),
        Citation(
            key: "COW contiguity",
            text:
                "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002. \"The Correlates of War Project Direct Contiguity Data, Version 3.\" Conflict Management and Peace Science 19(2): 59-67. (Direct Contiguity v3.2.)",
            bibKey: "stinnett2002contiguity", type: "article",
            fields: [
                (
                    "author",
                    "Stinnett, Douglas M. and Tir, Jaroslav and Schafer, Philip and Diehl, Paul F. and Gochman, Charles"
                ),
                ("title", "The Correlates of War Project Direct Contiguity Data, Version 3"),
                ("journal", "Conflict Management and Peace Science"), ("year", "2002"), ("volume", "19"),
                ("number", "2"), ("pages", "59--67"), ("note", "Direct Contiguity v3.2"),
            ]),
        Citation(
            key: "COW major powers",
            text:
                "Correlates of War Project. 2017. \"State System Membership List, v2016\" (major powers, majors2016). Online, http://correlatesofwar.org.",
            bibKey: "cow2017majors", type: "misc",
            fields: [
                ("author", "{Correlates of War Project}"),
                ("title", "State System Membership List, v2016: Major Powers"), ("year", "2017"),
                ("howpublished", "\\url{http://correlatesofwar.org}"), ("note", "majors2016"),
            ]),
        Citation(
            key: "GML MID",
            text:
                "Gibler, Douglas M., Steven V. Miller, and Erin K. Little. 2016. \"An Analysis of the Militarized Interstate Dispute (MID) Dataset, 1816-2001.\" International Studies Quarterly 60(4): 719-730. (GML MID 2.2.1.)",
            bibKey: "gibler2016mid", type: "article",
            fields: [
                ("author", "Gibler, Douglas M. and Miller, Steven V. and Little, Erin K."),
                ("title", "An Analysis of the Militarized Interstate Dispute ({MID}) Dataset, 1816--2001"),
                ("journal", "International Studies Quarterly"), ("year", "2016"), ("volume", "60"),
                ("number", "4"), ("pages", "719--730"), ("note", "GML MID 2.2.1"),
            ]),
        Citation(
            key: "Natural Earth",
            text:
                "Natural Earth. Free vector and raster map data @ naturalearthdata.com. 1:110m Cultural Vectors, Admin 0 - Countries, version 5.1.2.",
            bibKey: "naturalearth", type: "misc",
            fields: [
                ("author", "{Natural Earth}"),
                ("title", "1:110m Cultural Vectors, Admin 0 -- Countries, version 5.1.2"),
                ("howpublished", "\\url{https://www.naturalearthdata.com}"),
                ("note", "Free vector and raster map data"),
            ]),
        Citation(
            key: "countrycode",
            text:
                "Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to convert country names and country codes.\" Journal of Open Source Software 3(28): 848.",
            bibKey: "arelbundock2018countrycode", type: "article",
            fields: [
                ("author", "Arel-Bundock, Vincent and Enevoldsen, Nils and Yetman, CJ"),
                ("title", "countrycode: An {R} package to convert country names and country codes"),
                ("journal", "Journal of Open Source Software"), ("year", "2018"), ("volume", "3"),
                ("number", "28"), ("pages", "848"),
            ]),
    ]
}
