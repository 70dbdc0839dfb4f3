import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusData
import FoedusFormats
import Foundation

/// `foedus bench history`: the import of the history data and the directed 1816–2018 dyad-year export.
struct HistoryBench {
    let repeats: Int

    func run() throws {
        let clock = ContinuousClock()
        func time<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
            let start = clock.now
            let value = try body()
            return (value, clock.now - start)
        }
        Output.text("foedus bench history — repeats \(repeats) (median, min)")
        var phases: [String: [Duration]] = [:]
        var rows = 0
        // A folder of its own, so that the bench never writes over or removes a file it did not create.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foedus-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dyads.csv").path
        for _ in 0..<repeats {
            let (states, t1) = try time { try WorldLoader.stateTable() }
            let (spells, t2) = try time { try ATOPLoader.members(BundledData.atopMembers, states: states) }
            let (nmc, t3) = try time { try CapabilitiesLoader.load(BundledData.capabilities, states: states) }
            let (alliances, t4) = try time {
                AllianceDyadYears(
                    spells: spells, coverageEnd: ATOPLoader.coverageEnd,
                    corrections: try ATOPLoader.corrections(BundledData.atopDyadCorrections))
            }
            let source = DyadYearSource(states: states, alliances: alliances, capabilities: nmc)
            let (_, t5) = try time {
                try AtomicFileWriter(path: path, field: "bench").write { sink in
                    rows = try DyadYearWriter(source: source)
                        .write(years: 1816...2018, directed: true, format: .csv, header: [], to: sink)
                }
            }
            for (name, t) in [
                ("states", t1), ("ATOP member file", t2), ("NMC", t3), ("alliance dyad-years", t4), ("export", t5),
            ] {
                phases[name, default: []].append(t)
            }
            phases["total", default: []].append(t1 + t2 + t3 + t4 + t5)
        }
        for name in ["states", "ATOP member file", "NMC", "alliance dyad-years", "export", "total"] {
            let samples = phases[name] ?? []
            Output.text("\(name): \(format(median(samples))), \(format(samples.min() ?? .zero))")
        }
        Output.text("rows: \(rows) (directed dyad-years 1816–2018, ATOP and CINC columns)")
        Output.text(
            "for the whole process (start to exit) and peak memory: /usr/bin/time -v foedus export dyad-years --output FILE"
        )
    }
}
