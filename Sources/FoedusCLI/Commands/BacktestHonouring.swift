import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

/// `foedus backtest --honouring`: the Leeds-style honouring test on the bundled COW wars (issue #14 §1).
struct HonouringBacktest {
    let json: Bool
    let markdown: Bool
    let details: Bool

    func run() throws {
        try runReportingErrors(json: json) {
            let (world, _) = try WorldLoader.load(overlays: [])
            let wars = try WarLoader.wars(BundledData.interstateWars)
            let report = try HonouringTest(world: world, wars: wars).run()
            if json {
                try Output.json(HonouringJSON(report, wars: wars.count, world: world, details: details))
            } else {
                Output.text(
                    HonouringText(report: report, world: world, wars: wars.count).text(
                        markdown: markdown, details: details))
            }
        }
    }
}

/// The text and Markdown renderings of the honouring test.
struct HonouringText {
    let report: HonouringReport
    let world: World
    let wars: Int

    func text(markdown: Bool, details: Bool) -> String {
        let percent: (Double?) -> String = { $0.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
        var lines: [String] = []
        if markdown {
            lines += [
                "| group | value | binding duties | honoured | not honoured | rate | uncertain (honoured/all) | rate incl. uncertain |",
                "|---|---|---|---|---|---|---|---|",
            ]
        } else {
            lines.append(
                "group        value                      duties  honoured  not  rate    uncertain  rate incl. uncertain"
            )
        }
        for row in report.rows {
            var both = row.binding
            both.honoured += row.uncertain.honoured
            both.notHonoured += row.uncertain.notHonoured
            let uncertain = "\(row.uncertain.honoured)/\(row.uncertain.total)"
            if markdown {
                lines.append(
                    "| \(row.dimension) | \(row.value) | \(row.binding.total) | \(row.binding.honoured) | "
                        + "\(row.binding.notHonoured) | \(percent(row.binding.rate)) | \(uncertain) | \(percent(both.rate)) |"
                )
            } else {
                lines.append(
                    [
                        row.dimension.padded(12), row.value.padded(26), String(row.binding.total).padded(7),
                        String(row.binding.honoured).padded(9), String(row.binding.notHonoured).padded(4),
                        percent(row.binding.rate).padded(7), uncertain.padded(10), percent(both.rate),
                    ].joined(separator: " "))
            }
        }
        let tied = report.recallTied
        let all = report.recallAll
        let ratio: ((hits: Int, joiners: Int)) -> String = { r in
            "\(r.hits)/\(r.joiners) (\(percent(r.joiners == 0 ? nil : Double(r.hits) / Double(r.joiners))))"
        }
        let bullet = markdown ? "- " : ""
        lines += [
            "",
            "\(bullet)Wars: \(wars); duties examined: \(report.duties.count), of which contested (owed to an aggressor: "
                + "the casus foederis did not arise) \(report.contested), and not judged from war data (consultation, "
                + "non-participation, territorial non-use, no aid) \(report.notObservable).",
            "\(bullet)Published benchmark: 74.5% honoured, 1816–1944 (Leeds, Long & Mitchell 2000).",
            "\(bullet)Recall over joiners tied to a belligerent by a treaty: \(ratio(tied)); over all joiners: \(ratio(all)).",
        ]
        if !report.notes.isEmpty {
            lines.append(
                "\(bullet)Not run: \(report.notes.count) war-days ("
                    + report.notes.prefix(3).map {
                        "\($0.war) \($0.warName): \($0.message)"
                    }.joined(separator: "; ") + (report.notes.count > 3 ? "; …" : "") + ").")
        }
        if details {
            lines.append(markdown ? "\n### Binding duties not honoured\n" : "\nBinding duties not honoured:")
            let label: (StateID) -> String = { world.states[$0].abbreviation }
            for d in report.duties where d.status == .binding && d.verdict == .notHonoured {
                let article = world.treaties[d.provision.treaty].provisions[d.provision.provision].article
                lines.append(
                    (markdown ? "- " : "  ")
                        + "\(d.war) \(d.warName) \(d.day): \(label(d.obligor)) → \(label(d.beneficiary)) "
                        + "(\(d.kind.rawValue), \(d.treatyID) Art. \(article), against \(label(d.adversary)))")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
