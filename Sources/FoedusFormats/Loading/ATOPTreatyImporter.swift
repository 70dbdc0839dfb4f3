public import FoedusCore

/// Turns ATOP 5.1 alliances into treaties the engine reasons with: one treaty per `atopid`, parties with
/// their own entry and exit days, and provisions from the member-level obligations with their conditions.
///
/// ATOP codes obligations, not treaty text: imported provisions have no quote (and say so), cite
/// `ATOP 5.1, atopid, variable`, and are `verified: false`. Dates are signature dates (ATOP's date
/// basis). Strength is not coded by ATOP and is taken as `discretionary`. A condition ATOP flags but
/// cannot settle (an adversary it does not name, a location, an ongoing conflict, the number of
/// adversaries, demands, other limits) makes the duty `uncertain`; a named threat (`specthrt` 1 or 3 with
/// `statthr1`, `statthr2`, from the member row, else the alliance row) becomes the adversary; non-provocation and attacked-only are coded as such.
public enum ATOPTreatyImporter {
    /// - Throws: ``Diagnostic`` for a malformed row.
    ///
    /// - Parameter general: ATOP ids whose non-aggression pledge is a general restatement of UN Charter
    ///   Art. 2(4) (the CSCE Final Act), ranked below specific pledges.
    ///
    /// - Parameter terminations: the real last day in force of alliances ATOP codes as not ended (in effect at the
    ///   end of its coverage, 2018-12-31), from a sourced list (``terminations(_:)``): ended after 2018, or earlier
    ///   (replaced by a treaty without an assistance clause ATOP does not record); the others are carried on.
    ///
    /// - Parameter exits: members leaving, after ATOP's coverage, an alliance ATOP has in effect at its end, from a
    ///   sourced list (``memberExits(_:)``): only that member's party period ends.
    ///
    /// - Parameter joins: states joining, after ATOP's coverage, an alliance ATOP has in effect at its end, from a
    ///   sourced list (``memberJoins(_:)``): a party from that day, owing the obligations all members owe.
    ///
    /// - Parameter dates: ATOP dates to correct (a Julian date read as Gregorian), from a sourced list
    ///   (``dateCorrections(_:)``).
    ///
    /// - Throws: ``Diagnostic`` for a malformed row, a member exit naming no member in effect at ATOP's end, a
    ///   join of an alliance not in effect then or of a state already a member, or a termination of an unknown
    ///   alliance, of one ATOP ends, or before the alliance's start.
    public static func treaties(
        alliances: String, members: String, general: Set<Int> = [], terminations: [Int: Termination] = [:],
        exits: [Int: [Int: MemberExit]] = [:], joins: [Int: [Int: MemberJoin]] = [:],
        dates: [Int: [DateCorrection]] = [:], states: StateTable
    ) throws -> [Treaty] {
        let a = try CSVReader(text: alliances, file: "atop5_1a.csv")
        let ac = try [
            "atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "specthrt", "statthr1", "statthr2",
        ]
        .map(a.column)
        struct Header {
            var begin: PartialDate
            var end: PartialDate?
            var threats: [Int]
        }
        var headers: [Int: Header] = [:]
        for row in a.rows {
            let f = ac.map(row.field)
            guard let id = Int(f[0]), let atopBegin = partial(f[1], f[2], f[3]) else {
                throw Diagnostic(file: a.file, line: row.line, field: "begyr", message: "malformed alliance row")
            }
            let begin = corrected(atopBegin, dates[id] ?? [])
            let end = Int(f[4]) == 0 ? nil : partial(f[4], f[5], f[6]).map { corrected($0, dates[id] ?? []) }
            let threat = Int(f[7]) ?? 0
            let named = [Int(f[8]) ?? 0, Int(f[9]) ?? 0].filter { $0 > 0 && states.id(ccode: $0) != nil }
            headers[id] = Header(begin: begin, end: end, threats: (threat == 1 || threat == 3) ? named : [])
        }
        let m = try CSVReader(text: members, file: "atop5_1m.csv")
        let names = [
            "atopid", "member", "phase", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
            "defense", "offense", "neutral", "nonagg", "consul", "olimob",
            "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr",
            "offcoadv", "offcoloc", "offcocon", "offconum", "offcodem",
            "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr", "neucoatt",
            "concoadv", "concoloc", "concocon", "concoreq", "specthrt", "statthr1", "statthr2",
        ]
        let mc = Dictionary(uniqueKeysWithValues: try names.map { ($0, try m.column($0)) })
        // Column values as numbers, once per row (the lookups by name below then cost nothing).
        let columnOrder = names
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let indices = columnOrder.map { mc[$0] ?? 0 }
        func numbers(_ row: CSVReader.Row) -> [Int] { indices.map { row.int($0) ?? 0 } }
        var rowsByAlliance: [Int: [CSVReader.Row]] = [:]
        for row in m.rows {
            guard let id = row.int(mc["atopid"] ?? 0) else { continue }
            rowsByAlliance[id, default: []].append(row)
        }
        var treaties: [Treaty] = []
        var open: [Int: Set<Int>] = [:]  // members in effect at ATOP's end, for checking the exits
        for (id, rows) in rowsByAlliance.sorted(by: { $0.key < $1.key }) {
            guard let header = headers[id] else { continue }
            var cache: [Int] = []
            func value(_ row: CSVReader.Row, _ name: String) -> Int { position[name].map { cache[$0] } ?? 0 }
            var parties: [Party] = []
            // One provision per (phase, kind, conditions), owed by every member that took it on.
            struct Key: Hashable {
                var phase: Int
                var kind: Provision.Kind
                var conditions: Conditions
            }
            var provisions: [Key: (Provision, PartialDate, PartialDate?)] = [:]
            var order: [Key] = []
            for row in rows {
                cache = numbers(row)
                let member = value(row, "member")
                guard states.id(ccode: member) != nil else { continue }  // Annam (8152): not a COW state
                func f(_ name: String) -> String { row.field(mc[name] ?? 0) }
                guard let atopJoined = partial(f("yrent"), f("moent"), f("dayent")) else {
                    continue
                }
                let joined = corrected(atopJoined, dates[id] ?? [])
                var left =
                    value(row, "yrexit") == 0
                    ? nil : partial(f("yrexit"), f("moexit"), f("dayexit")).map { corrected($0, dates[id] ?? []) }
                var note: String?
                if left == nil, header.end == nil {
                    open[id, default: []].insert(member)
                    if let exit = exits[id]?[member] {
                        left = PartialDate(exit.lastDay)
                        note =
                            "In effect at the end of ATOP's coverage (2018-12-31); left later: last day bound \(exit.lastDay) "
                            + "(Data/history/atop-member-exits.csv; \(exit.source))."
                    }
                }
                parties.append(Party(ccode: member, joined: joined, left: left, note: note))
                let phase = value(row, "phase")
                // The member row's own threat coding (it can change between phases); the alliance level's
                // otherwise.
                let memberThreat = value(row, "specthrt")
                let named = [value(row, "statthr1"), value(row, "statthr2")].filter {
                    $0 > 0 && states.id(ccode: $0) != nil
                }
                let threats =
                    memberThreat > 0 ? ((memberThreat == 1 || memberThreat == 3) ? named : []) : header.threats
                for kind in kinds(row, value) {
                    let conditions = self.conditions(kind, row, value, threats: threats)
                    let key = Key(phase: phase, kind: kind, conditions: conditions)
                    if var entry = provisions[key] {
                        entry.0.obligors?.append(member)
                        if joined.first < entry.1.first { entry.1 = joined }
                        entry.2 = entry.2.flatMap { old in left.map { $0.last > old.last ? $0 : old } }
                        provisions[key] = entry
                    } else {
                        order.append(key)
                        let variable =
                            kind == .nonAggression
                            ? "NONAGG"
                            : kind == .consultation
                                ? "CONSUL" : kind == .neutrality ? "NEUTRAL" : kind.rawValue.uppercased()
                        let provision = Provision(
                            id: "p\(phase)-\(kind.rawValue)-\(order.count)",
                            article: "ATOP \(variable) (phase \(phase))",
                            kind: kind, strength: kind.decidesEntry ? .discretionary : nil,
                            general: kind == .nonAggression && general.contains(id),
                            obligors: [member], conditions: conditions, quote: nil, quoteStatus: .none,
                            source: "ATOP 5.1, atopid \(id), variable \(variable) (member level)", verified: false,
                            note:
                                "ATOP codes the obligation, not the treaty text: no quote. ATOP does not code strength; taken as discretionary."
                        )
                        provisions[key] = (provision, joined, left)
                    }
                }
            }
            guard !parties.isEmpty else { continue }
            var list = order.compactMap { key -> Provision? in
                guard let (coded, from, to) = provisions[key] else { return nil }
                var provision = coded
                // The provision applies from the phase's first entry to its last exit (members' own days
                // are in their party periods).
                provision.from = from
                provision.to = to
                return provision
            }
            if header.end == nil, let joining = joins[id], let members = open[id] {
                let newcomers = joining.keys.sorted().filter { states.id(ccode: $0) != nil && !members.contains($0) }
                parties += newcomers.compactMap { ccode in joining[ccode].map { party(joining: ccode, $0) } }
                list = joinedProvisions(list, joinedBy: newcomers, members: members)
            }
            let codes = Set(parties.map(\.ccode)).sorted().compactMap {
                states.id(ccode: $0).map { states[$0].abbreviation }
            }
            treaties.append(
                Treaty(
                    id: "ATOP-\(id)", name: "ATOP alliance \(id)",
                    shortName:
                        "ATOP \(id) (\(codes.prefix(6).joined(separator: ", "))\(codes.count > 6 ? " …" : ""), \(header.begin.first.year))",
                    signed: header.begin, inForce: header.begin,
                    terminated: header.end ?? terminations[id].map { PartialDate($0.lastDay) }, atopid: id,
                    dateNote: "\(ATOPLoader.origin): dates are signature dates."
                        + (dates[id] ?? []).map {
                            " ATOP's \($0.atop) is corrected to \($0.corrected) (Data/history/atop-date-corrections.csv; \($0.source))."
                        }.joined()
                        + (header.end != nil
                            ? ""
                            : terminations[id]?.note
                                ?? " In effect at the end of ATOP's coverage (2018-12-31): continued past ATOP coverage."),
                    sources: ["\(ATOPLoader.origin) (Leeds et al. 2002), atopid \(id)"], parties: parties,
                    provisions: list,
                    origin: ATOPLoader.origin))
        }
        try checkExits(exits, open: open)
        try checkJoins(joins, open: open, terminations: terminations, states: states)
        try checkTerminations(
            terminations, begins: headers.mapValues(\.begin.first), ended: headers.compactMapValues(\.end?.first))
        return treaties
    }

    /// Reads the list of ATOP ids whose non-aggression pledge is general (`atopid,note`).
    public static func generalNonAggression(_ text: String) throws -> Set<Int> {
        let csv = try CSVReader(text: text, file: "atop-general-nonaggression.csv")
        let column = try csv.column("atopid")
        return Set(csv.rows.compactMap { Int($0.fields[column]) })
    }

    private static func kinds(_ row: CSVReader.Row, _ value: (CSVReader.Row, String) -> Int) -> [Provision.Kind] {
        var out: [Provision.Kind] = []
        if value(row, "defense") == 1 { out.append(.defense) }
        if value(row, "offense") == 1 { out.append(.offense) }
        if value(row, "neutral") == 1 { out.append(.neutrality) }
        if value(row, "nonagg") == 1 { out.append(.nonAggression) }
        if value(row, "consul") == 1 { out.append(.consultation) }
        return out
    }

    private static func conditions(
        _ kind: Provision.Kind, _ row: CSVReader.Row, _ value: (CSVReader.Row, String) -> Int, threats: [Int]
    ) -> Conditions {
        var c = Conditions()
        var unsettled: [String] = []
        func flag(_ name: String, _ words: String) {
            if value(row, name) == 1 { unsettled.append("\(name.uppercased()): \(words)") }
        }
        let prefix: String
        switch kind {
        case .defense: prefix = "def"
        case .offense: prefix = "off"
        case .neutrality: prefix = "neu"
        case .consultation: prefix = "con"
        default: return c
        }
        if value(row, prefix + "coadv") == 1 {
            if threats.isEmpty {
                unsettled.append("\(prefix.uppercased())COADV: limited to an adversary ATOP does not name")
            } else {
                c.adversary = .states(threats)
            }
        }
        flag(prefix + "coloc", "limited to a location ATOP does not name")
        flag(prefix + "cocon", "limited to a particular ongoing conflict")
        if kind != .consultation {
            flag(prefix + "conum", "depends on the number of adversaries")
            flag(prefix + "codem", "depends on demands set out in the agreement")
        }
        if kind == .defense || kind == .neutrality, value(row, prefix + "conpr") == 1 { c.nonProvocation = true }
        if kind == .neutrality, value(row, "neucoatt") == 1 { c.attackedOnly = true }
        if kind == .consultation, value(row, "concoreq") == 1 { c.request = true }
        flag("olimob", "another condition")
        if !unsettled.isEmpty { c.uncertain = "ATOP: " + unsettled.joined(separator: "; ") }
        return c
    }

    /// An ATOP date: year, month and day columns, any of month and day possibly empty (partial precision).
    static func partial(_ year: String, _ month: String, _ day: String) -> PartialDate? {
        guard let y = Int(year), y > 0 else { return nil }
        guard let m = Int(month), m > 0 else { return PartialDate(iso: String(format4(y))) }
        guard let d = Int(day), d > 0 else { return PartialDate(iso: "\(format4(y))-\(m < 10 ? "0" : "")\(m)") }
        return Day(year: y, month: m, day: d).map(PartialDate.init)
    }

    private static func format4(_ y: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y)
    }
}
