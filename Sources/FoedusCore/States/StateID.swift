/// A dense index of a state in a ``StateTable``: 0 ..< `StateTable.count`.
///
/// The engine works on dense ids so that sets of states are bitsets (``StateSet``) and tables are
/// arrays. The public identity of a state is its COW number, ``State/ccode``.
public struct StateID: Hashable, Comparable, Sendable {
    public var index: UInt16
    public init(_ index: Int) { self.index = UInt16(index) }
    public static func < (lhs: StateID, rhs: StateID) -> Bool { lhs.index < rhs.index }
}
