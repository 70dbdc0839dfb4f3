/// One compiled duty: `obligor` owes a provision's duty to the beneficiary the edge is filed under.
///
/// 16 bytes, stored contiguously per beneficiary in ``DayIndex``; the provision's text is looked up
/// only when an explanation is built.
struct DutyEdge: Sendable {
    static let uncertainFlag: UInt8 = 1
    static let nonProvocationFlag: UInt8 = 2
    static let attackedOnlyFlag: UInt8 = 4
    static let requestFlag: UInt8 = 8
    static let generalFlag: UInt8 = 16

    var obligor: StateID
    var kind: Provision.Kind
    var strength: Provision.Strength?
    var flags: UInt8
    /// Index into ``DayIndex/adversarySets``.
    var adversary: UInt16
    /// Index into ``DayIndex/locations``.
    var location: UInt16
    /// Index into ``DayIndex/provisions``.
    var provision: UInt32

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
}

/// A provision of a treaty in a ``World``: indices into `treaties` and the treaty's `provisions`.
public struct ProvisionRef: Hashable, Sendable {
    public var treaty: Int
    public var provision: Int
}

/// A location condition compiled for one day: which theatres satisfy it.
struct CompiledLocation: Sendable {
    var homeYes: StateSet
    var homeUncertain: StateSet
    /// Per place index: the answer for a theatre at that place.
    var places: [Truth]

    func check(_ theatre: Theatre) -> Truth {
        switch theatre {
        case .territory(let s): homeYes.contains(s) ? .yes : homeUncertain.contains(s) ? .uncertain : .no
        case .place(let p): p < places.count ? places[p] : .no
        }
    }
}
