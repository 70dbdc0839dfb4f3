import FoedusAnalysis
import Testing

/// ``ForecastDecomposition`` on seven events worked out by hand (every number a short binary fraction, so the
/// sums are exact). Base rate 0.25 for every event; excess = (p − y)² − (0.25 − y)².
@Suite struct ForecastDecompositionTests {
    typealias E = ForecastDecomposition.Event

    static let events: [E] = [
        // (0.5 − 1)² − (0.25 − 1)² = 0.25 − 0.5625 = −0.3125
        E(forecast: 0.5, baseline: 0.25, happened: true, reason: .defence, treaty: "T1"),
        // 0.25 − 0.0625 = +0.1875
        E(forecast: 0.5, baseline: 0.25, happened: false, reason: .defence, treaty: "T1"),
        // 0.5625 − 0.0625 = +0.5
        E(forecast: 0.75, baseline: 0.25, happened: false, reason: .defence, treaty: "T2"),
        // 1 − 0.0625 = +0.9375
        E(forecast: 1, baseline: 0.25, happened: false, reason: .forces),
        // (0.125 − 1)² − 0.5625 = 0.765625 − 0.5625 = +0.203125
        E(forecast: 0.125, baseline: 0.25, happened: true, reason: .contextFloor),
        // 0 − 0.0625 = −0.0625
        E(forecast: 0, baseline: 0.25, happened: false, reason: .none),
        // 0.0625 − 0.0625 = 0
        E(forecast: 0.25, baseline: 0.25, happened: false, reason: .offence, treaty: "T3"),
    ]

    typealias Row = ForecastDecomposition.Row

    @Test func theTotalIsTheSumOfTheEvents() {
        let d = ForecastDecomposition(Self.events)
        // Model 0.25 + 0.25 + 0.5625 + 1 + 0.765625 + 0 + 0.0625; base rate 2 × 0.5625 + 5 × 0.0625.
        #expect(d.total == Row(events: 7, joiners: 2, squaredError: 2.890625, baselineSquaredError: 1.4375))
        #expect(d.total.excess == 1.453125)
    }

    @Test func byReasonInTheOrderOfTheReasons() {
        let d = ForecastDecomposition(Self.events)
        #expect(d.byReason.map(\.reason) == [.defence, .offence, .forces, .contextFloor, .none])
        #expect(
            d.byReason.map(\.row) == [
                Row(events: 3, joiners: 1, squaredError: 1.0625, baselineSquaredError: 0.6875),
                Row(events: 1, joiners: 0, squaredError: 0.0625, baselineSquaredError: 0.0625),
                Row(events: 1, joiners: 0, squaredError: 1, baselineSquaredError: 0.0625),
                Row(events: 1, joiners: 1, squaredError: 0.765625, baselineSquaredError: 0.5625),
                Row(events: 1, joiners: 0, squaredError: 0, baselineSquaredError: 0.0625),
            ])
        #expect(d.byReason.map(\.row.excess) == [0.375, 0, 0.9375, 0.203125, -0.0625])
        #expect(d.byReason.map(\.row.excess).reduce(0, +) == d.total.excess)
    }

    @Test func byTreatyLargestExcessFirstAndTheRestTogether() {
        let all = ForecastDecomposition(Self.events)
        // T2 +0.5, T3 0, T1 −0.3125 + 0.1875 = −0.125.
        #expect(all.byTreaty.map(\.treaty) == ["T2", "T3", "T1"])
        #expect(all.byTreaty.map(\.row.excess) == [0.5, 0, -0.125])
        #expect(all.otherTreatyCount == 0 && all.otherTreaties == Row())
        let top2 = ForecastDecomposition(Self.events, top: 2)
        #expect(top2.byTreaty.map(\.treaty) == ["T2", "T3"])
        #expect(top2.otherTreatyCount == 1)
        #expect(top2.otherTreaties == Row(events: 2, joiners: 1, squaredError: 0.5, baselineSquaredError: 0.625))
    }

    @Test func equalExcessesAreOrderedById() {
        let tie = [
            E(forecast: 0.5, baseline: 0.25, happened: false, reason: .defence, treaty: "B"),
            E(forecast: 0.5, baseline: 0.25, happened: false, reason: .offence, treaty: "A"),
        ]
        #expect(ForecastDecomposition(tie).byTreaty.map(\.treaty) == ["A", "B"])
        #expect(ForecastDecomposition([]).byReason.isEmpty && ForecastDecomposition([]).total == Row())
    }
}
