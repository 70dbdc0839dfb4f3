import ArgumentParser
import FoedusAPI
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
            let presenter: ResultPresenter
            if let file {
                let (world, notes) = try WorldLoader.load(overlays: common.data)
                for n in notes { Output.diagnostic(n) }
                let source = try WorldLoader.readFile(file)
                var spec = try ScenarioFile.decode(source.text, file: file, world: world)
                if let sovereignty = options.sovereignty { spec.scenario.sovereignty = sovereignty }
                var evaluator = Evaluator(index: world.index(on: spec.scenario.day))
                let explain = try options.explain.map { try world.resolver.resolve($0, on: nil) }
                presenter = ResultPresenter(
                    world: world, result: try evaluator.evaluate(spec.scenario), today: try Today.resolve(),
                    explain: spec.explain + explain)
            } else {
                presenter = try evaluate(
                    common: common, day: try dayOption.day(), options: options, defaultPolicy: .treaty
                ).0
            }
            if common.json {
                try Output.json(presenter.scenarioJSON())
            } else {
                Output.text(presenter.scenarioText(details: details))
            }
        }
    }
}
