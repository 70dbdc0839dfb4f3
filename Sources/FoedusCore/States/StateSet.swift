/// A set of states as a 256-bit inline bitset: no heap, union and membership in a few instructions.
///
/// The COW system has listed 217 states since 1816, so 256 bits hold every ``StateID``.
public struct StateSet: Hashable, Sendable, Sequence {
    public static let capacity = 256
    @usableFromInline var w0: UInt64 = 0
    @usableFromInline var w1: UInt64 = 0
    @usableFromInline var w2: UInt64 = 0
    @usableFromInline var w3: UInt64 = 0

    public init() {}

    public init(_ ids: some Sequence<StateID>) {
        for id in ids { insert(id) }
    }

    /// Every id below `count`.
    public static func all(count: Int) -> StateSet {
        var set = StateSet()
        for i in 0..<count { set.insert(StateID(i)) }
        return set
    }

    @inlinable public func contains(_ id: StateID) -> Bool {
        let i = Int(id.index)
        let bit = UInt64(1) << UInt64(i & 63)
        switch i >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    @inlinable public mutating func insert(_ id: StateID) {
        let i = Int(id.index)
        let bit = UInt64(1) << UInt64(i & 63)
        switch i >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    @inlinable public mutating func remove(_ id: StateID) {
        let i = Int(id.index)
        let bit = ~(UInt64(1) << UInt64(i & 63))
        switch i >> 6 {
        case 0: w0 &= bit
        case 1: w1 &= bit
        case 2: w2 &= bit
        default: w3 &= bit
        }
    }

    @inlinable public var isEmpty: Bool { (w0 | w1 | w2 | w3) == 0 }
    @inlinable public var count: Int {
        w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount
    }

    @inlinable public func union(_ other: StateSet) -> StateSet {
        var r = self
        r.w0 |= other.w0
        r.w1 |= other.w1
        r.w2 |= other.w2
        r.w3 |= other.w3
        return r
    }

    @inlinable public func intersection(_ other: StateSet) -> StateSet {
        var r = self
        r.w0 &= other.w0
        r.w1 &= other.w1
        r.w2 &= other.w2
        r.w3 &= other.w3
        return r
    }

    @inlinable public func subtracting(_ other: StateSet) -> StateSet {
        var r = self
        r.w0 &= ~other.w0
        r.w1 &= ~other.w1
        r.w2 &= ~other.w2
        r.w3 &= ~other.w3
        return r
    }

    @inlinable public func isDisjoint(with other: StateSet) -> Bool { intersection(other).isEmpty }

    /// The ids in ascending order.
    public func makeIterator() -> Iterator { Iterator(set: self) }

    public struct Iterator: IteratorProtocol {
        var words: (UInt64, UInt64, UInt64, UInt64)
        var word = 0
        init(set: StateSet) { words = (set.w0, set.w1, set.w2, set.w3) }
        public mutating func next() -> StateID? {
            while word < 4 {
                var w: UInt64
                switch word {
                case 0: w = words.0
                case 1: w = words.1
                case 2: w = words.2
                default: w = words.3
                }
                if w != 0 {
                    let bit = w.trailingZeroBitCount
                    w &= w - 1
                    switch word {
                    case 0: words.0 = w
                    case 1: words.1 = w
                    case 2: words.2 = w
                    default: words.3 = w
                    }
                    return StateID(word * 64 + bit)
                }
                word += 1
            }
            return nil
        }
    }
}
