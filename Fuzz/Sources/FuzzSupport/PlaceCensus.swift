import Foundation

/// Counts the error messages a target produced and those that carry no place (issue #12: every message names
/// its `file:line` or its field), and prints the tally when the fuzzer exits.
public enum PlaceCensus {
    nonisolated(unsafe) private static var total = 0
    nonisolated(unsafe) private static var placeless = 0
    nonisolated(unsafe) private static var examples: [String: Int] = [:]
    nonisolated(unsafe) private static var installed = false

    /// Records one message; `hasPlace` says whether it names a line, a field or a parameter.
    public static func record(_ message: String, hasPlace: Bool) {
        if !installed {
            installed = true
            atexit { PlaceCensus.report() }
        }
        total += 1
        guard !hasPlace else { return }
        placeless += 1
        let shape = String(shape(of: message).prefix(160))
        if examples[shape] != nil || examples.count < 20 { examples[shape, default: 0] += 1 }
    }

    /// The message with quoted values and numbers blanked, and what follows a `;` (suggestions) or a line end (the YAML reader's context) dropped, so that
    /// one kind of message counts once.
    static func shape(of message: String) -> String {
        var out = ""
        var quoted = false
        for c in message {
            if c == "'" {
                quoted.toggle()
                out.append(quoted ? "'…" : "'")
            } else if !quoted {
                if c == ";" || c == "\n" { break }
                out.append(c.isNumber ? "#" : c)
            }
        }
        return out
    }

    static func report() {
        var lines = ["placeless messages: \(placeless) of \(total) error messages"]
        for (shape, count) in examples.sorted(by: { $0.value > $1.value }) {
            lines.append("  \(count)× \(shape)")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
