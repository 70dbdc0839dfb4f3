/// An error in the user's input or data: a message a person can act on, and where it happened.
///
/// Codes are extensible (a struct over a private enum), so adding one breaks no caller:
/// `error.code == .unknownState`.
public struct FoedusError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unknownState, ambiguousState, stateNotInSystem, invalidDate, invalidScenario
            case unknownTreaty, unknownPlace, malformed, invalidValue, duplicateID, cannotWrite
        }
        private let base: Base
        public static let unknownState = Code(base: .unknownState)
        public static let ambiguousState = Code(base: .ambiguousState)
        public static let stateNotInSystem = Code(base: .stateNotInSystem)
        public static let invalidDate = Code(base: .invalidDate)
        public static let invalidScenario = Code(base: .invalidScenario)
        public static let unknownTreaty = Code(base: .unknownTreaty)
        public static let unknownPlace = Code(base: .unknownPlace)
        public static let malformed = Code(base: .malformed)
        public static let invalidValue = Code(base: .invalidValue)
        public static let duplicateID = Code(base: .duplicateID)
        /// A file cannot be written without destroying something, or the system refused the write.
        public static let cannotWrite = Code(base: .cannotWrite)
        public var description: String { base.rawValue }
    }

    public var code: Code
    public var message: String
    /// Where: `file:line: field`, or a field name.
    public var location: String?

    public init(_ code: Code, _ message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String { location.map { "\($0): \(message)" } ?? message }
}
