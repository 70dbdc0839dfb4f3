import ArgumentParser
import FoedusAPI
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
            let (presenter, _) = try evaluate(
                common: common, day: try dayOption.day(), options: options, defaultPolicy: .strict)
            if common.json {
                try Output.json(presenter.obligationsJSON())
            } else {
                Output.text(presenter.obligationsText(details: details))
            }
        }
    }
}

/// Builds and evaluates the scenario the options describe.
func evaluate(
    common: CommonOptions, day: Day, options: ScenarioOptions, defaultPolicy: EscalationPolicy
) throws -> (ResultPresenter, World) {
    let (world, notes) = try WorldLoader.load(overlays: common.data)
    for n in notes { Output.diagnostic(n) }
    let attacks = try options.attack.map { try AttackParser.parse($0, world: world, day: day) }
    let explain = try options.explain.map { try world.resolver.resolve($0, on: nil) }
    let scenario = Scenario(
        day: day, attacks: attacks, policy: options.policy ?? defaultPolicy, honour: options.honour,
        includeUncertain: options.includeUncertain, includeContested: options.includeContested,
        sovereignty: options.sovereignty ?? .disputed)
    var evaluator = Evaluator(index: world.index(on: day))
    let result = try evaluator.evaluate(scenario)
    return (ResultPresenter(world: world, result: result, today: try Today.resolve(), explain: explain), world)
}
