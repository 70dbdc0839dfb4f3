import Foundation

/// Progress of a long export on stderr, with `simulate`'s reporter (``Output/progress(_:)``): only when stderr is
/// a terminal, the data do not go to that terminal, and the export has already run for a second.
final class ExportProgress {
    private let what: String
    private let unit: String
    private let total: Int?
    private let start = Date()
    private let enabled: Bool
    private var shown = false

    /// - Parameters:
    ///   - what: the export's name (`dyad-years`).
    ///   - unit: what is counted (`rows`, `years`).
    ///   - total: the count at the end, if known.
    ///   - toFile: whether the data go to a file (else stdout, which must then not be a terminal).
    init(what: String, unit: String, total: Int? = nil, toFile: Bool) {
        self.what = what
        self.unit = unit
        self.total = total
        enabled = isatty(STDERR_FILENO) != 0 && (toFile || isatty(STDOUT_FILENO) == 0)
    }

    /// Shows `done` (of the total) once the export has run for a second.
    func report(_ done: Int) {
        guard enabled, shown || Date().timeIntervalSince(start) >= 1 else { return }
        shown = true
        Output.progress("\(what): \(done)" + (total.map { "/\($0)" } ?? "") + " \(unit)…")
    }

    /// Clears the line, if one was shown.
    func finish() {
        if shown { Output.progress(nil) }
        shown = false
    }
}
