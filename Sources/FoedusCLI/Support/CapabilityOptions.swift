import ArgumentParser
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats

/// `--capabilities FILE`: a user's capability table in place of the bundled COW CINC.
struct CapabilityOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A CSV with columns ccode, year, cinc (a newer or edited NMC table) used instead of the bundled COW CINC.",
            valueName: "file"))
    var capabilities: String?

    /// Each state's capability in the day's year — the table's nearest year when the day lies outside
    /// it — and the assumptions to print with the result.
    func vector(states: StateTable, day: Day) throws -> (values: [Double?], assumptions: [String]) {
        guard let path = capabilities else { return try BundledCapabilities.vector(states: states, day: day) }
        let table = try CapabilitiesLoader.load(try WorldLoader.readFile(path).text, file: path, states: states)
        return try BundledCapabilities.vector(states: states, day: day, table: table, source: path)
    }
}
