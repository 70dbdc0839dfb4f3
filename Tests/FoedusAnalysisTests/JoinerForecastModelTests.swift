import FoedusAnalysis
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The model steps of the joiner forecasts (``ForecastModel``) on the synthetic disputes of
/// ``JoinerForecastTests``: training MID 1 (1910) and MID 2 (1920), Aland (1) attacks Borduria (2); Carpania (3)
/// joins B in MID 1, Dalmia (4) joins A in MID 1; nobody joins MID 2.
@Suite struct JoinerForecastModelTests {
    typealias W = SyntheticWorld

    func report(_ world: World, model: ForecastModel, relevance: PoliticalRelevance? = nil, runs: Int = 400) throws
        -> JoinerForecastReport
    {
        let disputes = try MIDLoader.disputes(JoinerForecastTests.fixture(), file: "fixture.csv")
        return JoinerForecastReport(
            world: world, disputes: disputes, options: .init(runs: runs, seed: 3, model: model), relevance: relevance)
    }

    func training(_ r: JoinerForecastReport, _ ccode: Int, in world: World) -> [JoinerForecast.Prediction] {
        r.predictions.filter { $0.training && $0.state == Fixtures.id(ccode, in: world) }
    }

    @Test func theForcesRuleIsDrawnAtItsFittedRate() throws {
        // Elbonia (5) has forces in Borduria: attacked in MID 1 and MID 2, it joined neither. The bilateral pact
        // of Borduria and Carpania gives the automatic rate (1 + 1) / (2 + 2) = 0.5; the forces rate is shrunk
        // toward it with weight 10: (0 + 10 · 0.5) / (2 + 10) = 5/12.
        let world = W.world(
            [W.pact("P", [2, 3], inForce: "1900-01-01", terminated: "1940-12-31")],
            deployments: [Deployment(id: "E-in-B", sender: 5, host: 2, from: PartialDate(Fixtures.day("1900-01-01")))])
        let pooled = try report(world, model: .pooled)
        #expect(pooled.fit.forces == .init(cases: 2, honoured: 0))
        #expect(abs(pooled.fit.forcesRate.mean - 5.0 / 12) < 1e-12 && pooled.fit.forcesRate.concentration == 12)
        // Not drawn: Elbonia always enters.
        #expect(training(pooled, 5, in: world).allSatisfy { $0.pSideB == 1 && $0.pSideA == 0 })
        // Drawn: about 5/12 of the runs (Beta(5, 7) has standard deviation 0.14; 400 runs).
        let drawn = try report(world, model: .pooledForces)
        for p in training(drawn, 5, in: world) {
            #expect(p.pSideA == 0)
            #expect(p.pSideB > 0.3 && p.pSideB < 0.55)
        }
        // Carpania's duty is not the forces rule: its forecast does not change.
        #expect(training(drawn, 3, in: world).map(\.pSideB) == training(pooled, 3, in: world).map(\.pSideB))
    }

    @Test func bilateralAndMultilateralRatesShrinkTowardThePooledRate() throws {
        // Bilateral P (Borduria, Carpania) and multilateral M (Borduria, Dalmia, Grand Fenwick), both automatic.
        // Carpania: honoured in MID 1, not in MID 2; Dalmia (joined A, not B) and Grand Fenwick never honour.
        // Pooled automatic 1 of 6: mean (1 + 1) / (6 + 2) = 0.25. Bilateral 1 of 2: (1 + 2.5) / 12 = 7/24;
        // multilateral 0 of 4: (0 + 2.5) / 14 = 5/28.
        let world = W.world([
            W.pact("P", [2, 3], inForce: "1900-01-01", terminated: "1940-12-31"),
            W.pact("M", [2, 4, 7], inForce: "1900-01-01", terminated: "1940-12-31"),
        ])
        let r = try report(world, model: .treaty)
        #expect(r.fit.bilateral.automatic == .init(cases: 2, honoured: 1))
        #expect(r.fit.multilateral.automatic == .init(cases: 4, honoured: 0))
        #expect(r.fit.automatic == .init(cases: 6, honoured: 1))
        let priors = r.fit.priors(.treaty)
        #expect(abs((priors.bilateral?.automatic.mean ?? 0) - 7.0 / 24) < 1e-12)
        #expect(priors.bilateral?.automatic.concentration == 12)
        #expect(abs((priors.multilateral?.automatic.mean ?? 0) - 5.0 / 28) < 1e-12)
        #expect(priors.multilateral?.automatic.concentration == 14)
        // No discretionary case: both classes keep the pooled (1 + 0) / (0 + 2) = 0.5.
        #expect(priors.multilateral?.discretionary.mean == 0.5)
        // The Monte Carlo follows: Carpania (bilateral) joins more often than Grand Fenwick (multilateral).
        let carpania = training(r, 3, in: world).map(\.pSideB).reduce(0, +)
        let fenwick = training(r, 7, in: world).map(\.pSideB).reduce(0, +)
        #expect(carpania > fenwick)
    }

    @Test func aTreatysRateIsSharedAmongItsOtherParties() throws {
        // The worlds of the test above. Each duty weighs 1/(n − 1): Carpania's two cases under P (2 parties) 1 each,
        // the four cases of Dalmia and Grand Fenwick under M (3 parties) 1/2 each: exposure 2 + 2 = 4 treaties'
        // worth, 1 honoured. The rate of a treaty: Beta(1 + 1, 4 − 1 + 1), mean 2/6, concentration 6.
        let world = W.world([
            W.pact("P", [2, 3], inForce: "1900-01-01", terminated: "1940-12-31"),
            W.pact("M", [2, 4, 7], inForce: "1900-01-01", terminated: "1940-12-31"),
        ])
        let r = try report(world, model: .collective, relevance: JoinerForecastTests.relevance)
        #expect(r.fit.sharedAutomatic == .init(cases: 6, honoured: 1, exposure: 4))
        #expect(r.fit.sharedDiscretionary == .init(cases: 0, honoured: 0, exposure: 0))
        let priors = r.fit.priors(.collective)
        #expect(abs((priors.shared?.automatic.mean ?? 0) - 1.0 / 3) < 1e-12)
        #expect(priors.shared?.automatic.concentration == 6)
        #expect(priors.bilateral == nil && priors.multilateral == nil && priors.forces != nil)
        #expect(r.context != nil)
        // The other models have no shared rates.
        #expect(r.fit.priors(.treatyContext).shared == nil)
        // Carpania (bilateral P) honours with the whole rate, about 1/3; Grand Fenwick (M, 3 parties) with half
        // of it, about 1/6 (Beta(2, 4) has standard deviation 0.18; 400 runs; the context floor adds at most
        // 5/264 to either). Without the sharing (model pooled+forces: the pooled automatic rate, 1 of 6, mean
        // 2/8) Grand Fenwick gets more.
        let carpania = training(r, 3, in: world).map(\.pSideB)
        let fenwick = training(r, 7, in: world).map(\.pSideB)
        #expect(carpania.count == 2 && fenwick.count == 2)
        for p in carpania { #expect(p > 0.25 && p < 0.42) }
        for p in fenwick { #expect(p > 0.1 && p < 0.23) }
        let unshared = try report(world, model: .pooledForces)
        #expect(training(unshared, 7, in: world).map(\.pSideB).reduce(0, +) > fenwick.reduce(0, +))
    }

    @Test func theContextFloorIsFittedOnTheTrainingEventsTheTreatiesGiveNothing() throws {
        // Dalmia contiguous with Aland (side A), Grand Fenwick a major power. Training events with forecast 0:
        // 2 disputes × 6 states × 2 sides − Carpania's 2 side-B events = 22, one joined (Dalmia, A, MID 1).
        // Cells: Dalmia on A (own contiguous) 1 of 2; Dalmia on B (other contiguous) 0 of 2; Grand Fenwick
        // (major) 0 of 4; the rest 0 of 14. Overall 1/22; floor of a cell (joined + 10/22) / (events + 10).
        let world = JoinerForecastTests.world
        let r = try report(world, model: .treatyContext, relevance: JoinerForecastTests.relevance)
        let floor = try #require(r.context)
        let own = ContextFloor.cell(own: true, other: false, major: false)
        let other = ContextFloor.cell(own: false, other: true, major: false)
        let major = ContextFloor.cell(own: false, other: false, major: true)
        #expect(floor.cells[own] == .init(events: 2, joined: 1))
        #expect(floor.cells[other] == .init(events: 2, joined: 0))
        #expect(floor.cells[major] == .init(events: 4, joined: 0))
        #expect(floor.cells[0] == .init(events: 14, joined: 0))
        #expect(abs(floor.overall - 1.0 / 22) < 1e-12)
        #expect(abs(floor.floor(own) - 4.0 / 33) < 1e-12)
        #expect(abs(floor.floor(0) - 5.0 / 264) < 1e-12)
        // Test MID 4 (1960, no pact in force): Dalmia's forecast on side A is the floor alone, 4/33; on side B
        // (10/22) / 12 = 5/132.
        let dalmia = try #require(
            r.predictions.first { $0.dispute == 4 && $0.state == Fixtures.id(4, in: world) })
        #expect(abs(dalmia.pSideA - 4.0 / 33) < 1e-12)
        #expect(abs(dalmia.pSideB - 5.0 / 132) < 1e-12)
        // Carpania's training forecast on B combines its duty with the floor of its cell: 1 − (1 − p)(1 − q).
        let plain = try report(world, model: .treaty)
        for (a, b) in zip(training(plain, 3, in: world), training(r, 3, in: world)) {
            #expect(abs(b.pSideB - (1 - (1 - a.pSideB) * (1 - floor.floor(0)))) < 1e-12)
        }
    }
}
