import Dispatch
import FoedusCore
import Synchronization

extension JoinerForecast {
    /// Runs the Monte Carlo on every case and returns one prediction per (dispute, state alive on its first day
    /// and not an originator), in dispute order then state order.
    ///
    /// Per day one ``DayIndex``; per run one draw (``ReliabilitySimulation``'s, seeded by the day and the run),
    /// prepared once (`PreparedDraw`) and shared by every dispute of that day (common random numbers). Days are
    /// shared among the threads, and results are put back in day order, so the result does not depend on the
    /// number of threads. `progress` is called with the number of days done (from any thread).
    public func predict(
        priors: ForecastPriors, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) -> [Prediction] {
        let days = self.days
        let results = Mutex([[Prediction]](repeating: [], count: days.count))
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let threads = max(1, min(options.threads, days.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < days.count else { break }
                let predictions = run(day: days[k].day, cases: days[k].cases, priors: priors)
                results.withLock { $0[k] = predictions }
                let total = done.add(1, ordering: .relaxed).newValue
                progress?(total, days.count)
            }
        }
        let byDispute = results.withLock { $0 }.flatMap { $0 }
        let order = Dictionary(uniqueKeysWithValues: cases.enumerated().map { ($1.dispute, $0) })
        return byDispute.sorted { (order[$0.dispute] ?? 0, $0.state) < (order[$1.dispute] ?? 0, $1.state) }
    }

    /// The draws of one day.
    func run(day: Day, cases indices: [Int], priors: ForecastPriors) -> [Prediction] {
        let index = world.index(on: day)
        let treaties = Self.inForce(index)
        let scenarios = indices.map { scenario(cases[$0]) }
        var evaluator = Evaluator(index: index)
        let stateCount = world.states.count
        var counts = [[Int32]](repeating: [Int32](repeating: 0, count: stateCount * 2), count: scenarios.count)
        // Streams: the day in the high bits, the run in the low 20 (runs ≤ 100,000).
        let dayStream = UInt64(UInt32(bitPattern: day.rawValue)) << 20
        for r in 0..<options.runs {
            var random = SeededRandom(seed: options.seed, stream: dayStream | UInt64(r))
            let draw = PreparedDraw(
                priors.draw(&random, index: index, treaties: treaties, multilateral: multilateral), index: index)
            for (j, scenario) in scenarios.enumerated() {
                guard let sides = try? evaluator.sides(scenario, under: draw) else { continue }
                for s in sides.attackers { counts[j][Int(s.index) * 2] += 1 }
                for s in sides.defenders { counts[j][Int(s.index) * 2 + 1] += 1 }
            }
        }
        let runs = Double(options.runs)
        var predictions: [Prediction] = []
        for (j, i) in indices.enumerated() {
            let c = cases[i]
            let pactA = Self.pactPartners(c.sideA, index: index, treaties: treaties)
            let pactB = Self.pactPartners(c.sideB, index: index, treaties: treaties)
            for state in index.alive.subtracting(c.originators) {
                let k = Int(state.index) * 2
                var prediction = Prediction(
                    dispute: c.dispute, state: state, pSideA: Double(counts[j][k]) / runs,
                    pSideB: Double(counts[j][k + 1]) / runs,
                    joined: c.joined[state].map { $0 ? .attackers : .defenders },
                    pactA: pactA.contains(state), pactB: pactB.contains(state), training: c.training)
                if let relevance {
                    let ccode = world.states[state].ccode
                    let year = day.year
                    let touches: (StateSet) -> Bool = { side in
                        side.contains { relevance.contiguous(ccode, self.world.states[$0].ccode, in: year, maxType: 1) }
                    }
                    prediction.contiguousA = touches(c.sideA)
                    prediction.contiguousB = touches(c.sideB)
                    prediction.major = relevance.isMajorPower(ccode, in: year)
                }
                predictions.append(prediction)
            }
        }
        return predictions
    }
}
