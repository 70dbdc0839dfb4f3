import ArgumentParser
import FoedusAPI
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
        let table: Capabilities
        var assumptions: [String] = []
        if let path = capabilities {
            table = try CapabilitiesLoader.load(try WorldLoader.readFile(path).text, file: path, states: states)
            assumptions.append("capabilities from \(path) (user table, years \(table.firstYear)–\(table.lastYear))")
        } else {
            table = try CapabilitiesLoader.load(BundledData.capabilities, states: states)
        }
        let year = min(max(day.year, table.firstYear), table.lastYear)
        if year != day.year {
            assumptions.append(
                "capabilities (CINC) from \(year), carried \(year < day.year ? "forward" : "back") to \(day.year)")
        }
        return ((0..<states.count).map { table.value(StateID($0), year: year) }, assumptions)
    }
}
