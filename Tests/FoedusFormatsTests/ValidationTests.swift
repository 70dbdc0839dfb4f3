import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// Every bad input is reported as `file:line: field: message`, all in one pass.
@Suite struct ValidationTests {
    func problems(_ yaml: String, bundled: Bool = false) -> [String] {
        let file = SourceFile(path: "t.yaml", text: yaml)
        let (dataset, diagnostics) = DatasetLoader.parse([file], states: Fixtures.states, bundled: bundled)
        return (diagnostics + DatasetLoader.check(dataset, states: Fixtures.states)).map(\.description)
    }

    @Test func emptyAndMalformedDocumentsNameTheFileAndLine() throws {
        #expect(problems("") == ["t.yaml:1: empty document"])
        #expect(problems("type: treaty\nid: [unclosed\n").first?.hasPrefix("t.yaml:3: invalid YAML") == true)
        // The same reading serves the priors, scenario and architecture files.
        #expect(throws: ValidationFailure.self) { try PriorsDecoder.decode("", file: "p.yaml") }
        do {
            _ = try PriorsDecoder.decode("a: [", file: "p.yaml")
            Issue.record("expected an error")
        } catch let failure as ValidationFailure {
            #expect(failure.diagnostics.map(\.file) == ["p.yaml"])
            #expect(failure.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
        }
    }

    let valid = """
        type: treaty
        id: TEST-1
        name: Test treaty
        signed: 2024-06-19
        inForce: 2024-12-04
        parties:
          - state: 365
          - state: PRK
        provisions:
          - id: art4
            article: "4"
            kind: defense
            strength: automatic
            quote: "shall provide military and other assistance"
            quoteStatus: verbatim-translation
            source: https://example.org
            verified: true
        """

    @Test func aValidFileHasNoProblems() {
        #expect(problems(valid) == [])
    }

    @Test func anUnknownStateIsNamedWithItsLine() {
        let yaml = valid.replacingOccurrences(of: "state: PRK", with: "state: XYZ")
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:8: parties[1].state: unknown state 'XYZ'") == true)
    }

    @Test func anAmbiguousCodeListsTheCandidates() {
        let yaml = valid.replacingOccurrences(of: "state: PRK", with: "state: AUS")
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.contains("AUS is ambiguous: Austria (305, COW) or Australia (900, ISO3)") == true)
    }

    @Test func bundledDataNamesStatesByNumberOnly() {
        #expect(
            problems(valid, bundled: true) == [
                "t.yaml:8: parties[1].state: bundled data names states by COW number, not 'PRK'"
            ])
    }

    @Test func anImpossibleDateIsReported() {
        let found = problems(valid.replacingOccurrences(of: "inForce: 2024-12-04", with: "inForce: 2024-02-30"))
        #expect(found == ["t.yaml:5: inForce: '2024-02-30' is not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"])
    }

    @Test func aPartyJoiningBeforeSignatureIsReported() {
        let yaml = valid.replacingOccurrences(of: "  - state: PRK", with: "  - {state: PRK, joined: 2020-01-01}")
        #expect(
            problems(yaml) == [
                "t.yaml:8: parties[1].joined: joins (2020-01-01) before the treaty was signed (2024-06-19)"
            ])
    }

    @Test func unknownKindMissingStrengthAndQuoteWithoutSource() {
        var yaml = valid.replacingOccurrences(of: "kind: defense", with: "kind: defence")
        #expect(problems(yaml).first?.hasPrefix("t.yaml:12: provisions[0].kind: 'defence' is not one of") == true)
        yaml = valid.replacingOccurrences(of: "    strength: automatic\n", with: "")
        #expect(
            problems(yaml) == [
                "t.yaml:12: provisions[0].strength: a defense provision needs a strength (automatic or discretionary)"
            ])
        yaml = valid.replacingOccurrences(of: "    source: https://example.org\n", with: "")
        #expect(problems(yaml) == ["t.yaml:14: provisions[0].source: a quote needs a source"])
    }

    @Test func unknownKeysAreNeverDroppedSilently() {
        let yaml = valid.replacingOccurrences(of: "    verified: true", with: "    verified: true\n    verifed: true")
        #expect(problems(yaml) == ["t.yaml:18: provisions[0].verifed: unknown key; did you mean 'verified'?"])
    }

    @Test func verifiedNeedsAVerbatimQuote() {
        let yaml = valid.replacingOccurrences(of: "quoteStatus: verbatim-translation", with: "quoteStatus: paraphrase")
        #expect(
            problems(yaml) == [
                "t.yaml:17: provisions[0].verified: verified: true needs a verbatim quote (quoteStatus verbatim-official or verbatim-translation)"
            ])
    }

    @Test func brokenYAMLGivesItsLine() {
        let found = problems("type: treaty\nid: [unclosed\nname: x\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:") == true)
        #expect(found.first?.contains("invalid YAML") == true)
    }

    @Test func duplicateIdsAcrossFilesAreReported() {
        let files = [SourceFile(path: "a.yaml", text: valid), SourceFile(path: "b.yaml", text: valid)]
        let (dataset, diagnostics) = DatasetLoader.parse(files, states: Fixtures.states, bundled: false)
        #expect(diagnostics.isEmpty)
        #expect(
            DatasetLoader.check(dataset, states: Fixtures.states).map(\.description) == [
                "b.yaml:2: id: duplicate id 'TEST-1' (also in a.yaml)"
            ])
    }

    @Test func aPartyMustExistWhenItJoins() {
        // The German Democratic Republic (265) left the system on 1990-10-02.
        let yaml = valid.replacingOccurrences(of: "  - state: PRK", with: "  - state: 265")
        #expect(
            problems(yaml) == [
                "t.yaml:8: parties[1]: German Democratic Republic (265) was not a member of the state system on 2024-12-04"
            ])
    }

    @Test func everyProblemIsReportedInOnePass() {
        let yaml = """
            id: bad id
            name: x
            signed: 2024-13-01
            inForce: 2024-01-01
            parties: [{state: 99999}]
            provisions:
              - {id: a, article: "1", kind: offense}
            """
        let found = problems(yaml)
        #expect(found.count == 4)
        #expect(found.contains("t.yaml:1: id: 'bad id' is not a valid id (upper-case letters, digits and '-')"))
        #expect(found.contains { $0.hasPrefix("t.yaml:3: signed:") })
        #expect(found.contains { $0.hasPrefix("t.yaml:5: parties[0].state: unknown COW state number 99999") })
        #expect(found.contains { $0.hasPrefix("t.yaml:7: provisions[0].strength:") })
    }
}

/// Mangled input never crashes the loader: every outcome is a value or a list of diagnostics.
@Suite struct LoaderRobustnessTests {
    @Test func mangledFilesGiveDiagnosticsNotCrashes() {
        let bundled = Fixtures.bundledFiles
        var generator = SplitMix(seed: 42)
        let alphabet = Array(" :-[]{}\n\"'#&*!|>%@`0123456789abcXYZ\t")
        var reports = 0
        for round in 0..<400 {
            var text = Array(bundled[round % bundled.count].text)
            for _ in 0..<(1 + Int(generator.next() % 6)) where !text.isEmpty {
                let at = Int(generator.next() % UInt64(text.count))
                switch generator.next() % 3 {
                case 0: text.remove(at: at)
                case 1: text.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: at)
                default: text[at] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            let file = SourceFile(path: "fuzz.yaml", text: String(text))
            let (_, diagnostics) = DatasetLoader.parse([file], states: Fixtures.states, bundled: true)
            reports += diagnostics.isEmpty ? 0 : 1
            #expect(diagnostics.allSatisfy { $0.file == "fuzz.yaml" && !$0.message.isEmpty })
        }
        #expect(reports > 100)
    }
}

/// A small seeded generator for repeatable test inputs.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
