public import FoedusCore

/// Each state's share of world material capabilities by year (COW National Material Capabilities CINC,
/// or a user's table).
///
/// Values are kept with their source text too, so exports print exactly what the source says.
public struct Capabilities: Sendable {
    public let firstYear: Int
    public let lastYear: Int
    private let stateCount: Int
    private var values: [Double]
    private var texts: [String?]

    /// An empty table for `states` over `firstYear...lastYear`.
    public init(stateCount: Int, firstYear: Int, lastYear: Int) {
        precondition(lastYear >= firstYear)
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.stateCount = stateCount
        let size = stateCount * (lastYear - firstYear + 1)
        values = Array(repeating: .nan, count: size)
        texts = Array(repeating: nil, count: size)
    }

    private func slot(_ state: StateID, _ year: Int) -> Int? {
        guard year >= firstYear, year <= lastYear, Int(state.index) < stateCount else { return nil }
        return Int(state.index) * (lastYear - firstYear + 1) + (year - firstYear)
    }

    /// Sets a value; `text` is the source's spelling (`.039697491`), printed as a number (`0.039697491`).
    public mutating func set(_ state: StateID, year: Int, value: Double, text: String) {
        guard let i = slot(state, year) else { return }
        values[i] = value
        texts[i] = text.hasPrefix(".") ? "0" + text : text
    }

    /// The value, or `nil` outside the table's coverage.
    public func value(_ state: StateID, year: Int) -> Double? {
        guard let i = slot(state, year), !values[i].isNaN else { return nil }
        return values[i]
    }

    /// The value as the source writes it (with a leading zero), or `nil` outside coverage.
    public func text(_ state: StateID, year: Int) -> String? {
        guard let i = slot(state, year) else { return nil }
        return texts[i]
    }

    /// The number of state-years with a value.
    public var count: Int { values.reduce(0) { $1.isNaN ? $0 : $0 + 1 } }
}
