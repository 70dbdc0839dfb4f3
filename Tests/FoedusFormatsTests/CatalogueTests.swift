import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The numbered catalogue of cases in `Tests/Cases/` (listed in `docs/cases.md`): each file holds a
/// scenario and the outcome read from the treaty texts.
@Suite("Catalogue") struct CatalogueTests {
    static let folder = Fixtures.repositoryRoot + "/Tests/Cases"
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func theCatalogueHasAtLeastFortyCasesAllListed() throws {
        #expect(Self.files.count >= 40)
        let listing = try String(contentsOfFile: Fixtures.repositoryRoot + "/docs/cases.md", encoding: .utf8)
        for file in Self.files {
            let id = String(file.prefix(3))
            #expect(listing.contains(id), "docs/cases.md does not list case \(id)")
        }
    }

    @Test(arguments: files)
    func catalogueCase(_ file: String) throws {
        let world = Fixtures.world
        let text = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
        let spec = try ScenarioFile.decode(text, file: file, world: world)
        let expect = try #require(spec.expect, "\(file) has no expect")
        var evaluator = Evaluator(index: world.index(on: spec.scenario.day))
        let result = try evaluator.evaluate(spec.scenario)
        let name: (StateID) -> String = { world.states[$0].abbreviation }
        func names(_ set: some Sequence<StateID>) -> [String] { set.map(name).sorted() }

        if let attackers = expect.attackers {
            #expect(names(result.attackers) == names(attackers), "\(file): attackers")
        }
        if let defenders = expect.defenders {
            #expect(names(result.defenders) == names(defenders), "\(file): defenders")
        }
        func matches(_ o: Obligation, _ d: CaseExpectation.Duty) -> Bool {
            let treaty = world.treaties[o.provision.treaty]
            let provision = treaty.provisions[o.provision.provision]
            return o.obligor == d.obligor && (d.beneficiary.map { $0 == o.beneficiary } ?? true)
                && treaty.id == d.treaty.uppercased() && (d.article.map { $0 == provision.article } ?? true)
                && (d.kind.map { $0 == o.kind } ?? true) && (d.status.map { $0 == o.status } ?? true)
        }
        func describe(_ d: CaseExpectation.Duty) -> String {
            "\(name(d.obligor))→\(d.beneficiary.map(name) ?? "*") \(d.treaty) Art. \(d.article ?? "*") \(d.kind?.rawValue ?? "") \(d.status?.rawValue ?? "")"
        }
        let reported = result.obligations.map { o in
            "\(name(o.obligor))→\(name(o.beneficiary)) \(world.treaties[o.provision.treaty].id) \(o.kind.rawValue) \(o.status.rawValue)"
        }
        for duty in expect.bound {
            #expect(
                result.obligations.contains { matches($0, duty) },
                "\(file): expected duty \(describe(duty)); reported: \(reported)")
        }
        for duty in expect.notBound {
            #expect(!result.obligations.contains { matches($0, duty) }, "\(file): unexpected duty \(describe(duty))")
        }
        if let outside = expect.outside {
            #expect(names(result.outside.map(\.state)) == names(outside), "\(file): outside")
        }
        let found = result.conflicts.map { c in
            CaseExpectation.ExpectedConflict(
                kind: c.kind, states: Set(c.states), treaties: Set(c.treaties.map { world.treaties[$0].id }),
                disputed: c.disputedPlace != nil)
        }
        let foundText = found.map {
            "\($0.kind.rawValue) \(names($0.states)) \($0.treaties.sorted())\($0.disputed ? " (disputed)" : "")"
        }
        for conflict in expect.conflicts {
            let want = CaseExpectation.ExpectedConflict(
                kind: conflict.kind, states: conflict.states, treaties: Set(conflict.treaties.map { $0.uppercased() }),
                disputed: conflict.disputed)
            let wanted =
                "\(want.kind.rawValue) \(names(want.states)) \(want.treaties.sorted())\(want.disputed ? " (disputed)" : "")"
            #expect(found.contains(want), "\(file): expected conflict \(wanted); found \(foundText)")
        }
        if expect.conflictsExact {
            #expect(found.count == expect.conflicts.count, "\(file): conflicts \(foundText)")
        }
        for (state, reasons) in expect.whyNot {
            let explanation = result.explain(state, in: world)
            let words = ExplanationText(result: result, world: world)
            let got = explanation.map { e in "\(e.reason.rawValue)\(e.treaty.map { " " + world.treaties[$0].id } ?? "")"
            }
            for reason in reasons {
                let present = explanation.contains { e in
                    e.reason == reason.reason
                        && (reason.treaty.map { world.treaty(id: $0)?.id == e.treaty.map { world.treaties[$0].id } }
                            ?? true)
                        && (reason.says.map { words.sentence(e, about: state).contains($0) } ?? true)
                }
                #expect(
                    present,
                    "\(file): why not \(name(state)): expected \(reason.reason.rawValue) \(reason.treaty ?? "") \(reason.says ?? ""); got \(got)"
                )
            }
        }
    }
}
