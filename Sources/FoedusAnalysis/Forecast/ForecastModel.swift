/// The steps of the joiner-forecast model (`foedus backtest --disputes … --model`), each adding one thing to the
/// one before, so that every step can be scored on its own (the ablation in docs/backtest.md).
public enum ForecastModel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Honouring rates per strength only; the "forces attacked" rule always brings the sender in.
    case pooled
    /// `pooled`, with the forces rule drawn at its own fitted rate.
    case pooledForces = "pooled+forces"
    /// `pooled+forces`, with the rates per strength split into bilateral and multilateral treaties.
    case treaty
    /// `treaty`, with a non-treaty context floor (contiguity with an originator, major-power status).
    case treatyContext = "treaty+context"
    /// `pooled+forces` and the context floor, with each treaty's rate shared among its other parties: the rate is
    /// fitted per treaty that arose, and a party of a treaty with *n* parties that day honours with 1/(*n* − 1) of
    /// it (collective action in alliances, Olson & Zeckhauser 1966). It replaces `treaty`'s bilateral/multilateral
    /// classes (a bilateral treaty keeps its whole rate).
    case collective

    /// The default of the CLI, the API and ``JoinerForecast/Options`` (docs/backtest.md says why).
    public static let defaultModel = ForecastModel.collective

    /// Whether the forces rule is drawn at its own rate.
    public var drawsForces: Bool { self != .pooled }
    /// Whether the honouring rates differ between bilateral and multilateral treaties.
    public var splitsParties: Bool { self == .treaty || self == .treatyContext }
    /// Whether a treaty's rate is shared among its other parties.
    public var sharesBurden: Bool { self == .collective }
    /// Whether the context floor is added.
    public var hasContext: Bool { self == .treatyContext || self == .collective }
}
