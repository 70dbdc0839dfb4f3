public import FoedusAnalysis
public import FoedusCore

/// `foedus backtest --disputes … --json` and `GET /v1/backtest/disputes`: the joiner forecasts on militarized
/// disputes (docs/json.md, docs/api.md).
public struct DisputeForecastJSON: Encodable, Hashable, Sendable {
    public struct Prediction: Encodable, Hashable, Sendable {
        public var dispute: Int
        public var ccode: Int
        public var pSideA: Double
        public var pSideB: Double
        /// `"A"`, `"B"`, or absent when the state did not join.
        public var joined: String?
    }

    public struct Bin: Encodable, Hashable, Sendable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var meanForecast: Double?
        public var observed: Double?
        public var low: Double?
        public var high: Double?

        init(_ bin: ForecastScore.Bin) {
            (lower, upper, count) = (bin.lower, bin.upper, bin.count)
            (meanForecast, observed, low, high) = (bin.meanForecast, bin.observed, bin.low, bin.high)
        }
    }

    public struct Summary: Encodable, Hashable, Sendable {
        /// `"training"` (disputes that began in or before `priors.fitUntil`) or `"test"` (after it); `"validation"`
        /// in a validation run (`--validate-from`, the API's `validateFrom`).
        public var period: String
        public var disputes: Int
        /// (dispute, state) predictions; the scores are over 2 n events (joining side A, joining side B).
        public var n: Int
        public var joiners: Int
        public var brier: Double
        public var logLoss: Double
        public var brierSkillVsBaseRate: Double?
        public var brierSkillVsNaive: Double?
        public var baseRateBrier: Double
        public var naiveBrier: Double
        public var reliability: [Bin]

        init(_ period: JoinerForecastReport.Period, name: String) {
            self.period = name
            disputes = period.disputes
            n = period.predictions
            joiners = period.joiners
            brier = period.engine.brier
            logLoss = period.engine.logLoss
            brierSkillVsBaseRate = period.skillVsBaseRate
            brierSkillVsNaive = period.skillVsNaive
            baseRateBrier = period.baseRate.brier
            naiveBrier = period.naive.brier
            reliability = period.engine.reliability.map(Bin.init)
        }
    }

    public struct Priors: Encodable, Hashable, Sendable {
        public struct Rate: Encodable, Hashable, Sendable {
            public var cases: Int
            public var honoured: Int
            public var mean: Double
            public var concentration: Double
        }
        public struct Strengths: Encodable, Hashable, Sendable {
            public var automatic: Rate
            public var discretionary: Rate
        }
        public struct SharedRate: Encodable, Hashable, Sendable {
            public var cases: Int
            public var honoured: Int
            public var exposure: Double
            public var mean: Double
            public var concentration: Double
            init(_ c: HonourPriorFit.Shared) {
                (cases, honoured, exposure) = (c.cases, c.honoured, c.exposure)
                (mean, concentration) = (c.rate.mean, c.rate.concentration)
            }
        }
        public struct SharedStrengths: Encodable, Hashable, Sendable {
            public var automatic: SharedRate
            public var discretionary: SharedRate
        }
        public var fitUntil: Int
        public var trainingDisputes: Int
        /// Per strength, all treaties.
        public var automatic: Rate
        public var discretionary: Rate
        /// Per class of treaty, shrunk toward the pooled rates (models `treaty`, `treaty+context`).
        public var bilateral: Strengths
        public var multilateral: Strengths
        /// The "forces attacked" rule (every model but `pooled`).
        public var forces: Rate
        /// Per strength, the rate of a treaty as a whole, each of its *n* parties honouring 1/(*n* − 1) of it
        /// (model `collective`): the duties that arose, those honoured, and their weight in treaties.
        public var shared: SharedStrengths
        public var shrinkage: Double
        public var treatySpread: Double
    }

    /// One cell of the context floor.
    public struct ContextCell: Encodable, Hashable, Sendable {
        public var contiguousOwn: Bool
        public var contiguousOther: Bool
        public var major: Bool
        public var events: Int
        public var joined: Int
        public var floor: Double
    }

    public struct Baselines: Encodable, Hashable, Sendable {
        public var baseRate: Double
        public var pactRate: Double
        public var noPactRate: Double
    }

    public struct Skip: Encodable, Hashable, Sendable {
        public var dispute: Int
        public var reason: String
    }

    /// Every prediction (the CLI); the API lists them only when asked (`predictions=all|training|test`), and
    /// leaves the member out otherwise.
    public var predictions: [Prediction]?
    /// The test period (disputes that began after `fitUntil`); in a validation run (`--validate-from`, the API's
    /// `validateFrom`), the validation period, named so.
    public var summary: Summary
    public var training: Summary
    public var priors: Priors
    public var baselines: Baselines
    /// The model step (`pooled`, `pooled+forces`, `treaty`, `treaty+context`, `collective`).
    public var model: String
    /// The context floor's cells (models `treaty+context` and `collective` only).
    public var context: [ContextCell]?
    public var runs: Int
    public var seed: UInt64
    public var policy: String
    public var honour: String
    public var skipped: [Skip]
    public var joinersOutside: Int
    /// With `--details` (the API's `details=true`): the scored period's excess squared error over the base rate.
    public var decomposition: Decomposition?

    /// `--details`: ``ForecastDecomposition`` (docs/json.md).
    public struct Decomposition: Encodable, Hashable, Sendable {
        public struct Row: Encodable, Hashable, Sendable {
            /// The reason, or the treaty's id.
            public var key: String
            public var events: Int
            public var joiners: Int
            public var squaredError: Double
            public var baseRateSquaredError: Double
            public var excess: Double
            init(_ key: String, _ row: ForecastDecomposition.Row) {
                (self.key, events, joiners) = (key, row.events, row.joiners)
                (squaredError, baseRateSquaredError, excess) = (row.squaredError, row.baselineSquaredError, row.excess)
            }
        }
        public var period: String
        public var total: Row
        public var byReason: [Row]
        public var byTreaty: [Row]
        public var otherTreaties: Row
        public var otherTreatyCount: Int
    }

    public init(_ report: JoinerForecastReport, world: World) {
        predictions = report.predictions.map {
            Prediction(
                dispute: $0.dispute, ccode: world.states[$0.state].ccode, pSideA: $0.pSideA, pSideB: $0.pSideB,
                joined: $0.joined.map { $0 == .attackers ? "A" : "B" })
        }
        let fitUntil = report.fit.fitUntil
        summary = Summary(report.test, name: report.options.scoredPeriod)
        training = Summary(report.training, name: "training")
        func rate(_ c: HonourPriorFit.Count) -> Priors.Rate {
            Priors.Rate(cases: c.cases, honoured: c.honoured, mean: c.rate.mean, concentration: c.rate.concentration)
        }
        let fit = report.fit
        func shrunk(_ c: HonourPriorFit.Count, _ r: HonourPriors.Rate) -> Priors.Rate {
            Priors.Rate(cases: c.cases, honoured: c.honoured, mean: r.mean, concentration: r.concentration)
        }
        func strengths(_ counts: HonourPriorFit.Strengths) -> Priors.Strengths {
            let rates = fit.rates(counts)
            return Priors.Strengths(
                automatic: shrunk(counts.automatic, rates.automatic),
                discretionary: shrunk(counts.discretionary, rates.discretionary))
        }
        priors = Priors(
            fitUntil: fitUntil, trainingDisputes: fit.disputes, automatic: rate(fit.automatic),
            discretionary: rate(fit.discretionary), bilateral: strengths(fit.bilateral),
            multilateral: strengths(fit.multilateral), forces: shrunk(fit.forces, fit.forcesRate),
            shared: .init(automatic: .init(fit.sharedAutomatic), discretionary: .init(fit.sharedDiscretionary)),
            shrinkage: HonourPriorFit.shrinkage, treatySpread: fit.priors.treatySpread)
        model = report.options.model.rawValue
        context = report.context.map { floor in
            floor.cells.enumerated().map { k, cell in
                ContextCell(
                    contiguousOwn: k & 4 != 0, contiguousOther: k & 2 != 0, major: k & 1 != 0, events: cell.events,
                    joined: cell.joined, floor: floor.floor(k))
            }
        }
        baselines = Baselines(
            baseRate: report.baselines.baseRate, pactRate: report.baselines.pactRate,
            noPactRate: report.baselines.noPactRate)
        runs = report.options.runs
        seed = report.options.seed
        policy = report.options.policy.rawValue
        honour = report.options.honour.rawValue
        skipped = report.skipped.map { Skip(dispute: $0.dispute, reason: $0.reason) }
        joinersOutside = report.joinersOutside
        decomposition = report.decomposition.map { d in
            Decomposition(
                period: report.options.scoredPeriod, total: .init("all", d.total),
                byReason: d.byReason.map { .init($0.reason.rawValue, $0.row) },
                byTreaty: d.byTreaty.map { .init($0.treaty, $0.row) }, otherTreaties: .init("other", d.otherTreaties),
                otherTreatyCount: d.otherTreatyCount)
        }
    }
}
