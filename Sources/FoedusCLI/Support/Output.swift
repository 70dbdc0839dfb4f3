import ArgumentParser
import FoedusApp
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

    /// A line of results; on a terminal, control characters in it (from a name in a user's file, say) are shown
    /// escaped, never sent raw.
    static func text(_ s: String) { print(stdoutIsTerminal ? escapingControls(s) : s) }

    private static let stdoutIsTerminal = isatty(STDOUT_FILENO) != 0

    /// A message on stderr, control characters always escaped: messages quote what the user typed.
    static func diagnostic(_ s: String) {
        FileHandle.standardError.write(Data((escapingControls(s) + "\n").utf8))
    }

    /// `s` with every control character but newline and tab written as `\u{1B}`, so that a hostile name cannot
    /// move the cursor, clear the screen or retitle the terminal.
    static func escapingControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}

/// Runs a command body; a domain or data error becomes a clear message on stderr (JSON with `--json`)
/// and exit status 1. Usage errors stay with ArgumentParser (status 64).
func runReportingErrors(json: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        guard let report = ErrorReport(error) else { throw error }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            if let data = try? encoder.encode(report.json()) {
                Output.diagnostic(String(decoding: data, as: UTF8.self))
            }
        } else {
            for line in report.lines { Output.diagnostic(line) }
        }
        throw ExitCode.failure
    }
}

extension Output {
    /// A progress line on a terminal's stderr, rewritten in place; `nil` clears it.
    static func progress(_ line: String?) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
    }
}
