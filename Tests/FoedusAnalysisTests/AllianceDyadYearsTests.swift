import FoedusAnalysis
import FoedusCore
import FoedusData
import FoedusFormats
import FoedusTestSupport
import Testing

/// The ATOP columns of directed dyad-years, checked against peacesciencer 1.2.9's output for the same
/// rows (counts from shared/docs/baseline-peacesciencer.md, copied here as the reference).
@Suite struct AllianceDyadYearsTests {
    static let spells: [AllianceSpell] = {
        do { return try ATOPLoader.members(BundledData.atopMembers, states: Fixtures.states) } catch {
            fatalError("\(error)")
        }
    }()
    static let corrected: AllianceDyadYears = {
        do {
            return AllianceDyadYears(
                spells: spells, coverageEnd: ATOPLoader.coverageEnd,
                corrections: try ATOPLoader.corrections(BundledData.atopDyadCorrections))
        } catch {
            fatalError("\(error)")
        }
    }()
    static let uncorrected = AllianceDyadYears(spells: spells, coverageEnd: ATOPLoader.coverageEnd)

    /// Rows with value 1 in each column (alliance, defense, offense, neutral, nonagg, consul) over the COW
    /// directed dyad-years of each year 1816–2018, in one pass.
    static func totalsByYear(_ table: AllianceDyadYears) -> [Int: [Int]] {
        let source = DyadYearSource(
            states: Fixtures.states, alliances: table,
            capabilities: Capabilities(stateCount: Fixtures.states.count, firstYear: 1816, lastYear: 1816))
        var counts: [Int: [Int]] = [:]
        let columns: [AllianceDyadYears.Columns] = [.alliance, .defense, .offense, .neutral, .nonagg, .consul]
        source.forEach(years: 1816...2018, directed: true) { row in
            guard let c = row.columns else { return }
            var yearCounts = counts[row.year] ?? [0, 0, 0, 0, 0, 0]
            for (i, column) in columns.enumerated() where c.contains(column) { yearCounts[i] += 1 }
            counts[row.year] = yearCounts
        }
        return counts
    }
    static let correctedTotals = totalsByYear(corrected)

    static func totals(_ byYear: [Int: [Int]], _ years: ClosedRange<Int>) -> [Int] {
        years.reduce(into: [0, 0, 0, 0, 0, 0]) { sum, year in
            for (i, n) in (byYear[year] ?? []).enumerated() { sum[i] += n }
        }
    }

    @Test(arguments: [
        (1816, 2018, [267_402, 135_392, 5_124, 4_431, 257_466, 130_070]),
        (1914, 1914, [58, 25, 6, 19, 16, 32]),
        (1950, 1950, [670, 624, 32, 8, 644, 628]),
        (1990, 1990, [2_914, 1_894, 2, 12, 2_882, 1_820]),
        (2018, 2018, [8_456, 3_412, 0, 110, 8_432, 3_000]),
    ])
    func atopColumnsMatchPeacesciencer(from: Int, to: Int, expected: [Int]) {
        #expect(Self.totals(Self.correctedTotals, from...to) == expected)
    }

    @Test func withoutATOPsHandCorrectionsOnlyTheVaryingObligationsDiffer() {
        // The member-level file alone gives the same rows, alliance and consultation columns; ATOP's
        // hand corrections of alliances whose members' obligations vary remove 213 defence, 33 offence,
        // 101 neutrality and 74 non-aggression ones (docs/dyad-years.md).
        #expect(
            Self.totals(Self.totalsByYear(Self.uncorrected), 1816...2018) == [
                267_402, 135_605, 5_157, 4_532, 257_540, 130_070,
            ])
    }

    @Test func asymmetryIsKept() {
        // peacesciencer's documented example: 211→220 in 1832 has no defence duty, 220→211 has one.
        let forward = Self.corrected.cells(211, 220).first { $0.year == 1832 }
        let backward = Self.corrected.cells(220, 211).first { $0.year == 1832 }
        #expect(forward?.columns.contains(.alliance) == true && forward?.columns.contains(.defense) == false)
        #expect(backward?.columns.contains(.defense) == true)
    }

    @Test func leavingAndJoiningOnOneDayIsNoCommonMembership() {
        // East Germany (265) left the system and NATO-era alliances on 1990-10-02; Germany (255) rejoined
        // on 1990-10-03: no 255–265 allied dyad-year in 1990.
        #expect(Self.corrected.cells(255, 265).allSatisfy { $0.year != 1990 })
    }
}
