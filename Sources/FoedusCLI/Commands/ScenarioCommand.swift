import ArgumentParser
import FoedusApp
import FoedusCore
import FoedusFormats

struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Run the casus-foederis cascade: the two sides, each member's reasons, who stays out, the conflicts.",
        discussion: """
            Either --attack A:B [--attack …] with --on DAY, or a scenario file:
            {date, attacks: [{aggressor, victim, theatre?, provoked?}], policy?, honour?, include?, sovereignty?}.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var options: ScenarioOptions
    @Argument(help: "A scenario file (YAML).")
    var file: String?
    @Flag(name: .long, help: "List every state bound but staying out on its own line.")
    var details = false

    func validate() throws {
        if options.attack.isEmpty && file == nil {
            throw ValidationError("give --attack AGGRESSOR:VICTIM or a scenario FILE")
        }
        if !options.attack.isEmpty && file != nil {
            throw ValidationError("give either --attack or a scenario FILE, not both")
        }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let today = try Today.resolve()
            let presenter: ResultPresenter
            if let file {
                let world = try common.world()
                var spec = try ScenarioFile.decode(try WorldLoader.readFile(file).text, file: file, world: world)
                if let sovereignty = options.sovereignty { spec.scenario.sovereignty = sovereignty }
                let explain = try options.explain.map { try world.resolver.resolve($0, on: nil) }
                presenter = try EvaluateScenario.run(
                    spec.scenario, explain: spec.explain + explain, in: world, today: today)
            } else {
                presenter = try EvaluateScenario.run(
                    options.request(on: dayOption.on), on: try dayOption.day(today: today), in: try common.world(),
                    today: today, defaultPolicy: .treaty)
            }
            if common.json {
                try Output.json(presenter.scenarioJSON())
            } else {
                Output.text(presenter.scenarioText(details: details))
            }
        }
    }
}
