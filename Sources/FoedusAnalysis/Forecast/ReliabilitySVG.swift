/// A reliability diagram as a standalone SVG: mean forecast (x) against observed frequency (y) per bin, with
/// the 95 % interval of each bin as a vertical bar, the diagonal of perfect calibration, and each bin's count.
public enum ReliabilitySVG {
    /// The SVG text for `bins` (empty bins are left out); `title` is escaped.
    public static func render(_ bins: [ForecastScore.Bin], title: String) -> String {
        let size = 480.0
        let margin = 60.0
        let plot = size - 2 * margin
        func x(_ v: Double) -> String { format(margin + v * plot) }
        func y(_ v: Double) -> String { format(size - margin - v * plot) }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" "
                + "viewBox=\"0 0 \(Int(size)) \(Int(size))\" font-family=\"sans-serif\" font-size=\"11\">",
            "<title>\(escape(title))</title>",
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
            "<text x=\"\(Int(size / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"13\">\(escape(title))</text>",
            "<rect x=\(q(x(0))) y=\(q(y(1))) width=\(q(format(plot))) height=\(q(format(plot))) "
                + "fill=\"none\" stroke=\"#999\"/>",
            "<line x1=\(q(x(0))) y1=\(q(y(0))) x2=\(q(x(1))) y2=\(q(y(1))) stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
        ]
        for t in stride(from: 0.0, through: 1.0, by: 0.2) {
            let label = format(t)
            lines.append("<text x=\(q(x(t))) y=\(q(format(size - margin + 16))) text-anchor=\"middle\">\(label)</text>")
            lines.append(
                "<text x=\(q(format(margin - 6))) y=\(q(format(size - margin - t * plot + 4))) text-anchor=\"end\">\(label)</text>"
            )
        }
        lines.append(
            "<text x=\"\(Int(size / 2))\" y=\"\(Int(size - 18))\" text-anchor=\"middle\">mean forecast</text>")
        lines.append(
            "<text x=\"16\" y=\"\(Int(size / 2))\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 16 \(Int(size / 2)))\">observed frequency</text>")
        for bin in bins {
            guard let mean = bin.meanForecast, let observed = bin.observed, let low = bin.low, let high = bin.high
            else { continue }
            let colour = bin.calibrated == true ? "#2b6cb0" : "#c53030"
            lines.append(
                "<line x1=\(q(x(mean))) y1=\(q(y(low))) x2=\(q(x(mean))) y2=\(q(y(high))) stroke=\"\(colour)\"/>")
            lines.append("<circle cx=\(q(x(mean))) cy=\(q(y(observed))) r=\"4\" fill=\"\(colour)\"/>")
            lines.append(
                "<text x=\(q(format(margin + mean * plot + 6))) y=\(q(format(size - margin - observed * plot - 6))) fill=\"#555\">n=\(bin.count)</text>"
            )
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func q(_ s: String) -> String { "\"" + s + "\"" }

    /// A number with at most one decimal, without a trailing ".0".
    private static func format(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        let whole = Int(tenths) / 10
        let rest = abs(Int(tenths) % 10)
        return rest == 0 ? String(whole) : (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(rest)"
    }

    private static func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
