import FoedusAnalysis
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The joiner forecasts on militarized disputes (issue #14 §2) on a synthetic world whose answers are worked
/// out by hand: a defence pact of Borduria (2) and Carpania (3), automatic, in force 1900–1940.
@Suite struct JoinerForecastTests {
    typealias W = SyntheticWorld

    static let header =
        "dispnum,ccode,styear,stmon,stday,endyear,endmon,endday,obsid_start,obsid_end,dummy_stday,dummy_endday,"
        + "sidea,hiact,orig,anymiss_leader_start,anymiss_leader_end,allmiss_leader_start,allmiss_leader_end"

    /// One participant row (the columns Foedus does not read are filled with plausible values).
    static func row(_ dispute: Int, _ ccode: Int, _ date: (Int, Int, Int), dummy: Int = 1, sideA: Bool, orig: Bool)
        -> String
    {
        let (y, m, d) = date
        return "\(dispute),\(ccode),\(y),\(m),\(d),\(y),\(m),\(d),X-1,X-1,\(dummy),\(dummy),"
            + "\(sideA ? 1 : 0),7,\(orig ? 1 : 0),0,0,0,0"
    }

    /// Training: MID 1 (1910): 1 → 2; Carpania joins B (its duty honoured), Dalmia (4) joins A. MID 2 (1920, day
    /// unknown, imputed 9): 1 → 2, nobody joins (the duty not honoured). Test: MID 3 (1950): 5 → 6, Grand Fenwick
    /// (7) joins A. MID 4 (1960): 1 → 2, Carpania joins B (the pact has ended).
    static func fixture(testJoiner: Int = 7) -> String {
        ([header] + [
            row(1, 1, (1910, 5, 1), sideA: true, orig: true), row(1, 2, (1910, 5, 1), sideA: false, orig: true),
            row(1, 3, (1910, 5, 3), sideA: false, orig: false), row(1, 4, (1910, 6, 1), sideA: true, orig: false),
            row(2, 1, (1920, 3, -9), dummy: 9, sideA: true, orig: true),
            row(2, 2, (1920, 3, -9), dummy: 9, sideA: false, orig: true),
            row(3, 5, (1950, 1, 1), sideA: true, orig: true), row(3, 6, (1950, 1, 1), sideA: false, orig: true),
            row(3, testJoiner, (1950, 1, 2), sideA: true, orig: false),
            row(4, 1, (1960, 1, 1), sideA: true, orig: true), row(4, 2, (1960, 1, 1), sideA: false, orig: true),
            row(4, 3, (1960, 1, 5), sideA: false, orig: false),
        ]).joined(separator: "\n") + "\n"
    }

    static let world = W.world([W.pact("P", [2, 3], inForce: "1900-01-01", terminated: "1940-12-31")])

    /// Dalmia (4) contiguous by land with Aland (1), Grand Fenwick (7) a major power, 1900–2000.
    static let relevance = PoliticalRelevance(
        contiguity: [.init(ccode1: 1, ccode2: 4, type: 1, years: 1900...2000)], majorPowers: [(7, 1900...2000)])

    func report(
        _ text: String = fixture(), world: World = world, runs: Int = 200, seed: UInt64 = 1, threads: Int = 1,
        fitUntil: Int = 1945, model: ForecastModel = .treaty, relevance: PoliticalRelevance? = nil,
        validateFrom: Int? = nil
    ) throws -> JoinerForecastReport {
        let disputes = try MIDLoader.disputes(text, file: "fixture.csv")
        return JoinerForecastReport(
            world: world, disputes: disputes,
            options: .init(
                runs: runs, seed: seed, fitUntil: fitUntil, threads: threads, model: model, validateFrom: validateFrom),
            relevance: relevance)
    }

    @Test func theLoaderReadsDaysSidesAndOriginators() throws {
        let disputes = try MIDLoader.disputes(Self.fixture(), file: "fixture.csv")
        #expect(disputes.map(\.id) == [1, 2, 3, 4])
        #expect(disputes[0].firstDay == Fixtures.day("1910-05-01"))
        // Day -9: the dummy day.
        #expect(disputes[1].firstDay == Fixtures.day("1920-03-09"))
        #expect(disputes[0].joiners == [3: false, 4: true])
        #expect(disputes[0].participants[2].line == 4)
    }

    @Test func theFitUsesTheTrainingDisputesOnly() throws {
        let r = try report()
        // Carpania's automatic duty arose in MID 1 and MID 2 and was honoured once: mean (1 + 1) / (2 + 2).
        #expect(r.fit.automatic == .init(cases: 2, honoured: 1))
        #expect(r.fit.discretionary == .init(cases: 0, honoured: 0))
        #expect(r.fit.disputes == 2)
        #expect(r.fit.priors.before1945Automatic == HonourPriors.Rate(mean: 0.5, concentration: 4))
        #expect(r.fit.priors.since1945Automatic == r.fit.priors.before1945Automatic)
        // The pact is bilateral: its class rate is shrunk toward the pooled 0.5 with weight 10: (1 + 5) / (2 + 10).
        #expect(r.fit.bilateral.automatic == .init(cases: 2, honoured: 1))
        #expect(r.fit.priors(.treaty).bilateral?.automatic == HonourPriors.Rate(mean: 0.5, concentration: 12))
        #expect(r.fit.priors(.pooled).bilateral == nil && r.fit.priors(.pooled).forces == nil)
        // Training: 2 disputes × 6 states × 2 sides = 24 events, 2 joined; Carpania's 2 pact events (side B),
        // 1 joined.
        #expect(r.baselines == ForecastBaselines(events: 24, joined: 2, pactEvents: 2, pactJoined: 1))
    }

    @Test func theTestScoresMatchTheHandComputation() throws {
        let r = try report()
        let t = r.test
        #expect(t.disputes == 2 && t.predictions == 12 && t.joiners == 2)
        // No pact in force after 1940: every test forecast is 0. Two of the 24 events happened.
        #expect(r.predictions.filter { !$0.training }.allSatisfy { $0.pSideA == 0 && $0.pSideB == 0 })
        #expect(t.engine.brier == 2.0 / 24)
        let logLoss = (2 * -log(0.001) + 22 * -log(0.999)) / 24
        #expect(abs(t.engine.logLoss - logLoss) < 1e-12)
        // Base rate 2/24 = 1/12: Brier (2 (11/12)² + 22 (1/12)²) / 24 = 11/144.
        #expect(abs(t.baseRate.brier - 11.0 / 144) < 1e-12)
        #expect(abs((t.skillVsBaseRate ?? 0) - -1.0 / 11) < 1e-12)
        // Naive: no pact in the test period, so every event gets the no-pact rate 1/22:
        // Brier (2 (21/22)² + 22 (1/22)²) / 24 = 113/1452; skill 1 − (1/12)/(113/1452) = −8/113.
        #expect(abs(t.naive.brier - 113.0 / 1452) < 1e-12)
        #expect(abs((t.skillVsNaive ?? 0) - -8.0 / 113) < 1e-12)
        // All 24 events in the first bin: mean forecast 0, observed 2/24.
        #expect(t.engine.reliability[0].count == 24)
        #expect(t.engine.reliability[0].observed == 2.0 / 24)
        #expect(t.engine.reliability[1...].allSatisfy { $0.count == 0 })
    }

    @Test func trainingForecastsComeFromTheMonteCarlo() throws {
        let r = try report(runs: 400)
        let carpania = r.predictions.filter { $0.training && $0.state == Fixtures.id(3, in: Self.world) }
        #expect(carpania.count == 2)
        // Honouring rate ~ Beta(2, 2) with a treaty shift: about one run in two brings Carpania in, on side B.
        for p in carpania {
            #expect(p.pSideA == 0)
            #expect(p.pSideB > 0.35 && p.pSideB < 0.65)
            #expect(p.pactB && !p.pactA)
        }
    }

    @Test func sameSeedSameForecastsWhateverTheThreads() throws {
        let a = try report(seed: 7, threads: 1)
        let b = try report(seed: 7, threads: 2)
        let c = try report(seed: 8, threads: 1)
        #expect(a.predictions == b.predictions)
        #expect(a.predictions != c.predictions)
    }

    @Test func changingTheTestYearsChangesNothingFitted() throws {
        // A pact that lasts into the test period, so a test dispute's joiners could inform the fit if it leaked.
        // Every fitted quantity of the fullest model: the rates per class and strength, the forces rule (forces
        // of Elbonia stationed in Borduria), the context floor (Dalmia contiguous with Aland, Grand Fenwick a major
        // power), the baselines.
        let longPact = W.world(
            [W.pact("P", [2, 3], inForce: "1900-01-01", terminated: "2000-12-31")],
            deployments: [Deployment(id: "E-in-B", sender: 5, host: 2, from: PartialDate(Fixtures.day("1900-01-01")))])
        let relevance = Self.relevance
        var noJoiner = Self.fixture()
        noJoiner = noJoiner.replacingOccurrences(
            of: Self.row(4, 3, (1960, 1, 5), sideA: false, orig: false) + "\n", with: "")
        for model in [ForecastModel.treatyContext, .collective] {
            func run(_ text: String) throws -> JoinerForecastReport {
                try report(text, world: longPact, model: model, relevance: relevance)
            }
            let honoured = try run(Self.fixture())
            let other = try run(Self.fixture(testJoiner: 8))
            let declined = try run(noJoiner)
            #expect(honoured.fit.forces.cases == 2)
            #expect(honoured.fit.sharedAutomatic == .init(cases: 2, honoured: 1, exposure: 2))
            #expect(honoured.context != nil)
            for r in [other, declined] {
                #expect(r.fit == honoured.fit)
                #expect(r.context == honoured.context)
                #expect(r.baselines == honoured.baselines)
                #expect(r.predictions.filter(\.training) == honoured.predictions.filter(\.training))
            }
        }
        // Moving the split moves the fit: with 1955, MID 3 is training.
        let later = try report(world: longPact, fitUntil: 1955)
        #expect(later.fit.disputes == 3)
        #expect(later.baselines.events == 36)
    }

    @Test func aValidationRunFitsBeforeItsYearAndNeverReadsTheTest() throws {
        // Validate from 1915: MID 1 (1910) is fitted on, MID 2 (1920) scored; MIDs 3 and 4 (1950, 1960) not read.
        let r = try report(validateFrom: 1915)
        #expect(r.options.scoredPeriod == "validation")
        #expect(r.fit.disputes == 1 && r.fit.fitUntil == 1914)
        #expect(r.fit.automatic == .init(cases: 1, honoured: 1))
        #expect(r.cases.keys.sorted() == [1, 2])
        #expect(r.training.disputes == 1 && r.test.disputes == 1)
        #expect(Set(r.predictions.map(\.dispute)) == [1, 2])
        // Changing the test period (another joiner in MID 3, MID 4 gone) changes nothing.
        let moved = try report(
            Self.fixture(testJoiner: 8).replacingOccurrences(
                of: Self.row(4, 3, (1960, 1, 5), sideA: false, orig: false) + "\n", with: ""),
            validateFrom: 1915)
        #expect(moved.predictions == r.predictions)
        #expect(moved.fit == r.fit && moved.baselines == r.baselines)
        #expect(moved.test.engine == r.test.engine && moved.training.engine == r.training.engine)
    }

    @Test func aDisputeWithoutTwoSidesIsSkipped() throws {
        let text = [
            Self.header, Self.row(9, 1, (1930, 1, 1), sideA: true, orig: true),
            Self.row(9, 2, (1930, 1, 1), sideA: true, orig: true),
        ].joined(separator: "\n")
        let r = try report(text)
        #expect(r.skipped == [.init(dispute: 9, reason: "the first day's originators do not form two sides")])
        #expect(r.predictions.isEmpty)
    }

    @Test func badInputNamesTheFileLineAndColumn() {
        let missing = Self.fixture().replacingOccurrences(of: ",dummy_stday,", with: ",dummy_day,")
        #expect(throws: Diagnostic(file: "f.csv", line: 1, field: "dummy_stday", message: "missing column")) {
            try MIDLoader.disputes(missing, file: "f.csv")
        }
        let bad = Self.fixture().replacingOccurrences(of: "3,5,1950,1,1,", with: "3,5,1950,13,1,")
        #expect(throws: Diagnostic(file: "f.csv", line: 8, field: "stday", message: "impossible start date 1950-13-1"))
        {
            try MIDLoader.disputes(bad, file: "f.csv")
        }
        let side = Self.fixture().replacingOccurrences(
            of: Self.row(4, 3, (1960, 1, 5), sideA: false, orig: false),
            with: Self.row(4, 3, (1960, 1, 5), sideA: false, orig: false).replacingOccurrences(
                of: ",7,0,0", with: ",7,2,0"))
        #expect(throws: Diagnostic(file: "f.csv", line: 13, field: "orig", message: "expected 0 or 1, not 2")) {
            try MIDLoader.disputes(side, file: "f.csv")
        }
        let text = Self.fixture().replacingOccurrences(of: "4,1,1960,", with: "4,x1,1960,")
        #expect(throws: Diagnostic(file: "f.csv", line: 11, field: "ccode", message: "not a whole number: 'x1'")) {
            try MIDLoader.disputes(text, file: "f.csv")
        }
    }

    @Test func theScoresOfAHandMadeSet() {
        // Forecasts 0.5 (yes), 0.5 (no), 0.95 (yes), 0 (no): Brier (0.25 + 0.25 + 0.0025 + 0) / 4.
        let s = ForecastScore([(0.5, true), (0.5, false), (0.95, true), (0, false)])
        #expect(abs(s.brier - 0.5025 / 4) < 1e-12)
        #expect(abs(s.logLoss - (-log(0.5) * 2 - log(0.95) - log(0.999)) / 4) < 1e-12)
        #expect(s.reliability[5].count == 2 && s.reliability[5].observed == 0.5)
        #expect(s.reliability[9].count == 1 && s.reliability[9].calibrated == true)
        #expect(
            abs(
                (s.skill(against: ForecastScore([(0.5, true), (0.5, false), (0.5, true), (0.5, false)])) ?? 0)
                    - (1 - 0.5025 / 4 / 0.25)) < 1e-12)
    }

    @Test func theReliabilityPlotIsAnSVG() throws {
        let r = try report()
        let svg = ReliabilitySVG.render(r.training.engine.reliability, title: "a <test> & more")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title>a &lt;test&gt; &amp; more</title>"))
        #expect(svg.hasSuffix("</svg>\n"))
    }
}
