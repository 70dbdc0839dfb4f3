/// One Monte Carlo run's decisions on honouring duties: a uniform draw per state and side (one decision
/// per state and side, not per obligation), a shared shift per treaty (members of one treaty correlate),
/// and the run's honouring rate per strength on the logit scale.
///
/// A state honours a duty under treaty *t* with strength *s* when its draw for the side is below
/// `logistic(rate[s] + shift[t])`; with several duties it enters if any of them is honoured.
public struct HonourDraw: Sendable {
    /// Per state (dense id × 2): the draw for joining the attackers (even) and the defenders (odd).
    public let uniforms: [Float]
    /// Per treaty (index in ``World/treaties``): the shift of its members' honouring, on the logit scale.
    public let treatyShift: [Float]
    public let logitAutomatic: Float
    public let logitDiscretionary: Float
    /// The rate at which a state whose forces are attacked where they are stationed enters, on the logit scale;
    /// `nil`: it always enters (the engine's rule). Decided by the same draw as its duties for that side.
    public let logitForces: Float?
    /// Per treaty × 2 (discretionary, automatic): `logistic(rate + shift)`, computed once per run; one more
    /// pair at the end for treaties beyond `treatyShift` (no shift).
    private let probability: [Float]

    public init(uniforms: [Float], treatyShift: [Float], logitAutomatic: Float, logitDiscretionary: Float) {
        self.init(
            uniforms: uniforms, treatyShift: treatyShift, logitAutomatic: logitAutomatic,
            logitDiscretionary: logitDiscretionary, treatyRates: nil, logitForces: nil)
    }

    /// A draw whose rates may differ by treaty: `treatyRates` gives, per treaty (index in ``World/treaties``),
    /// the rates of its automatic and discretionary duties on the logit scale before the treaty's shift
    /// (treaties beyond it take `logitAutomatic` and `logitDiscretionary`); `logitForces` decides the entry of
    /// states whose forces are attacked (`nil`: they always enter).
    public init(
        uniforms: [Float], treatyShift: [Float], logitAutomatic: Float, logitDiscretionary: Float,
        treatyRates: (automatic: [Float], discretionary: [Float])?, logitForces: Float?
    ) {
        self.uniforms = uniforms
        self.treatyShift = treatyShift
        self.logitAutomatic = logitAutomatic
        self.logitDiscretionary = logitDiscretionary
        self.logitForces = logitForces
        var probability: [Float] = []
        probability.reserveCapacity(treatyShift.count * 2 + 2)
        let automaticRates = treatyRates?.automatic ?? []
        let discretionaryRates = treatyRates?.discretionary ?? []
        for (t, shift) in (treatyShift + [0]).enumerated() {
            let automatic = t < automaticRates.count ? automaticRates[t] : logitAutomatic
            let discretionary = t < discretionaryRates.count ? discretionaryRates[t] : logitDiscretionary
            probability.append(1 / (1 + expf(-(discretionary + shift))))
            probability.append(1 / (1 + expf(-(automatic + shift))))
        }
        self.probability = probability
        forcesProbability = logitForces.map { 1 / (1 + expf(-$0)) }
    }

    private let forcesProbability: Float?

    /// Whether `state`, whose forces stationed with a state of `side` are attacked, enters on that side.
    @inline(__always) func entersWithForces(_ state: StateID, side: Side) -> Bool {
        guard let p = forcesProbability else { return true }
        return uniforms[Int(state.index) * 2 + (side == .attackers ? 0 : 1)] < p
    }

    /// Whether `state` honours a duty of `treaty` with `strength` that would put it on `side`.
    @inline(__always) func honours(_ state: StateID, side: Side, treaty: Int, strength: Provision.Strength?) -> Bool {
        let row = treaty < treatyShift.count ? treaty : treatyShift.count
        let p = probability[row * 2 + (strength == .automatic ? 1 : 0)]
        return uniforms[Int(state.index) * 2 + (side == .attackers ? 0 : 1)] < p
    }
}

@inline(__always) private func expf(_ x: Float) -> Float {
    // exp without Foundation: e^x = 2^(x·log2 e), split into an integer power and a polynomial.
    let y = x * 1.442_695_04
    let n = (y - 0.5).rounded(.up)
    let f = y - n
    let p = 1 + f * (0.693_147_18 + f * (0.240_226_51 + f * (0.055_504_11 + f * (0.009_618_13 + f * 0.001_333_36))))
    guard n > -126 else { return 0 }
    guard n < 127 else { return .infinity }
    return p * Float(sign: .plus, exponent: Int(n), significand: 1)
}
