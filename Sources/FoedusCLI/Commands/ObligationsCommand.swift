import ArgumentParser
import FoedusApp
import FoedusCore

struct ObligationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obligations",
        abstract: "The duties an attack triggers: who owes what to whom, under which article, with the quote.",
        discussion: "Only the given attacks are evaluated (policy strict unless --policy says otherwise).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @OptionGroup var options: ScenarioOptions
    @Flag(name: .long, help: "List every duty; by default identical duties of many parties are one entry.")
    var details = false

    func validate() throws {
        if options.attack.isEmpty { throw ValidationError("give at least one --attack AGGRESSOR:VICTIM") }
    }

    func run() throws {
        try runReportingErrors(json: common.json) {
            let today = try Today.resolve()
            let presenter = try EvaluateScenario.run(
                options.request(on: dayOption.on), on: try dayOption.day(today: today), in: try common.world(),
                today: today, defaultPolicy: .strict)
            if common.json {
                try Output.json(presenter.obligationsJSON())
            } else {
                Output.text(presenter.obligationsText(details: details))
            }
        }
    }
}
