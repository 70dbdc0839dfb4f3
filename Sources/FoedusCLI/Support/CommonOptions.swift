import ArgumentParser
import FoedusAPI
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

    func day() throws -> Day {
        guard let text = on else { return try Today.resolve() }
        guard let day = Day(iso: text) else {
            throw ValidationError("--on: '\(text)' is not a valid date (YYYY-MM-DD)")
        }
        guard day >= Day.systemStart else {
            throw ValidationError("--on: \(text) is before 1816-01-01, where the state system starts")
        }
        return day
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

/// Parses one of an enumeration's raw values, listing the choices on error.
func parseEnum<T: RawRepresentable & CaseIterable>(_ text: String) throws -> T where T.RawValue == String {
    guard let value = T(rawValue: text) else {
        throw ValidationError("'\(text)' is not one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return value
}
