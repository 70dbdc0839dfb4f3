public import FoedusCore

/// Whose security rises or falls when an arrangement changes: every state's defensive capability share and
/// entrapment before and after, under `strict`, `treaty` and `chain`, and the dyadic relative reading; the
/// winners and losers beyond a tolerance; for each loser the attacks that drive the loss; and the verdict on
/// "the security of one state cannot be ensured at the expense of another" under each reading.
public struct IndivisibleSecurityAudit: Sendable {
    /// One reading of "security".
    public struct Reading: Sendable {
        public var name: String
        public var before: [Double?]
        public var after: [Double?]
        /// Per state: after − before, with a 95 % interval when Monte Carlo runs were made.
        public var delta: [Double?]
        public var interval: [(low: Double, high: Double)?]
        public var winners: [StateID]
        public var losers: [StateID]
        /// The principle holds under this reading when no state loses beyond the tolerance.
        public var holds: Bool { losers.isEmpty }
    }

    /// An attack behind a loser's loss or a winner's gain: the share of its defence before and after, and who
    /// changed sides in it.
    public struct Driver: Sendable {
        public var aggressor: StateID
        public var before: Double
        public var after: Double
        public var newAttackers: [StateID]
        public var goneDefenders: [StateID]
        public var newDefenders: [StateID]
        public var goneAttackers: [StateID]
    }

    public var readings: [Reading]
    public var entrapmentBefore: [EscalationPolicy: [Double]]
    public var entrapmentAfter: [EscalationPolicy: [Double]]
    /// Per share reading (`strict`, `treaty`, `chain`), for its largest losers (at most
    /// ``driverLoserLimit``, largest loss first): the three attacks that cost each most, under that policy.
    public var drivers: [String: [(loser: StateID, drivers: [Driver])]]
    /// The same for the largest winners: the three attacks in which each gained most.
    public var gainDrivers: [String: [(winner: StateID, drivers: [Driver])]]
    /// How many losers (and winners) of each reading get their drivers listed.
    public static let driverLoserLimit = 10
    public var tolerance: Double

    /// - Parameters:
    ///   - tolerance: the change in share (0.005 = half an index point) below which a state is neither winner nor loser.
    ///   - runs: Monte Carlo runs (0: every duty honoured), with common random numbers before and after.
    ///   - policies: the share readings to compute (all three by default; the dyadic reading is always made).
    public init(
        before: World, after: World, day: Day, capability: [Double?], relevance: PoliticalRelevance,
        tolerance: Double = 0.005, runs: Int = 0, seed: UInt64 = 1, threads: Int = 1,
        policies: [EscalationPolicy] = EscalationPolicy.allCases
    ) throws {
        self.tolerance = tolerance
        let (ib, ia) = (before.index(on: day), after.index(on: day))
        let sb = SecurityIndex(index: ib, capability: capability, relevance: relevance)
        let sa = SecurityIndex(index: ia, capability: capability, relevance: relevance)
        var readings: [Reading] = []
        var trapBefore: [EscalationPolicy: [Double]] = [:]
        var trapAfter: [EscalationPolicy: [Double]] = [:]
        let n = before.states.count
        for policy in policies {
            if runs > 0 {
                let b = try sb.scoresPerRun(policy: policy, runs: runs, seed: seed, threads: threads)
                let a = try sa.scoresPerRun(policy: policy, runs: runs, seed: seed, threads: threads)
                let mean: ([SecurityIndex.Scores], Int) -> Double? = { all, s in
                    let v = all.compactMap { $0.share[s] }
                    return v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
                }
                var delta: [Double?] = []
                var interval: [(low: Double, high: Double)?] = []
                for s in 0..<n {
                    let diffs = zip(b, a).compactMap { pair -> Double? in
                        guard let x = pair.0.share[s], let y = pair.1.share[s] else { return nil }
                        return y - x
                    }
                    guard !diffs.isEmpty else {
                        delta.append(nil)
                        interval.append(nil)
                        continue
                    }
                    let m = diffs.reduce(0, +) / Double(diffs.count)
                    let sd = (diffs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(max(diffs.count - 1, 1)))
                        .squareRoot()
                    let half = 1.959_964 * sd / Double(diffs.count).squareRoot()
                    delta.append(m)
                    interval.append((m - half, m + half))
                }
                readings.append(
                    Self.reading(
                        policy.rawValue, (0..<n).map { mean(b, $0) }, (0..<n).map { mean(a, $0) }, delta, interval,
                        tolerance))
                trapBefore[policy] = (0..<n).map { s in b.reduce(0) { $0 + $1.entrapment[s] } / Double(b.count) }
                trapAfter[policy] = (0..<n).map { s in a.reduce(0) { $0 + $1.entrapment[s] } / Double(a.count) }
            } else {
                let b = try sb.scores(policy: policy)
                let a = try sa.scores(policy: policy)
                let delta = (0..<n).map { s in b.share[s].flatMap { x in a.share[s].map { $0 - x } } }
                readings.append(
                    Self.reading(policy.rawValue, b.share, a.share, delta, Array(repeating: nil, count: n), tolerance))
                trapBefore[policy] = b.entrapment
                trapAfter[policy] = a.entrapment
            }
        }
        let dyadicBefore = Self.dyadic(ib, capability, relevance)
        let dyadicAfter = Self.dyadic(ia, capability, relevance)
        let delta = (0..<n).map { s in dyadicBefore[s].flatMap { x in dyadicAfter[s].map { $0 - x } } }
        readings.append(
            Self.reading("dyadic", dyadicBefore, dyadicAfter, delta, Array(repeating: nil, count: n), tolerance))
        self.readings = readings
        entrapmentBefore = trapBefore
        entrapmentAfter = trapAfter
        var drivers: [String: [(loser: StateID, drivers: [Driver])]] = [:]
        var gainDrivers: [String: [(winner: StateID, drivers: [Driver])]] = [:]
        for policy in policies {
            guard let r = readings.first(where: { $0.name == policy.rawValue }) else { continue }
            if !r.losers.isEmpty {
                let largest = r.losers.sorted { (r.delta[Int($0.index)] ?? 0) < (r.delta[Int($1.index)] ?? 0) }
                drivers[policy.rawValue] = largest.prefix(Self.driverLoserLimit).map {
                    ($0, Self.drivers(of: $0, gains: false, policy: policy, ib, ia, capability, relevance))
                }
            }
            if !r.winners.isEmpty {
                let largest = r.winners.sorted { (r.delta[Int($0.index)] ?? 0) > (r.delta[Int($1.index)] ?? 0) }
                gainDrivers[policy.rawValue] = largest.prefix(Self.driverLoserLimit).map {
                    ($0, Self.drivers(of: $0, gains: true, policy: policy, ib, ia, capability, relevance))
                }
            }
        }
        self.drivers = drivers
        self.gainDrivers = gainDrivers
    }

    static func reading(
        _ name: String, _ before: [Double?], _ after: [Double?], _ delta: [Double?],
        _ interval: [(low: Double, high: Double)?], _ tolerance: Double
    ) -> Reading {
        var winners: [StateID] = []
        var losers: [StateID] = []
        for (s, d) in delta.enumerated() {
            guard let d else { continue }
            // With intervals, a change counts only when the whole interval lies beyond the tolerance.
            let low = interval[s]?.low ?? d
            let high = interval[s]?.high ?? d
            if low > tolerance { winners.append(StateID(s)) }
            if high < -tolerance { losers.append(StateID(s)) }
        }
        return Reading(
            name: name, before: before, after: after, delta: delta, interval: interval, winners: winners, losers: losers
        )
    }

    /// The dyadic relative reading: s's side's share in a war with each relevant t, either way round (t attacks s,
    /// s attacks t), weighted by t's capability, under `treaty`. Every alliance lowers its adversaries' score.
    static func dyadic(_ index: DayIndex, _ capability: [Double?], _ relevance: PoliticalRelevance) -> [Double?] {
        let world = index.world
        var evaluator = Evaluator(index: index)
        let alive = Array(index.alive)
        func total(_ set: StateSet) -> Double { set.reduce(0) { $0 + (capability[Int($1.index)] ?? 0) } }
        return (0..<world.states.count).map { i in
            let s = StateID(i)
            guard index.alive.contains(s) else { return nil }
            var sum = 0.0
            var weights = 0.0
            for t in alive where t != s {
                let ct = capability[Int(t.index)] ?? 0
                guard ct > 0, relevance.relevant(world.states[s].ccode, world.states[t].ccode, in: index.day.year)
                else {
                    continue
                }
                var shares: [Double] = []
                if let (a, d) = try? evaluator.sides(
                    Scenario(day: index.day, attacks: [Attack(aggressor: t, victim: s)])),
                    total(a) + total(d) > 0
                {
                    shares.append(total(d) / (total(a) + total(d)))
                }
                if let (a, d) = try? evaluator.sides(
                    Scenario(day: index.day, attacks: [Attack(aggressor: s, victim: t)])),
                    total(a) + total(d) > 0
                {
                    shares.append(total(a) / (total(a) + total(d)))
                }
                guard !shares.isEmpty else { continue }
                sum += ct * shares.reduce(0, +) / Double(shares.count)
                weights += ct
            }
            return weights > 0 ? sum / weights : nil
        }
    }

    /// The three attacks on `s` whose defenders' share fell most (`gains`: rose most), weighted by the
    /// aggressor's capability.
    static func drivers(
        of s: StateID, gains: Bool, policy: EscalationPolicy, _ before: DayIndex, _ after: DayIndex,
        _ capability: [Double?],
        _ relevance: PoliticalRelevance
    ) -> [Driver] {
        var eb = Evaluator(index: before)
        var ea = Evaluator(index: after)
        func total(_ set: StateSet) -> Double { set.reduce(0) { $0 + (capability[Int($1.index)] ?? 0) } }
        var found: [(Double, Driver)] = []
        for x in before.alive where x != s {
            let cx = capability[Int(x.index)] ?? 0
            guard cx > 0,
                relevance.relevant(before.world.states[x].ccode, before.world.states[s].ccode, in: before.day.year),
                let (ab, db) = try? eb.sides(
                    Scenario(day: before.day, attacks: [Attack(aggressor: x, victim: s)], policy: policy)),
                let (aa, da) = try? ea.sides(
                    Scenario(day: after.day, attacks: [Attack(aggressor: x, victim: s)], policy: policy))
            else { continue }
            let shareBefore = total(ab) + total(db) > 0 ? total(db) / (total(ab) + total(db)) : 0
            let shareAfter = total(aa) + total(da) > 0 ? total(da) / (total(aa) + total(da)) : 0
            guard gains ? shareAfter > shareBefore : shareAfter < shareBefore else { continue }
            found.append(
                (
                    cx * abs(shareBefore - shareAfter),
                    Driver(
                        aggressor: x, before: shareBefore, after: shareAfter, newAttackers: Array(aa.subtracting(ab)),
                        goneDefenders: Array(db.subtracting(da)), newDefenders: Array(da.subtracting(db)),
                        goneAttackers: Array(ab.subtracting(aa)))
                ))
        }
        return found.sorted { $0.0 > $1.0 }.prefix(3).map(\.1)
    }
}
