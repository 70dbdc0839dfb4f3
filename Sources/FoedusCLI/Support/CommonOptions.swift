import ArgumentParser
import FoedusApp
import FoedusCore

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (see docs/json.md) instead of tables.")
    var json = false

    @Option(
        name: .long, help: ArgumentHelp("Add your own YAML files (a folder or a file); may repeat.", valueName: "dir"))
    var data: [String] = []
}

/// `--on DAY`.
struct DayOption: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The day (YYYY-MM-DD, UTC); default today, or FOEDUS_TODAY.", valueName: "day"))
    var on: String?

    /// The day asked for, or today (resolved here).
    func day() throws -> Day { try day(today: try Today.resolve()) }

    /// The day asked for, or `today`; a bad date is a usage error (exit status 64).
    func day(today: Day) throws -> Day {
        guard let on else { return today }
        do { return try RequestField.day(on, field: "--on") } catch { throw ValidationError(error.description) }
    }
}

extension CommonOptions {
    /// The bundled world with the `--data` overlays; their notes go to stderr.
    func world() throws -> World {
        let (world, notes) = try WorldLoader.load(overlays: data)
        for n in notes { Output.diagnostic(n) }
        return world
    }
}

/// `--attack A:B[@PLACE][!]`, `--policy`, `--honour`, `--include-…`, `--sovereignty`, `--explain`.
struct ScenarioOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "An attack AGGRESSOR:VICTIM[@THEATRE][!] ('!' = provoked by the victim); may repeat.", valueName: "a:b"))
    var attack: [String] = []

    @Option(
        name: .long, help: "Escalation policy: strict, treaty (default for scenario) or chain.", transform: parseEnum)
    var policy: EscalationPolicy?

    @Option(name: .long, help: "Honouring threshold: automatic or discretionary.", transform: parseEnum)
    var honour: HonourThreshold = .discretionary

    @Flag(name: .long, help: "Let uncertain duties bring states in.")
    var includeUncertain = false

    @Flag(name: .long, help: "Let contested duties (owed to an aggressor) bring states in.")
    var includeContested = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "At a place of disputed sovereignty (Crimea, the Golan …): disputed (default: the duties that depend on "
                + "whose territory it is are uncertain), administrator or claimant (the place counts as theirs).",
            valueName: "reading"), transform: parseEnum)
    var sovereignty: SovereigntyReading?

    @Option(
        name: .long, help: ArgumentHelp("Explain why a state is or is not in the war; may repeat.", valueName: "state"))
    var explain: [String] = []
}

extension ScenarioOptions {
    /// The request these options make (``ScenarioRequest``: all parsing and checks happen there).
    func request(on: String?) -> ScenarioRequest {
        ScenarioRequest(
            door: .commandLine, on: on, attacks: attack, policy: policy, honour: honour,
            includeUncertain: includeUncertain, includeContested: includeContested,
            sovereignty: sovereignty ?? .disputed, explain: explain)
    }
}

/// Parses one of an enumeration's raw values, listing the choices on error (a usage error, exit status 64).
func parseEnum<T: RawRepresentable & CaseIterable>(_ text: String) throws -> T where T.RawValue == String {
    do { return try RequestField.choice(text, field: nil) } catch { throw ValidationError(error.description) }
}
