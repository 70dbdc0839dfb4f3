/// How obligations cascade once states enter the war.
public enum EscalationPolicy: String, Hashable, Sendable, CaseIterable {
    /// Only the scenario's own attacks trigger duties.
    case strict
    /// A state entering on the attacking side attacks the defenders; entering in defence makes no one a victim.
    case treaty
    /// Any state entering against X is deemed to attack X: mechanical entanglement.
    case chain
}

/// The weakest strength that leads a state to enter.
public enum HonourThreshold: String, Hashable, Sendable, CaseIterable {
    /// Only `automatic` duties.
    case automatic
    /// `discretionary` and `automatic` duties (the default).
    case discretionary

    func admits(_ strength: Provision.Strength) -> Bool {
        self == .discretionary || strength == .automatic
    }
}
