import ArgumentParser
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Generated reports about the data (Markdown).",
        subcommands: [ATOPDifferencesReport.self])
}

struct ATOPDifferencesReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atop-differences",
        abstract:
            "Where curated treaties and the ATOP alliances they are linked to disagree (docs/atop-differences.md).")

    func run() throws {
        try runReportingErrors(json: false) {
            let states = try WorldLoader.stateTable()
            let atop = try ATOPTreatyImporter.treaties(
                alliances: BundledData.atopAlliances, members: BundledData.atopMembers, states: states)
            let (world, _) = try WorldLoader.load(overlays: [])
            let curated = world.treaties.filter { !$0.isFromATOP }
            Output.text(ATOPDifferences.report(curated: curated, atop: atop, states: states))
        }
    }
}
