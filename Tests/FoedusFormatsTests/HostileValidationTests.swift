import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// What a hostile treaty file gets: one problem per cause however often it repeats, a capped list, the line of
/// every problem, and limits checked before the tree is built (issue #12 §2, §4).
@Suite struct HostileValidationTests {
    func problems(_ yaml: String) -> [String] {
        let file = SourceFile(path: "t.yaml", text: yaml)
        let (dataset, diagnostics) = DatasetLoader.parse([file], states: Fixtures.states, bundled: false)
        return (diagnostics + DatasetLoader.check(dataset, states: Fixtures.states)).map(\.description)
    }

    let head = """
        type: treaty
        id: T-1
        name: Test
        signed: 2024-01-01
        inForce: 2024-01-01

        """

    @Test func aStateListedManyTimesIsOneProblem() {
        let yaml =
            head + "parties:\n" + String(repeating: "  - {state: RUS}\n", count: 2_000) + "  - {state: PRK}\n"
            + "provisions:\n  - {id: a, article: \"1\", kind: defense, strength: automatic}\n"
        #expect(
            problems(yaml) == [
                "t.yaml:8: parties[1]: state 365 is listed 2000 times with overlapping periods "
                    + "(parties[1], parties[2], parties[3] and 1996 more overlap parties[0] or each other)"
            ])
    }

    @Test func twoOverlappingPeriodsKeepTheirPairMessage() {
        let yaml =
            head
            + "parties:\n  - {state: RUS, left: 2024-06-30}\n  - {state: PRK}\n  - {state: RUS, joined: 2024-06-01}\n"
            + "provisions:\n  - {id: a, article: \"1\", kind: defense, strength: automatic}\n"
        #expect(problems(yaml) == ["t.yaml:9: parties[2]: overlaps an earlier period of the same state (parties[0])"])
        let apart = yaml.replacingOccurrences(of: "joined: 2024-06-01", with: "joined: 2024-07-01")
        #expect(problems(apart) == [])
    }

    @Test func theListOfProblemsIsCappedWithACount() {
        let provisions = (0..<250).map { "  - {id: p\($0), article: \"1\", kind: warfare}\n" }.joined()
        let found = problems(head + "parties: [{state: RUS}, {state: PRK}]\nprovisions:\n" + provisions)
        #expect(found.count == 101)
        #expect(
            found.first == "t.yaml:8: provisions[0].kind: 'warfare' is not one of "
                + Provision.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        #expect(found.last == "t.yaml:107: and 150 more problem(s) in this file (the first 100 are listed)")
    }

    @Test func aMissingKeyIsReportedAtItsMappingsLine() {
        let yaml =
            "type: treaty\nid: T-2\nname: x\nsigned: 2024-01-01\nparties: [{state: RUS}]\nprovisions:\n"
            + "  - id: a\n    kind: consultation\n"
        #expect(
            problems(yaml) == [
                "t.yaml:1: inForce: is required", "t.yaml:7: provisions[0].article: is required",
            ])
    }

    @Test func selfAndUnknownReferencesAreNamedWithTheirLine() {
        let yaml =
            head + "replaces: [T-1, NOPE]\nparties: [{state: RUS}, {state: PRK}]\n"
            + "provisions:\n  - {id: a, article: \"1\", kind: defense, strength: automatic}\n"
        #expect(
            problems(yaml) == [
                "t.yaml:6: replaces[0]: 'T-1' refers to the treaty itself",
                "t.yaml:6: replaces[1]: unknown treaty 'NOPE'",
            ])
    }

    @Test func aliasesThatExpandTooFarAreRefusedBeforeComposing() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip(["b", "c", "d", "e", "f", "g", "h"], ["a", "b", "c", "d", "e", "f", "g"]) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(
            problems(yaml) == [
                "t.yaml:6: aliases expand the document to more than 200000 nodes (the limit of a Foedus YAML file)"
            ])
        // A few aliases, as the bundled places and deployments use them, are fine.
        #expect(problems(head + "x: &x 1\n").first?.contains("x: unknown key") == true)
    }

    @Test func nestingIsLimitedInBlockAndFlowStyle() {
        let block = (0..<70).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
        #expect(problems(block) == ["t.yaml:65: nested more than 64 levels deep (the limit of a Foedus YAML file)"])
        let flow = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        #expect(problems(flow) == ["t.yaml:1: nested more than 64 levels deep (the limit of a Foedus YAML file)"])
    }

    /// The bundled files skip the limits at start-up (they are compiled in); this keeps them within the limits.
    @Test func theBundledFilesAreWithinTheLimits() {
        let (_, diagnostics) = DatasetLoader.parse(Fixtures.bundledFiles, states: Fixtures.states, bundled: false)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test func aByteOrderMarkIsNotContent() {
        let yaml =
            "\u{FEFF}" + head + "parties: [{state: RUS}, {state: PRK}]\n"
            + "provisions:\n  - {id: a, article: \"1\", kind: defense, strength: automatic}\n"
        #expect(problems(yaml) == [])
    }

    @Test func controlCharactersInACSVAreRefusedWithTheirLine() {
        #expect(
            throws: Diagnostic(
                file: "c.csv", line: 2, field: "", message: "control character U+0 in the text (a binary file?)")
        ) {
            try CSVReader(text: "a,b\n1,\u{0}\n", file: "c.csv")
        }
        let bom = try? CSVReader(text: "\u{FEFF}a,b\r\n1,2\r\n", file: "c.csv")
        #expect(bom?.header == ["a", "b"])
    }
}
