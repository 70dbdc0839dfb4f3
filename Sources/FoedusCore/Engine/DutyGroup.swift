/// The duties one provision creates towards one beneficiary: every obligor that owes it, compiled.
///
/// All obligors of a provision share its conditions, so the engine checks the conditions once per group
/// and then handles the obligors as a bitset: NATO's Article 5 towards Poland is one group of 31 allies,
/// not 31 edges. Strings (article, quote) are looked up only when a result is presented.
struct DutyGroup: Sendable {
    static let uncertainFlag: UInt8 = 1
    static let nonProvocationFlag: UInt8 = 2
    static let attackedOnlyFlag: UInt8 = 4
    static let requestFlag: UInt8 = 8
    static let generalFlag: UInt8 = 16

    var kind: Provision.Kind
    var strength: Provision.Strength?
    /// Flags for the whole group (an `uncertain` condition, a partial date, non-provocation …).
    var flags: UInt8
    /// Index into ``DayIndex/adversarySets``.
    var adversary: UInt16
    /// Index into ``DayIndex/locations``.
    var location: UInt16
    /// Index into ``DayIndex/provisions``.
    var provision: UInt32
    /// The states that owe the duty.
    var obligors: StateSet
    /// Those whose duty the data cannot settle (a political freeze, a membership dated to the month or year).
    var uncertainObligors: StateSet

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
}

/// A provision of a treaty in a ``World``: indices into `treaties` and the treaty's `provisions`.
public struct ProvisionRef: Hashable, Sendable {
    public var treaty: Int
    public var provision: Int
}

/// Groups filed by beneficiary in one flat array (compressed sparse rows).
struct GroupTable: Sendable {
    private(set) var offsets: [Int32]
    private(set) var groups: [DutyGroup]

    init(rows: [[DutyGroup]]) {
        var offsets = [Int32](repeating: 0, count: rows.count + 1)
        var groups: [DutyGroup] = []
        groups.reserveCapacity(rows.reduce(0) { $0 + $1.count })
        for (i, row) in rows.enumerated() {
            offsets[i] = Int32(groups.count)
            groups += row
        }
        offsets[rows.count] = Int32(groups.count)
        self.offsets = offsets
        self.groups = groups
    }

    /// The range of `groups` filed under `beneficiary`.
    @inline(__always) func range(_ beneficiary: StateID) -> Range<Int> {
        let i = Int(beneficiary.index)
        return Int(offsets[i])..<Int(offsets[i + 1])
    }
}

/// Location conditions compiled for one day: which theatres satisfy each.
struct LocationTable: Sendable {
    /// Per location: home territories that satisfy it, and those the text cannot settle.
    var homeYes: [StateSet] = []
    var homeUncertain: [StateSet] = []
    /// Per location, per place (row-major, `placeCount` wide): the answer for a theatre at that place.
    var places: [Truth] = []
    /// As `places`, with each disputed place counted as its claimants' territory (``SovereigntyReading/claimant``).
    var claimantPlaces: [Truth] = []
    /// Per location: whether it asks whose territory the theatre is (`any`, `partyTerritory`), rather than who
    /// administers it or which region it lies in.
    var titleDependent: [Bool] = []
    var placeCount = 0

    @inline(__always) func check(_ location: UInt16, _ theatre: Theatre) -> Truth {
        let l = Int(location)
        switch theatre {
        case .territory(let s): return homeYes[l].contains(s) ? .yes : homeUncertain[l].contains(s) ? .uncertain : .no
        case .place(let p): return p < placeCount ? places[l * placeCount + p] : .no
        }
    }
}
