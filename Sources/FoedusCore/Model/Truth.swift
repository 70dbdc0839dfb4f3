/// A three-valued answer: data coded to the month or the year cannot always settle a day.
public enum Truth: Hashable, Sendable {
    case no, uncertain, yes

    /// Whether `day` lies in the inclusive period from `start` to `end` (`nil` = open).
    public static func within(_ day: Day, start: PartialDate, end: PartialDate?) -> Truth {
        if day < start.first { return .no }
        if let end, day > end.last { return .no }
        if day <= start.last && start.precision != .day { return .uncertain }
        if let end, day >= end.first && end.precision != .day { return .uncertain }
        return .yes
    }

    /// Both must hold.
    public func and(_ other: Truth) -> Truth {
        if self == .no || other == .no { return .no }
        if self == .uncertain || other == .uncertain { return .uncertain }
        return .yes
    }
}
