import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The one rule for domestic-law clauses (docs/treaty-format.md, "Domestic law"; issue #13 §2.6): a provision
/// whose quoted text makes the duty subject to a party's own law or procedure is coded `domesticProcess: true`,
/// and no other provision is; the flag never sets the strength.
@Suite struct DomesticLawRuleTests {
    /// The wordings that make a duty subject to domestic law or procedure, in the languages of the quotes.
    static let domesticLaw = [
        "constitutional process", "constitutional provisions and processes", "constitutional obligation",
        "respective laws", "their laws", "its laws", "the laws of", "legislation", "national law", "domestic law",
        "internal procedure", "конституц", "законодательств", "внутригосударственн", "constitutionnel",
    ]

    static func mentionsDomesticLaw(_ quote: String) -> Bool {
        let text = quote.lowercased()
        return domesticLaw.contains { text.contains($0) }
    }

    static let provisions: [(treaty: String, provision: Provision)] = {
        let (dataset, _) = DatasetLoader.parse(Fixtures.bundledFiles, states: Fixtures.states, bundled: true)
        return dataset.treaties.flatMap { treaty in treaty.provisions.map { (treaty.id, $0) } }
    }()

    @Test func everyBundledTreatyFollowsTheRule() {
        #expect(Self.provisions.count > 50)
        for (treaty, provision) in Self.provisions {
            let wording = Self.mentionsDomesticLaw(provision.quote ?? "")
            #expect(
                provision.conditions.domesticProcess == wording,
                "\(treaty) \(provision.id): domesticProcess is \(provision.conditions.domesticProcess), but the quote \(wording ? "makes" : "does not make") the duty subject to domestic law"
            )
        }
    }

    @Test func theRuleCoversBothWordingsTheIssueNamed() throws {
        let flagged = Self.provisions.filter { $0.provision.conditions.domesticProcess }
            .map { "\($0.treaty) \($0.provision.id)" }
        // "the laws of the DPRK and the Russian Federation" and "in accordance with their respective laws".
        #expect(flagged.contains("RUS-PRK-2024 art4"))
        #expect(flagged.contains("USA-UKR-BSA-2024 consult-24h"))
        // The flag does not lower the strength: RUS-PRK-2024 Art. 4 stays automatic.
        let art4 = try #require(Self.provisions.first { $0.treaty == "RUS-PRK-2024" && $0.provision.id == "art4" })
        #expect(art4.provision.strength == .automatic)
    }
}
