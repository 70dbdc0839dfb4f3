import FoedusCore

/// The honouring priors of the joiner forecasts, estimated on the training disputes only.
///
/// On each training dispute's first day the engine is run with every duty honoured (``Evaluator/evaluate(_:)``
/// under the forecast's policy and threshold). Each state it brings in by a duty is one case of a duty that
/// arose; the duty was honoured when the state joined the dispute on that side. Each state it brings in because
/// its stationed forces were attacked is one case of the forces rule, counted the same way.
///
/// - Per strength (automatic; discretionary, which includes every ATOP duty), the pooled rate is the Beta
///   posterior of a uniform prior: mean (honoured + 1) / (cases + 2), concentration cases + 2.
/// - Per class of treaty (bilateral: at most two distinct parties; multilateral) and strength, the rate is the
///   Beta posterior whose prior is the pooled rate of the strength with weight ``shrinkage``: mean
///   (honoured + k · pooled) / (cases + k), concentration cases + k. A class with few cases stays near the
///   pooled rate.
/// - The forces rule: the same, with the pooled automatic rate as its prior (a tripwire is an automatic
///   commitment); with no training case its rate is the automatic rate.
///
/// The same rates serve both eras (the post-1945 rates of the literature are measured on years the test
/// covers, so they are not used); the treaty spread keeps the literature's assumption
/// (``HonourPriors/literature``), fitted on nothing.
public struct HonourPriorFit: Sendable, Hashable {
    /// The weight, in cases, of a class's prior (the pooled rate of its strength).
    public static let shrinkage = 10.0

    /// Duties that arose in the training disputes and how many were honoured.
    public struct Count: Sendable, Hashable {
        public var cases: Int
        public var honoured: Int
        public init(cases: Int, honoured: Int) {
            self.cases = cases
            self.honoured = honoured
        }
        /// The posterior of a uniform prior.
        public var rate: HonourPriors.Rate {
            HonourPriors.Rate(mean: Double(honoured + 1) / Double(cases + 2), concentration: Double(cases + 2))
        }
        /// The posterior of a prior with mean `prior` and weight ``HonourPriorFit/shrinkage``.
        public func rate(shrunkToward prior: Double) -> HonourPriors.Rate {
            let k = HonourPriorFit.shrinkage
            return HonourPriors.Rate(
                mean: (Double(honoured) + k * prior) / (Double(cases) + k), concentration: Double(cases) + k)
        }
        mutating func add(honoured yes: Bool) {
            cases += 1
            if yes { honoured += 1 }
        }
    }

    /// Duties that arose in the training disputes, each weighing 1/(*n* − 1) for a treaty of *n* parties that day
    /// (model ``ForecastModel/collective``): `exposure` is the number of treaties' worth of duties.
    public struct Shared: Sendable, Hashable {
        public var cases: Int
        public var honoured: Int
        public var exposure: Double
        public init(cases: Int, honoured: Int, exposure: Double) {
            self.cases = cases
            self.honoured = honoured
            self.exposure = exposure
        }
        /// The rate of a treaty as a whole: Beta(honoured + 1, exposure − honoured + 1), the uniform-prior
        /// posterior with the weighted duties as trials (an approximation: the exact posterior of honouring with
        /// probability rate/(*n* − 1) is not a Beta). With bilateral treaties only it is ``Count/rate``.
        public var rate: HonourPriors.Rate {
            let alpha = Double(honoured) + 1
            let beta = max(exposure - Double(honoured), 0) + 1
            return HonourPriors.Rate(mean: alpha / (alpha + beta), concentration: alpha + beta)
        }
        mutating func add(honoured yes: Bool, parties: Int) {
            cases += 1
            exposure += 1 / Double(max(1, parties - 1))
            if yes { honoured += 1 }
        }
        static let zero = Shared(cases: 0, honoured: 0, exposure: 0)
    }

    /// The counts of one class of treaty.
    public struct Strengths: Sendable, Hashable {
        public var automatic: Count
        public var discretionary: Count
        public init(automatic: Count, discretionary: Count) {
            self.automatic = automatic
            self.discretionary = discretionary
        }
        static let zero = Strengths(
            automatic: .init(cases: 0, honoured: 0), discretionary: .init(cases: 0, honoured: 0))
    }

    public var bilateral: Strengths
    public var multilateral: Strengths
    /// Per strength, every duty weighted by its treaty's size (``Shared``).
    public var sharedAutomatic = Shared.zero
    public var sharedDiscretionary = Shared.zero
    /// States brought in by the forces rule, and how many joined on that side.
    public var forces: Count
    /// The training disputes run, and the last year of the training period.
    public var disputes: Int
    public var fitUntil: Int

    public init(bilateral: Strengths, multilateral: Strengths, forces: Count, disputes: Int, fitUntil: Int) {
        self.bilateral = bilateral
        self.multilateral = multilateral
        self.forces = forces
        self.disputes = disputes
        self.fitUntil = fitUntil
    }

    /// All treaties, per strength.
    public var automatic: Count {
        Count(
            cases: bilateral.automatic.cases + multilateral.automatic.cases,
            honoured: bilateral.automatic.honoured + multilateral.automatic.honoured)
    }
    public var discretionary: Count {
        Count(
            cases: bilateral.discretionary.cases + multilateral.discretionary.cases,
            honoured: bilateral.discretionary.honoured + multilateral.discretionary.honoured)
    }

    /// The pooled rates as ``HonourPriors`` (both eras).
    public var priors: HonourPriors {
        HonourPriors(
            before1945Automatic: automatic.rate, before1945Discretionary: discretionary.rate,
            since1945Automatic: automatic.rate, since1945Discretionary: discretionary.rate,
            treatySpread: HonourPriors.literature.treatySpread)
    }

    /// The rates of one class, shrunk toward the pooled rates.
    public func rates(_ counts: Strengths) -> ForecastPriors.Strengths {
        ForecastPriors.Strengths(
            automatic: counts.automatic.rate(shrunkToward: automatic.rate.mean),
            discretionary: counts.discretionary.rate(shrunkToward: discretionary.rate.mean))
    }

    /// The forces rule's rate.
    public var forcesRate: HonourPriors.Rate { forces.rate(shrunkToward: automatic.rate.mean) }

    /// The priors of a model step.
    public func priors(_ model: ForecastModel) -> ForecastPriors {
        ForecastPriors(
            pooled: .init(automatic: automatic.rate, discretionary: discretionary.rate),
            bilateral: model.splitsParties ? rates(bilateral) : nil,
            multilateral: model.splitsParties ? rates(multilateral) : nil,
            forces: model.drawsForces ? forcesRate : nil,
            shared: model.sharesBurden
                ? .init(automatic: sharedAutomatic.rate, discretionary: sharedDiscretionary.rate) : nil,
            treatySpread: HonourPriors.literature.treatySpread)
    }
}

extension JoinerForecast {
    /// Fits the honouring priors on the training cases (``Case/training``); no test case is read.
    public func fitPriors() -> HonourPriorFit {
        var fit = HonourPriorFit(
            bilateral: .zero, multilateral: .zero, forces: .init(cases: 0, honoured: 0), disputes: 0,
            fitUntil: options.fittedUntil)
        for (day, indices) in days {
            let training = indices.filter { cases[$0].training }
            guard !training.isEmpty else { continue }
            let index = world.index(on: day)
            var evaluator = Evaluator(index: index)
            for i in training {
                let c = cases[i]
                guard let result = try? evaluator.evaluate(scenario(c)) else { continue }
                fit.disputes += 1
                for entry in result.entries {
                    let honoured =
                        c.joined[entry.state].map { ($0 ? Side.attackers : .defenders) == entry.side } ?? false
                    switch entry.cause {
                    case .obligation(let o):
                        let obligation = result.obligations[o]
                        let treaty = obligation.provision.treaty
                        let automatic = obligation.strength == .automatic
                        let parties = index.treatyParties[treaty].count
                        if automatic {
                            fit.sharedAutomatic.add(honoured: honoured, parties: parties)
                        } else {
                            fit.sharedDiscretionary.add(honoured: honoured, parties: parties)
                        }
                        switch (multilateral[treaty], automatic) {
                        case (false, true): fit.bilateral.automatic.add(honoured: honoured)
                        case (false, false): fit.bilateral.discretionary.add(honoured: honoured)
                        case (true, true): fit.multilateral.automatic.add(honoured: honoured)
                        case (true, false): fit.multilateral.discretionary.add(honoured: honoured)
                        }
                    case .forces: fit.forces.add(honoured: honoured)
                    default: continue
                    }
                }
            }
        }
        return fit
    }
}
