import ArgumentParser
import FoedusCore

struct TreatiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treaties", abstract: "List the treaties in force on a day.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var dayOption: DayOption
    @Option(name: .long, help: "Only treaties to which this state is a party on the day.")
    var state: String?

    func run() throws {
        try runReportingErrors(json: common.json) {
            let day = try dayOption.day()
            let (world, _) = try WorldLoader.load(overlays: common.data)
            let filter = try state.map { try world.resolver.resolve($0, on: day) }
            let index = world.index(on: day)
            var listed: [(Treaty, [StateID])] = []
            for (t, treaty) in world.treaties.enumerated() where treaty.inForce(on: day) != .no {
                let parties = Array(index.treatyParties[t])
                if let filter, !parties.contains(filter) { continue }
                listed.append((treaty, parties))
            }
            if common.json {
                struct Row: Encodable {
                    var id: String
                    var name: String
                    var signed: String
                    var inForce: String
                    var terminated: String?
                    var dateBasis: String
                    var kinds: [String]
                    var parties: [StateJSON]
                }
                struct Report: Encodable {
                    var date: String
                    var treaties: [Row]
                }
                try Output.json(
                    Report(
                        date: day.description,
                        treaties: listed.map { t, parties in
                            Row(
                                id: t.id, name: t.displayName, signed: t.signed.description,
                                inForce: t.inForce.description,
                                terminated: t.terminated?.description, dateBasis: t.dateBasis, kinds: kinds(t),
                                parties: parties.map { StateJSON($0, world) })
                        }))
            } else {
                var rows = [["id", "name", "in force", "parties", "clauses"]]
                for (t, parties) in listed {
                    rows.append([
                        t.id, clip(t.displayName, 48), t.inForce.description, String(parties.count),
                        kinds(t).joined(separator: ","),
                    ])
                }
                Output.text(
                    "\(listed.count) treaties in force on \(day)"
                        + (filter.map { " with \(world.states[$0].name) as a party" } ?? ""))
                Output.text(table(rows))
            }
        }
    }

    func kinds(_ t: Treaty) -> [String] {
        var seen: [String] = []
        for p in t.provisions where !seen.contains(p.kind.rawValue) { seen.append(p.kind.rawValue) }
        return seen
    }
}
