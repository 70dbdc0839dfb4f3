public import FoedusAnalysis
public import FoedusCore

/// Writes member-level alliance rows: ATOP 5.1's spells, then the curated treaties that entered into force
/// after ATOP's coverage (2018), marked as Foedus's own coding.
public struct AllianceMemberWriter {
    public static let columns = [
        "source", "atopid", "treaty", "ccode", "stateabb", "entry", "exit", "defense", "offense", "neutral",
        "nonagg", "consul",
    ]
    let states: StateTable
    let spells: [AllianceSpell]
    let curated: [Treaty]

    /// - Parameter curated: curated treaties; those in force after ATOP's coverage and not linked to an ATOP
    ///   alliance are appended.
    public init(states: StateTable, spells: [AllianceSpell], curated: [Treaty]) {
        self.states = states
        self.spells = spells
        self.curated = curated.filter { $0.atopid == nil && $0.inForce.first > ATOPLoader.coverageEnd }
            .sorted { $0.id < $1.id }
    }

    @discardableResult
    public func write(format: DyadYearWriter.Format, header: [String], to sink: ByteSink) throws -> Int {
        var out = RawBuffer()
        var rows = 0
        if format == .csv {
            for line in header { out.append("# " + line + "\n") }
            out.append(Self.columns.joined(separator: ",") + "\n")
        } else {
            out.append("[\n")
        }
        func emit(_ fields: [String], numeric: Set<Int>) throws {
            if format == .csv {
                out.append(fields.map(csvField).joined(separator: ",") + "\n")
            } else {
                if rows > 0 { out.append(",\n") }
                let pairs = zip(Self.columns, fields).enumerated().map { i, pair in
                    "\"\(pair.0)\":"
                        + (pair.1.isEmpty ? "null" : numeric.contains(i) ? pair.1 : "\"\(jsonEscape(pair.1))\"")
                }
                out.append("{" + pairs.joined(separator: ",") + "}")
            }
            rows += 1
            if out.isFull { try out.drain(into: sink) }
        }
        let numeric: Set<Int> = [1, 3, 7, 8, 9, 10, 11]
        let flags: [AllianceSpell.Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
        for spell in spells.sorted(by: { ($0.alliance, $0.ccode, $0.start) < ($1.alliance, $1.ccode, $1.start) }) {
            let abb = states.id(ccode: spell.ccode).map { states[$0].abbreviation } ?? ""
            try emit(
                [
                    ATOPLoader.origin.description, String(spell.alliance), "", String(spell.ccode), abb,
                    spell.start.description,
                    spell.end?.description ?? "",
                ] + flags.map { spell.obligations.contains($0) ? "1" : "0" },
                numeric: numeric)
        }
        let kinds: [Provision.Kind] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
        for treaty in curated {
            for party in treaty.parties {
                let abb = states.id(ccode: party.ccode).map { states[$0].abbreviation } ?? ""
                let owed = Set(treaty.provisions.filter { $0.obligors?.contains(party.ccode) ?? true }.map(\.kind))
                try emit(
                    [
                        "foedus", "", treaty.id, String(party.ccode), abb, (party.joined ?? treaty.inForce).description,
                        (party.left ?? treaty.terminated)?.description ?? "",
                    ] + kinds.map { owed.contains($0) ? "1" : "0" },
                    numeric: numeric)
            }
        }
        if format == .json { out.append("\n]\n") }
        try out.drain(into: sink)
        return rows
    }
}

private func csvField(_ s: String) -> String {
    s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences("\"", "\"\"") + "\"" : s
}

private func jsonEscape(_ s: String) -> String {
    s.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"")
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
