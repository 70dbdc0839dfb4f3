public import FoedusAnalysis
public import FoedusCore

/// One back-test summary in `foedus backtest --json` and `GET /v1/backtest` (docs/backtest.md).
public struct BacktestJSON: Encodable, Hashable, Sendable {
    public struct War: Encodable, Hashable, Sendable {
        public var id: Int
        public var name: String
        public var day: String
        public var hits: [StateJSON]
        public var falseAlarms: [StateJSON]
        public var misses: [StateJSON]
        public var skipped: String?
    }
    public var policy: String
    public var honour: String
    public var wars: Int
    public var skipped: Int
    public var predicted: Int
    public var joiners: Int
    public var hits: Int
    public var precision: Double?
    public var recall: Double?
    public var details: [War]?

    public init(_ s: Backtest.Summary, world: World, details: Bool) {
        policy = s.policy.rawValue
        honour = s.honour.rawValue
        wars = s.wars.count
        skipped = s.skipped
        predicted = s.predicted
        joiners = s.joiners
        hits = s.hits
        precision = s.precision
        recall = s.recall
        self.details =
            details
            ? s.wars.map { w in
                War(
                    id: w.war.id, name: w.war.name, day: w.day.description, hits: w.hits.map { StateJSON($0, world) },
                    falseAlarms: w.falseAlarms.map { StateJSON($0, world) },
                    misses: w.misses.map { StateJSON($0, world) },
                    skipped: w.skipped)
            } : nil
    }
}
