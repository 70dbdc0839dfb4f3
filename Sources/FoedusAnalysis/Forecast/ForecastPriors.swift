import FoedusCore
import Foundation

/// The honouring priors of the joiner forecasts: Beta distributions per strength, for all treaties (`pooled`)
/// or separately for bilateral and multilateral treaties, and for the "forces attacked" rule.
public struct ForecastPriors: Sendable, Hashable {
    /// The rates of a class of treaties.
    public struct Strengths: Sendable, Hashable {
        public var automatic: HonourPriors.Rate
        public var discretionary: HonourPriors.Rate
        public init(automatic: HonourPriors.Rate, discretionary: HonourPriors.Rate) {
            self.automatic = automatic
            self.discretionary = discretionary
        }
    }

    /// Every treaty's rates (``ForecastModel/pooled``, ``ForecastModel/pooledForces``).
    public var pooled: Strengths
    /// Per class of treaty (``ForecastModel/splitsParties``); `nil`: every treaty takes `pooled`.
    public var bilateral: Strengths?
    public var multilateral: Strengths?
    /// The rate of the forces rule; `nil`: the sender always enters.
    public var forces: HonourPriors.Rate?
    /// The rates of a treaty as a whole, shared among its other parties (``ForecastModel/sharesBurden``); `nil`:
    /// each party has the whole rate.
    public var shared: Strengths?
    /// The standard deviation of a treaty's shared shift, on the logit scale.
    public var treatySpread: Double

    public init(
        pooled: Strengths, bilateral: Strengths?, multilateral: Strengths?, forces: HonourPriors.Rate?,
        shared: Strengths? = nil, treatySpread: Double
    ) {
        self.shared = shared
        self.pooled = pooled
        self.bilateral = bilateral
        self.multilateral = multilateral
        self.forces = forces
        self.treatySpread = treatySpread
    }

    /// Whether a treaty is multilateral: more than two states among its parties (as the honouring test counts).
    static func multilateral(_ world: World) -> [Bool] {
        world.treaties.map { Set($0.parties.map(\.ccode)).count > 2 }
    }

    /// One Monte Carlo run's honouring decisions on `index`'s day. Every rate is drawn in a fixed order whatever
    /// the model, so the models share their random numbers; each treaty's shift comes from its own stream (as
    /// ``ReliabilitySimulation``'s), drawn only for the treaties at `treaties`.
    func draw(
        _ random: inout SeededRandom, index: DayIndex, treaties: [Int], multilateral isMultilateral: [Bool]
    ) -> HonourDraw {
        let steps = HonourDrawSteps(&random, automatic: pooled.automatic, discretionary: pooled.discretionary)
        // The rates of the classes and of the forces rule come from a stream of their own (a Beta draw takes a
        // varying number of random numbers), so `pooled` draws exactly what ``ReliabilitySimulation`` draws and
        // the models share every other random number.
        var own = SeededRandom(seed: steps.runSeed, stream: fnv1a("forecast classes and forces"))
        func draw(_ rate: HonourPriors.Rate) -> Float { HonourDrawSteps.logit(own.beta(rate.alpha, rate.beta)) }
        let bilateralRates = (draw((bilateral ?? pooled).automatic), draw((bilateral ?? pooled).discretionary))
        let multilateralRates = (
            draw((multilateral ?? pooled).automatic), draw((multilateral ?? pooled).discretionary)
        )
        let forces = draw(forces ?? pooled.automatic)
        let all = index.world.treaties
        let shift = steps.treatyShifts(treaties, of: all, spread: treatySpread)
        var rates: (automatic: [Float], discretionary: [Float])?
        if let shared {
            // Drawn last from the own stream, so the other models' numbers do not move.
            let unit = (draw(shared.automatic), draw(shared.discretionary))
            var automatic = [Float](repeating: steps.automatic, count: all.count)
            var discretionary = [Float](repeating: steps.discretionary, count: all.count)
            for t in treaties {
                let others = max(1, index.treatyParties[t].count - 1)
                automatic[t] = Self.share(unit.0, shift: shift[t], among: others)
                discretionary[t] = Self.share(unit.1, shift: shift[t], among: others)
            }
            rates = (automatic, discretionary)
        } else if bilateral != nil && multilateral != nil {
            var automatic = [Float](repeating: steps.automatic, count: all.count)
            var discretionary = [Float](repeating: steps.discretionary, count: all.count)
            for t in treaties {
                let cell = isMultilateral[t] ? multilateralRates : bilateralRates
                automatic[t] = cell.0
                discretionary[t] = cell.1
            }
            rates = (automatic, discretionary)
        }
        return HonourDraw(
            uniforms: HonourDrawSteps.uniforms(&random, states: index.world.states.count), treatyShift: shift,
            logitAutomatic: steps.automatic, logitDiscretionary: steps.discretionary,
            treatyRates: rates, logitForces: self.forces == nil ? nil : forces)
    }

    /// The logit, before the treaty's `shift`, of 1/`others` of the treaty's rate `logit(unit) + shift`: what
    /// ``HonourDraw`` needs so that each party honours with that share.
    static func share(_ unit: Float, shift: Float, among others: Int) -> Float {
        guard others > 1 else { return unit }
        let whole = 1 / (1 + exp(-Double(unit + shift)))
        return HonourDrawSteps.logit(whole / Double(others)) - shift
    }
}
