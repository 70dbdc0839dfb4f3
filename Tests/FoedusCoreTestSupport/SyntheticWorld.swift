public import FoedusCore

/// A tiny world of made-up states A=1 … H=8 (all alive 1900–2100), for engine tests whose expected
/// answers can be worked out by hand.
public enum SyntheticWorld {
    public static let states: StateTable = {
        let start = Fixtures.day("1900-01-01")
        let end = Fixtures.day("2100-01-01")
        let names = ["Aland", "Borduria", "Carpania", "Dalmia", "Elbonia", "Freedonia", "Grand Fenwick", "Hyrcania"]
        let list = names.enumerated().map { i, name in
            State(
                ccode: i + 1, abbreviation: String(name.prefix(3)).uppercased(), iso3: nil, name: name,
                region: i < 4 ? "Europe" : "Asia", subregion: nil, periods: [start...end])
        }
        return StateTable(states: list, coverageEnd: end)
    }()

    /// ISLES, a place of disputed sovereignty: administered by Aland (1), claimed by Carpania (3) since 1990.
    public static let isles = Place(
        id: "ISLES", kind: .territory, name: "The Isles", administeredBy: [.init(ccode: 1)],
        claims: [.init(ccode: 3, from: PartialDate(Fixtures.day("1990-01-01")))])

    /// A defence pact between `parties` with one provision.
    public static func pact(
        _ id: String, _ parties: [Int], kind: Provision.Kind = .defense, strength: Provision.Strength? = .automatic,
        inForce: String = "1950-01-01", signed: String? = nil, terminated: String? = nil,
        conditions: Conditions = Conditions(), suspensions: [Suspension] = [], general: Bool = false
    ) -> Treaty {
        Treaty(
            id: id, name: id, signed: PartialDate(Fixtures.day(signed ?? inForce)),
            inForce: PartialDate(Fixtures.day(inForce)), terminated: terminated.map { PartialDate(Fixtures.day($0)) },
            parties: parties.map { Party(ccode: $0) }, suspensions: suspensions,
            provisions: [
                Provision(
                    id: "p1", article: "1", kind: kind, strength: kind.decidesEntry ? strength : nil, general: general,
                    conditions: conditions, quote: "test clause", quoteStatus: .verbatimOfficial, source: "test",
                    verified: true)
            ])
    }

    public static func world(_ treaties: [Treaty], places: [Place] = [], deployments: [Deployment] = []) -> World {
        World(states: states, treaties: treaties, places: places, deployments: deployments, dataVersion: "test")
    }
}
