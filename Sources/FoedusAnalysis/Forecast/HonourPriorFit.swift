public import FoedusCore

/// The honouring priors of the joiner forecasts, estimated on the training disputes only.
///
/// On each training dispute's first day the engine is run with every duty honoured (``Evaluator/evaluate(_:)``
/// under the forecast's policy and threshold). Each state it brings in by a duty is one case of a duty that
/// arose; the duty was honoured when the state joined the dispute on that side. Per strength (automatic;
/// discretionary, which includes every ATOP duty), the honouring rate gets the Beta posterior of a uniform
/// prior: mean (honoured + 1) / (cases + 2), concentration cases + 2. The same rates serve both eras of
/// ``HonourPriors`` (the post-1945 rates of the literature are measured on years the test covers, so they are
/// not used); the treaty spread keeps the literature's assumption (``HonourPriors/literature``), fitted on nothing.
public struct HonourPriorFit: Sendable, Hashable {
    /// Duties that arose in the training disputes and how many were honoured.
    public struct Count: Sendable, Hashable {
        public var cases: Int
        public var honoured: Int
        public init(cases: Int, honoured: Int) {
            self.cases = cases
            self.honoured = honoured
        }
        public var rate: HonourPriors.Rate {
            HonourPriors.Rate(mean: Double(honoured + 1) / Double(cases + 2), concentration: Double(cases + 2))
        }
    }

    public var automatic: Count
    public var discretionary: Count
    /// The training disputes run, and the last year of the training period.
    public var disputes: Int
    public var fitUntil: Int

    public var priors: HonourPriors {
        HonourPriors(
            before1945Automatic: automatic.rate, before1945Discretionary: discretionary.rate,
            since1945Automatic: automatic.rate, since1945Discretionary: discretionary.rate,
            treatySpread: HonourPriors.literature.treatySpread)
    }
}

extension JoinerForecast {
    /// Fits the honouring priors on the training cases (``Case/training``); no test case is read.
    public func fitPriors() -> HonourPriorFit {
        var fit = HonourPriorFit(
            automatic: .init(cases: 0, honoured: 0), discretionary: .init(cases: 0, honoured: 0), disputes: 0,
            fitUntil: options.fitUntil)
        for (day, indices) in days {
            let training = indices.filter { cases[$0].training }
            guard !training.isEmpty else { continue }
            var evaluator = Evaluator(index: world.index(on: day))
            for i in training {
                let c = cases[i]
                guard let result = try? evaluator.evaluate(scenario(c)) else { continue }
                fit.disputes += 1
                for entry in result.entries {
                    guard case .obligation(let o) = entry.cause else { continue }
                    let honoured =
                        c.joined[entry.state].map { ($0 ? Side.attackers : .defenders) == entry.side } ?? false
                    if result.obligations[o].strength == .automatic {
                        fit.automatic.cases += 1
                        if honoured { fit.automatic.honoured += 1 }
                    } else {
                        fit.discretionary.cases += 1
                        if honoured { fit.discretionary.honoured += 1 }
                    }
                }
            }
        }
        return fit
    }
}
