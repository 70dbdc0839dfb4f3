import FoedusCore
import FoedusFormats

/// One report for the errors a user can act on, shared by the CLI (stderr, exit status 1) and the server (a 400 or
/// 422 JSON body): a domain error in a request (``FoedusError``) or problems in data files (``ValidationFailure``,
/// ``Diagnostic``). Other errors are each door's own (usage errors, HTTP and store errors) or internal.
public struct ErrorReport: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Something in the request: a date, a state, a value (HTTP 400).
        case request
        /// Problems in a data file, each with file, line and field (HTTP 422).
        case data
    }

    public var kind: Kind
    /// The stable code (`unknownState`, `invalidData` …; docs/json.md).
    public var code: String
    public var message: String
    /// One line per problem, for data errors.
    public var problems: [String]?

    /// The report for `error`, or `nil` when it is not a user's error.
    public init?(_ error: any Error) {
        switch error {
        case let error as FoedusError:
            self.init(kind: .request, code: error.code.description, message: error.description, problems: nil)
        case let failure as ValidationFailure:
            self.init(
                kind: .data, code: "invalidData", message: "\(failure.diagnostics.count) problem(s) in the data",
                problems: failure.diagnostics.map(\.description))
        case let diagnostic as Diagnostic:
            self.init(kind: .data, code: "invalidData", message: diagnostic.description, problems: nil)
        default:
            return nil
        }
    }

    public init(kind: Kind, code: String, message: String, problems: [String]?) {
        self.kind = kind
        self.code = code
        self.message = message
        self.problems = problems
    }

    /// The contract's error body (docs/json.md), with the request's id on the server.
    public func json(requestId: String? = nil) -> ErrorJSON {
        ErrorJSON(error: .init(code: code, message: message, problems: problems, requestId: requestId))
    }

    /// The lines a terminal shows: `error: …`, then each problem.
    public var lines: [String] { ["error: \(message)"] + (problems ?? []) }
}
