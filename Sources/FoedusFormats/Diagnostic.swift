/// A problem found in a data file, printed as `file:line: field: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int?
    public var field: String
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        "\(file)" + (line.map { ":\($0)" } ?? "") + ": " + (field.isEmpty ? "" : "\(field): ") + message
    }
}

/// Every problem found while loading, so a user fixes them all in one pass.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
