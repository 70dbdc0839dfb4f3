public import FoedusCore

/// The periods the honouring back-test reports separately (issue #14 §1).
public enum HonouringEra: String, Hashable, Sendable, CaseIterable {
    case before1914 = "1816–1913"
    case worldWars = "1914–1945"
    case after1945 = "1946–"

    public init(_ day: Day) {
        switch day.year {
        case ..<1914: self = .before1914
        case ...1945: self = .worldWars
        default: self = .after1945
        }
    }
}
