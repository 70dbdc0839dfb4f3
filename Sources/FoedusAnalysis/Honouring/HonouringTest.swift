public import FoedusCore

/// The honouring back-test (issue #14 §1), after Leeds, Long & Mitchell (2000) and Leeds (2003): for every
/// interstate war and every belligerent's entry date, the treaty duties whose casus foederis arose that day, and
/// whether their obligors honoured them.
///
/// On each entry date the engine evaluates one `strict` scenario: every belligerent of the initiators' side
/// attacks every belligerent of the other side that is in the war that day, and each of those attacks the
/// initiators' side, in order of entry (initiators first), so the engine's own rules decide which attacks are
/// aggressions and which self-defence (duties owed to an aggressor are `contested`). Each attack's theatre
/// comes from the victim's `WhereFought`: its home territory when that lies in one of the regions, otherwise
/// one attack per region, each a `COW-…` gazetteer place. Non-aggression pledges owed to a belligerent are read
/// from the day's index (an aggressor breaks them; no attack triggers them).
public struct HonouringTest: Sendable {
    public let world: World
    public let wars: [InterstateWar]
    private let regionPlaces: [COWRegion: Int]

    /// - Throws: ``FoedusError`` when the gazetteer lacks a COW region place (`COW-EUROPE` …).
    public init(world: World, wars: [InterstateWar]) throws {
        var places: [COWRegion: Int] = [:]
        for region in COWRegion.allCases {
            guard let p = world.placeIndex(id: region.placeID) else {
                throw FoedusError(.unknownPlace, "the gazetteer has no place \(region.placeID) (Data/places.yaml)")
            }
            places[region] = p
        }
        self.world = world
        self.wars = wars
        regionPlaces = places
    }

    /// Runs every war.
    public func run() -> HonouringReport {
        var report = HonouringReport(duties: [], joiners: [], notes: [])
        for war in wars { evaluate(war, into: &report) }
        return report
    }

    /// The theatres of an attack on `victim`: `nil` (its home territory) or the COW region places.
    public func theatres(of victim: InterstateWar.Participant) -> [Theatre?] {
        guard let code = victim.whereFought, let regions = COWRegion.regions(whereFought: code) else { return [nil] }
        if let home = COWRegion.home(ccode: victim.ccode), regions.contains(home) { return [nil] }
        return regions.compactMap { regionPlaces[$0].map(Theatre.place) }
    }

    private struct Key: Hashable {
        var obligor: StateID
        var beneficiary: StateID
        var provision: ProvisionRef
    }

    private static func rank(_ status: Obligation.Status) -> Int {
        switch status {
        case .binding: 0
        case .uncertain: 1
        case .contested: 2
        }
    }

    func evaluate(_ war: InterstateWar, into report: inout HonouringReport) {
        let table = world.states
        guard let start = war.start else {
            report.notes.append(.init(war: war.id, warName: war.name, message: "no dates"))
            return
        }
        let initiatorSide =
            war.participants.first(where: \.initiator)?.side
            ?? war.participants.min { ($0.entry ?? start) < ($1.entry ?? start) }?.side ?? 1
        var sides: [Int: Set<Int>] = [:]
        for p in war.participants { sides[p.ccode, default: []].insert(p.side) }
        var duties: [Key: HonouringDuty] = [:]
        var order: [Key] = []
        let dates = Set(war.participants.compactMap(\.entry)).sorted()
        var joinerDays: [Day: [InterstateWar.Participant]] = [:]
        for p in war.participants { if let e = p.entry, e > start { joinerDays[e, default: []].append(p) } }

        for day in dates {
            var present: [(InterstateWar.Participant, StateID)] = []
            for p in war.participants where p.periods.contains(where: { $0.contains(day) }) {
                guard let id = table.id(ccode: p.ccode), table[id].exists(on: day) else {
                    report.notes.append(
                        .init(
                            war: war.id, warName: war.name, message: "\(p.ccode) is not in the COW state list on \(day)"
                        ))
                    continue
                }
                guard !present.contains(where: { $0.1 == id }) else { continue }  // one side a day
                present.append((p, id))
            }
            // The initiators' side strikes first (COW's initiator makes it the attacking side), then the other
            // side strikes back; within a side, by entry date, initiators first.
            let rank: (InterstateWar.Participant) -> (Int, Day, Int, Int) = { p in
                (p.side == initiatorSide ? 0 : 1, p.entry ?? start, p.initiator ? 0 : 1, p.ccode)
            }
            var pairs: [(InterstateWar.Participant, StateID, InterstateWar.Participant, StateID)] = []
            for (a, aid) in present where a.side == initiatorSide {
                for (b, bid) in present where b.side != initiatorSide {
                    pairs.append((a, aid, b, bid))
                    pairs.append((b, bid, a, aid))
                }
            }
            pairs.sort { x, y in
                let (rx, ry) = (rank(x.0), rank(y.0))
                if rx != ry { return rx < ry }
                return x.2.ccode < y.2.ccode
            }
            let attacks = pairs.flatMap { a, aid, b, bid in
                theatres(of: b).map { Attack(aggressor: aid, victim: bid, theatre: $0) }
            }
            let index = world.index(on: day)
            if let newcomers = joinerDays[day] {
                for p in newcomers {
                    guard let id = table.id(ccode: p.ccode), table[id].exists(on: day) else { continue }
                    let others = StateSet(present.map(\.1).filter { $0 != id })
                    let tied = index.treatyParties.contains { $0.contains(id) && !$0.isDisjoint(with: others) }
                    report.joiners.append(
                        HonouringReport.Joiner(war: war.id, state: id, side: p.side, day: day, tied: tied, hit: false))
                }
            }
            guard !attacks.isEmpty else { continue }
            var evaluator = Evaluator(index: index)
            let result: ScenarioResult
            do {
                result = try evaluator.evaluate(Scenario(day: day, attacks: attacks, policy: .strict))
            } catch {
                report.notes.append(.init(war: war.id, warName: war.name, message: "\(day): \(error)"))
                continue
            }
            let sideOf = Dictionary(present.map { ($0.1, $0.0.side) }, uniquingKeysWith: { a, _ in a })
            let joinedOn = Dictionary(present.map { ($0.1, $0.0.entry ?? start) }, uniquingKeysWith: { a, _ in a })
            func record(
                obligor: StateID, beneficiary: StateID, adversary: StateID, kind: Provision.Kind,
                strength: Provision.Strength?, status: Obligation.Status, provision: ProvisionRef
            ) {
                guard let side = sideOf[beneficiary] else { return }
                let key = Key(obligor: obligor, beneficiary: beneficiary, provision: provision)
                if let old = duties[key], Self.rank(old.status) <= Self.rank(status) { return }
                let treaty = world.treaties[provision.treaty]
                if duties[key] == nil { order.append(key) }
                duties[key] = HonouringDuty(
                    war: war.id, warName: war.name, day: day, obligor: obligor, beneficiary: beneficiary,
                    beneficiarySide: side,
                    beneficiaryJoined: side != initiatorSide && (joinedOn[beneficiary] ?? start) > start,
                    adversary: adversary, kind: kind, strength: strength, status: status, provision: provision,
                    treatyID: treaty.id, curated: !treaty.isFromATOP,
                    multilateral: Set(treaty.parties.map(\.ccode)).count > 2,
                    verdict: HonouringDuty.verdict(
                        kind: kind, beneficiarySide: side, obligorSides: sides[table[obligor].ccode] ?? []))
            }
            for o in result.obligations {
                record(
                    obligor: o.obligor, beneficiary: o.beneficiary, adversary: o.adversary, kind: o.kind,
                    strength: o.strength, status: o.status, provision: o.provision)
            }
            for (_, beneficiary) in present {
                for pledge in index.specificPledges(to: beneficiary, kind: .nonAggression) {
                    for obligor in pledge.obligors where obligor != beneficiary {
                        // A pledge not to attack an aggressor does not bar self-defence: owed to an aggressor, it is
                        // contested, as the engine treats duties owed to one.
                        let uncertain = pledge.uncertain || pledge.uncertainObligors.contains(obligor)
                        let status: Obligation.Status =
                            result.aggressors.contains(beneficiary) ? .contested : uncertain ? .uncertain : .binding
                        record(
                            obligor: obligor, beneficiary: beneficiary, adversary: obligor, kind: .nonAggression,
                            strength: pledge.strength, status: status,
                            provision: pledge.provision)
                    }
                }
            }
        }
        report.duties += order.compactMap { duties[$0] }
        // A joiner is a hit when a binding defence or offence duty owed to a state on its side had arisen by its
        // entry date.
        for j in report.joiners.indices where report.joiners[j].war == war.id {
            let joiner = report.joiners[j]
            report.joiners[j].hit = duties.values.contains { d in
                d.obligor == joiner.state && d.kind.decidesEntry && d.status == .binding && d.day <= joiner.day
                    && d.beneficiarySide == joiner.side
            }
        }
    }
}
