public import FoedusAnalysis
public import FoedusCore

/// The honouring back-test in `foedus backtest --honouring --json` (docs/backtest.md, docs/json.md); a value an
/// HTTP route can serve as it is.
public struct HonouringJSON: Codable, Hashable, Sendable {
    /// Honoured and not honoured duties, and the rate.
    public struct Tally: Codable, Hashable, Sendable {
        public var honoured: Int
        public var notHonoured: Int
        public var rate: Double?

        public init(_ t: HonouringReport.Tally) {
            honoured = t.honoured
            notHonoured = t.notHonoured
            rate = t.rate
        }
    }

    /// One row of the breakdown: `binding` duties (the rate), and `uncertain` ones apart.
    public struct Row: Codable, Hashable, Sendable {
        public var dimension: String
        public var value: String
        public var binding: Tally
        public var uncertain: Tally
    }

    /// Joiners explained by a binding duty, over a set of joiners.
    public struct Recall: Codable, Hashable, Sendable {
        public var hits: Int
        public var joiners: Int
        public var recall: Double?

        init(_ r: (hits: Int, joiners: Int)) {
            hits = r.hits
            joiners = r.joiners
            recall = r.joiners == 0 ? nil : Double(r.hits) / Double(r.joiners)
        }
    }

    /// One duty whose casus foederis arose (with `--details`).
    public struct Duty: Codable, Hashable, Sendable {
        public var war: Int
        public var warName: String
        public var day: String
        public var obligor: StateJSON
        public var beneficiary: StateJSON
        public var adversary: StateJSON
        public var kind: String
        public var strength: String?
        public var status: String
        public var treaty: String
        public var article: String
        public var curated: Bool
        public var multilateral: Bool
        public var verdict: String
    }

    public struct Note: Codable, Hashable, Sendable {
        public var war: Int
        public var warName: String
        public var message: String
    }

    /// The published benchmark: Leeds, Long & Mitchell (2000), 74.5 % of commitments honoured, 1816–1944.
    public var leedsLongMitchell2000: Double
    public var wars: Int
    public var rows: [Row]
    /// Duties of kinds the war data cannot judge (consultation, non-participation, territorial non-use, no aid).
    public var notObservable: Int
    /// Duties owed to a belligerent that was itself an aggressor: the casus foederis did not arise.
    public var contested: Int
    public var recallTiedJoiners: Recall
    public var recallAllJoiners: Recall
    public var duties: [Duty]?
    public var notes: [Note]

    public init(_ report: HonouringReport, wars: Int, world: World, details: Bool) {
        leedsLongMitchell2000 = 0.745
        self.wars = wars
        rows = report.rows.map {
            Row(dimension: $0.dimension, value: $0.value, binding: Tally($0.binding), uncertain: Tally($0.uncertain))
        }
        notObservable = report.notObservable
        contested = report.contested
        recallTiedJoiners = Recall(report.recallTied)
        recallAllJoiners = Recall(report.recallAll)
        duties =
            details
            ? report.duties.map { d in
                let provision = world.treaties[d.provision.treaty].provisions[d.provision.provision]
                return Duty(
                    war: d.war, warName: d.warName, day: d.day.description,
                    obligor: StateJSON(d.obligor, world, on: d.day),
                    beneficiary: StateJSON(d.beneficiary, world, on: d.day),
                    adversary: StateJSON(d.adversary, world, on: d.day), kind: d.kind.rawValue,
                    strength: d.strength?.rawValue, status: d.status.rawValue, treaty: d.treatyID,
                    article: provision.article, curated: d.curated, multilateral: d.multilateral,
                    verdict: d.verdict.rawValue)
            } : nil
        notes = report.notes.map { Note(war: $0.war, warName: $0.warName, message: $0.message) }
    }
}
