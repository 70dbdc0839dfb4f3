import ArgumentParser
import FoedusApp
import FoedusCore

struct TreatiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treaties", abstract: "List the treaties in force on a day.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @Option(name: .long, help: "Only treaties to which this state is a party on the day.")
    var state: String?

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, _) = try WorldLoader.load(overlays: common.data)
            let filter = try state.map { try world.resolver.resolve($0, on: day) }
            let index = world.index(on: day)
            let listed = TreatiesReportJSON.listed(world: world, index: index, party: filter)
            if common.json {
                try Output.json(TreatiesReportJSON(world: world, index: index, party: filter))
            } else {
                var rows = [["id", "name", "in force", "parties", "clauses"]]
                for (t, parties) in listed {
                    rows.append([
                        t.id, clip(t.displayName, 48), t.inForce.description, String(parties.count),
                        TreatiesReportJSON.kinds(t).joined(separator: ","),
                    ])
                }
                Output.text(
                    "\(listed.count) treaties in force on \(day)"
                        + (filter.map { " with \(world.states[$0].name(on: day)) as a party" } ?? ""))
                Output.text(table(rows))
            }
        }
    }

}
