import ArgumentParser
import FoedusAPI
import FoedusCore
import FoedusFormats
import Foundation

/// Writes results to stdout and diagnostics to stderr.
enum Output {
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func text(_ s: String) { print(s) }

    static func diagnostic(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

/// Runs a command body; a domain or data error becomes a clear message on stderr (JSON with `--json`)
/// and exit status 1. Usage errors stay with ArgumentParser (status 64).
func runReportingErrors(json: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as FoedusError {
        report(code: error.code.description, message: error.description, problems: nil, json: json)
        throw ExitCode.failure
    } catch let failure as ValidationFailure {
        report(
            code: "invalidData", message: "\(failure.diagnostics.count) problem(s) in the data",
            problems: failure.diagnostics.map(\.description), json: json)
        throw ExitCode.failure
    } catch let d as Diagnostic {
        report(code: "invalidData", message: d.description, problems: nil, json: json)
        throw ExitCode.failure
    }
}

private func report(code: String, message: String, problems: [String]?, json: Bool) {
    if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = ErrorJSON(error: .init(code: code, message: message, problems: problems))
        if let data = try? encoder.encode(body) { Output.diagnostic(String(decoding: data, as: UTF8.self)) }
    } else {
        Output.diagnostic("error: \(message)")
        for p in problems ?? [] { Output.diagnostic(p) }
    }
}

extension Output {
    /// A progress line on a terminal's stderr, rewritten in place; `nil` clears it.
    static func progress(_ line: String?) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
    }
}
