public import FoedusCore

/// The joiner back-test from start to end: priors fitted on the training disputes, the Monte Carlo on every
/// dispute, the baselines fitted on the training predictions, and the scores of each period.
public struct JoinerForecastReport: Sendable {
    /// The scores of one period (training or test).
    public struct Period: Sendable {
        public var disputes: Int
        /// (dispute, state) predictions, and those that joined a side.
        public var predictions: Int
        public var joiners: Int
        /// The engine's, the base rate's and the naive rule's scores over the period's events (two per
        /// prediction: joining side A, joining side B).
        public var engine: ForecastScore
        public var baseRate: ForecastScore
        public var naive: ForecastScore
        /// The disputes that add most to the engine's squared error, largest first (at most ten).
        public var largestErrors: [(dispute: Int, squaredError: Double)]

        public var skillVsBaseRate: Double? { engine.skill(against: baseRate) }
        public var skillVsNaive: Double? { engine.skill(against: naive) }

        init(_ predictions: [JoinerForecast.Prediction], disputes: Int, baselines: ForecastBaselines) {
            self.disputes = disputes
            self.predictions = predictions.count
            joiners = predictions.filter { $0.joined != nil }.count
            var engine: [(p: Double, happened: Bool)] = []
            var base: [(p: Double, happened: Bool)] = []
            var naive: [(p: Double, happened: Bool)] = []
            var errors: [Int: Double] = [:]
            for p in predictions {
                for (side, forecast) in [(Side.attackers, p.pSideA), (.defenders, p.pSideB)] {
                    let happened = p.joined == side
                    engine.append((forecast, happened))
                    base.append((baselines.baseRate, happened))
                    naive.append((baselines.naive(p, side: side), happened))
                    let y = happened ? 1.0 : 0.0
                    errors[p.dispute, default: 0] += (forecast - y) * (forecast - y)
                }
            }
            self.engine = ForecastScore(engine)
            self.baseRate = ForecastScore(base)
            self.naive = ForecastScore(naive)
            largestErrors = errors.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10).map {
                (dispute: $0.key, squaredError: $0.value)
            }
        }
    }

    public var options: JoinerForecast.Options
    public var fit: HonourPriorFit
    /// The context floor (model `treaty+context`), fitted on the training predictions.
    public var context: ContextFloor?
    public var baselines: ForecastBaselines
    public var training: Period
    /// The period scored out of sample: the test period, or in a validation run
    /// (``JoinerForecast/Options/validateFrom``) the validation period (``JoinerForecast/Options/scoredPeriod``).
    public var test: Period
    public var predictions: [JoinerForecast.Prediction]
    public var skipped: [JoinerForecast.Skip]
    /// Joiners not in the COW state list on their dispute's first day (not forecast).
    public var joinersOutside: Int
    /// The cases run, by dispute number.
    public var cases: [Int: JoinerForecast.Case]
    /// With `details`: the scored period's excess squared error over the base rate, by reason and treaty.
    public var decomposition: ForecastDecomposition?

    /// Runs everything; `progress` gets the number of days done and the total (from any thread). `relevance`
    /// (contiguity, major powers) serves the context floor; without it every state counts as neither contiguous
    /// nor a major power. `details` adds the ``decomposition`` of the scored period.
    public init(
        world: World, disputes: [MilitarizedDispute], options: JoinerForecast.Options,
        relevance: PoliticalRelevance? = nil, details: Bool = false,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) {
        let forecast = JoinerForecast(world: world, disputes: disputes, options: options, relevance: relevance)
        self.options = options
        fit = forecast.fitPriors()
        var predictions = forecast.predict(priors: fit.priors(options.model), progress: progress)
        if options.model.hasContext {
            let floor = ContextFloor(fittedOn: predictions)
            for i in predictions.indices {
                predictions[i].pSideA = floor.combine(
                    predictions[i].pSideA, cell: predictions[i].contextCell(.attackers))
                predictions[i].pSideB = floor.combine(
                    predictions[i].pSideB, cell: predictions[i].contextCell(.defenders))
            }
            context = floor
        }
        self.predictions = predictions
        baselines = ForecastBaselines(fittedOn: predictions)
        let trainingCases = forecast.cases.filter(\.training).count
        training = Period(
            predictions.filter(\.training), disputes: trainingCases, baselines: baselines)
        test = Period(
            predictions.filter { !$0.training }, disputes: forecast.cases.count - trainingCases, baselines: baselines)
        skipped = forecast.skipped
        joinersOutside = forecast.cases.reduce(0) { $0 + $1.joinersOutside }
        cases = Dictionary(uniqueKeysWithValues: forecast.cases.map { ($0.dispute, $0) })
        if details {
            decomposition = ForecastDecomposition(
                predictions, baseRate: baselines.baseRate, reasons: forecast.reasons())
        }
    }
}
