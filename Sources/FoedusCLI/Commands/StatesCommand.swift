import ArgumentParser
import FoedusApp
import FoedusCore

struct StatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "states", abstract: "List the states in the system on a day.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, _) = try WorldLoader.load(overlays: common.data)
            let alive = world.states.alive(on: day)
            let carried = world.states.isCarriedForward(day)
            if common.json {
                try Output.json(StatesReportJSON(world: world, day: day))
            } else {
                var rows = [["COW", "abbr", "ISO3", "name on the day", "other names", "region"]]
                for id in alive {
                    let s = world.states[id]
                    let other = s.otherNames(on: day)
                    rows.append([
                        String(s.ccode), s.abbreviation, s.iso3 ?? "-", s.name(on: day),
                        other.isEmpty ? "-" : other.joined(separator: ", "), s.region ?? "-",
                    ])
                }
                Output.text("\(alive.count) states in the system on \(day)")
                Output.text(table(rows))
                if carried { Output.text("note: " + carriedNote(world)) }
            }
        }
    }
}
