import FoedusCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The steps every honouring draw shares (``ReliabilitySimulation``'s and ``ForecastPriors``'s), in the order
/// they take random numbers from the run's stream: the automatic and the discretionary rate, the run's seed, and,
/// last (``uniforms(_:states:)``), one uniform per state and side. Each treaty's shift comes from its own stream
/// of the run's seed, keyed by the treaty's id, so that two worlds that differ by a treaty (an audit) share every
/// other treaty's draw (common random numbers), and a draw limited to some treaties gives them the shifts of a
/// draw of all.
struct HonourDrawSteps {
    /// The logits of the run's automatic and discretionary rates.
    var automatic: Float
    var discretionary: Float
    /// The seed of the run's own streams (each treaty's shift; the forecast's class and forces rates).
    var runSeed: UInt64

    /// Draws the two rates from their Beta priors, then the run's seed.
    init(_ random: inout SeededRandom, automatic a: HonourPriors.Rate, discretionary d: HonourPriors.Rate) {
        automatic = Self.logit(random.beta(a.alpha, a.beta))
        discretionary = Self.logit(random.beta(d.alpha, d.beta))
        runSeed = random.next()
    }

    /// The logit of a probability kept within [10⁻⁶, 1 − 10⁻⁶].
    static func logit(_ p: Double) -> Float {
        let q = min(max(p, 1e-6), 1 - 1e-6)
        return Float(log(q / (1 - q)))
    }

    /// The shared shift (normal, standard deviation `spread`, on the logit scale) of each treaty at `treaties`
    /// (indices in `all`); the others stay 0.
    func treatyShifts(_ treaties: some Sequence<Int>, of all: [Treaty], spread: Double) -> [Float] {
        var shift = [Float](repeating: 0, count: all.count)
        for t in treaties {
            var own = SeededRandom(seed: runSeed, stream: fnv1a(all[t].id))
            shift[t] = Float(own.normal() * spread)
        }
        return shift
    }

    /// Two uniforms per state (one per side), the last numbers a run takes from its stream.
    static func uniforms(_ random: inout SeededRandom, states: Int) -> [Float] {
        var uniforms = [Float](repeating: 0, count: states * 2)
        for i in uniforms.indices { uniforms[i] = Float(random.uniform()) }
        return uniforms
    }
}
