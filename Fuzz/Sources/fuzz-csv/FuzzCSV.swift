import FoedusApp
import FoedusCore
import FoedusFormats
import FuzzSupport

/// A CSV file: every field of every row through `CSVReader`, then the same text as a `--capabilities` table
/// (ccode, year, cinc), turned into the vector a day's report uses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    do {
        let csv = try CSVReader(text: text, file: "fuzz.csv")
        for row in csv.rows {
            for i in 0..<row.count {
                _ = row.field(i)
                _ = row.int(i)
            }
        }
    } catch let d as Diagnostic {
        PlaceCensus.record(d.description, hasPlace: d.line != nil)
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    let states = FuzzInput.world.states
    do {
        let table = try CapabilitiesLoader.load(text, file: "fuzz.csv", states: states)
        _ = try BundledCapabilities.vector(states: states, day: FuzzInput.day, table: table, source: "fuzz.csv")
    } catch let d as Diagnostic {
        PlaceCensus.record(d.description, hasPlace: d.line != nil)
    } catch {
        PlaceCensus.record("\(error)", hasPlace: false)
    }
    return 0
}
