public import FoedusAnalysis
import Yams

/// Reads a priors file for `foedus simulate --priors`:
/// `{before1945: {automatic: {mean, concentration}, discretionary: {…}}, since1945: {…}, treatySpread}`.
/// Omitted entries keep the defaults (``HonourPriors/literature``).
public enum PriorsDecoder {
    /// - Throws: ``ValidationFailure`` naming the file, line and field of every problem.
    public static func decode(_ text: String, file: String) throws -> HonourPriors {
        let root: Node
        do { root = try YAMLDocument.root(text, file: file) } catch { throw ValidationFailure([error]) }
        var reader = NodeReader(file: file, resolveState: { _ in 0 })
        var priors = HonourPriors.literature
        let map = reader.mapping(root, "", allowed: ["before1945", "since1945", "treatySpread"]) ?? [:]
        func rate(_ node: Node?, _ field: String, _ fallback: HonourPriors.Rate) -> HonourPriors.Rate {
            guard let m = reader.mapping(node, field, allowed: ["mean", "concentration"]) else { return fallback }
            var r = fallback
            if let text = reader.string(m["mean"], "\(field).mean") {
                if let v = Double(text), v > 0, v < 1 {
                    r.mean = v
                } else {
                    reader.report(m["mean"], "\(field).mean", "expected a number between 0 and 1, not '\(text)'")
                }
            }
            if let text = reader.string(m["concentration"], "\(field).concentration") {
                if let v = Double(text), v > 0, v <= 100_000 {
                    r.concentration = v
                } else {
                    reader.report(
                        m["concentration"], "\(field).concentration", "expected a positive number, not '\(text)'")
                }
            }
            return r
        }
        for (era, isBefore) in [("before1945", true), ("since1945", false)] {
            let strengths = reader.mapping(map[era], era, allowed: ["automatic", "discretionary"]) ?? [:]
            if isBefore {
                priors.before1945Automatic = rate(
                    strengths["automatic"], "\(era).automatic", priors.before1945Automatic)
                priors.before1945Discretionary = rate(
                    strengths["discretionary"], "\(era).discretionary", priors.before1945Discretionary)
            } else {
                priors.since1945Automatic = rate(strengths["automatic"], "\(era).automatic", priors.since1945Automatic)
                priors.since1945Discretionary = rate(
                    strengths["discretionary"], "\(era).discretionary", priors.since1945Discretionary)
            }
        }
        if let text = reader.string(map["treatySpread"], "treatySpread") {
            if let v = Double(text), v >= 0, v <= 10 {
                priors.treatySpread = v
            } else {
                reader.report(map["treatySpread"], "treatySpread", "expected a number from 0 to 10, not '\(text)'")
            }
        }
        guard reader.diagnostics.isEmpty else { throw ValidationFailure(reader.diagnostics) }
        return priors
    }
}
