import ArgumentParser
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
                struct Row: Encodable {
                    var ccode: Int
                    var abbreviation: String
                    var iso3: String?
                    var name: String
                    var region: String?
                }
                struct Report: Encodable {
                    var date: String
                    var carriedForward: Bool
                    var note: String?
                    var states: [Row]
                }
                let rows = alive.map { id in
                    let s = world.states[id]
                    return Row(
                        ccode: s.ccode, abbreviation: s.abbreviation, iso3: s.iso3, name: s.name, region: s.region)
                }
                try Output.json(
                    Report(
                        date: day.description, carriedForward: carried, note: carried ? carriedNote(world) : nil,
                        states: rows))
            } else {
                var rows = [["COW", "abbr", "ISO3", "name", "region"]]
                for id in alive {
                    let s = world.states[id]
                    rows.append([String(s.ccode), s.abbreviation, s.iso3 ?? "-", s.name, s.region ?? "-"])
                }
                Output.text("\(alive.count) states in the system on \(day)")
                Output.text(table(rows))
                if carried { Output.text("note: " + carriedNote(world)) }
            }
        }
    }
}

func carriedNote(_ world: World) -> String {
    "the COW state list ends on \(world.states.coverageEnd); states alive then are assumed to continue"
}
