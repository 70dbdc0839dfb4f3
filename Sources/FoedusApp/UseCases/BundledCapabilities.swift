public import FoedusAnalysis
public import FoedusCore
import FoedusData
import FoedusFormats

/// The bundled COW CINC as a per-state vector for a day.
public enum BundledCapabilities {
    /// Each state's capability in the day's year — the table's nearest year when the day lies outside it —
    /// and the assumptions to print with the result. `table` replaces the bundled one (a user's file).
    public static func vector(
        states: StateTable, day: Day, table: Capabilities? = nil, source: String? = nil
    ) throws -> (values: [Double?], assumptions: [String]) {
        var assumptions: [String] = []
        let table = try table ?? CapabilitiesLoader.load(BundledData.capabilities, states: states)
        if let source {
            assumptions.append("capabilities from \(source) (user table, years \(table.firstYear)–\(table.lastYear))")
        }
        let year = min(max(day.year, table.firstYear), table.lastYear)
        if year != day.year {
            assumptions.append(
                "capabilities (CINC) from \(year), carried \(year < day.year ? "forward" : "back") to \(day.year)")
        }
        return ((0..<states.count).map { table.value(StateID($0), year: year) }, assumptions)
    }
}
