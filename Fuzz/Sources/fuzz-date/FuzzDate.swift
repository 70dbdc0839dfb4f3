import FoedusCore
import FuzzSupport

/// Dates as every reader parses them: `PartialDate(iso:)` (treaty files), `Day(iso:)` (`--on`, scenario files,
/// JSON bodies, `FOEDUS_TODAY`), and what the engine then does with a day: its window, its components, its
/// text, which must parse back to the same date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(start, count) else { return 0 }
    if let date = PartialDate(iso: text) {
        let last = date.last
        precondition(date.first <= last, "window of \(date) ends before it starts")
        precondition(PartialDate(iso: date.description) == date, "\(date) does not parse back")
        _ = last.components
    }
    if let day = Day(iso: text) {
        precondition(Day(iso: day.description) == day, "\(day) does not parse back")
        _ = FuzzInput.world.states.alive(on: day)
    }
    return 0
}
