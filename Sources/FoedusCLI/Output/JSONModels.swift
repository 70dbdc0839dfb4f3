import FoedusCore

/// The JSON contract of `--json` (docs/json.md). Every state is an object with `ccode`, `iso3` and `name`.
struct StateJSON: Encodable, Hashable {
    var ccode: Int
    var abbreviation: String
    var iso3: String?
    var name: String

    init(_ id: StateID, _ world: World) { self.init(world.states[id]) }
    init(_ state: State) {
        ccode = state.ccode
        abbreviation = state.abbreviation
        iso3 = state.iso3
        name = state.name
    }
}

struct TreatyRefJSON: Encodable {
    var id: String
    var name: String
}

struct ProvenanceJSON: Encodable {
    var foedus: String
    var data: String
    var today: String
    var policy: String?
    var honour: String?
    var dateBasis: String
    var assumptions: [String]
}

struct ObligationJSON: Encodable {
    var obligor: StateJSON
    var beneficiary: StateJSON
    var adversary: StateJSON
    var kind: String
    var strength: String?
    var status: String
    var treaty: TreatyRefJSON
    var article: String
    var quote: String?
    var quoteStatus: String
    var source: String?
    var verified: Bool
    var note: String?
    var conditions: [String]
    var attack: Int
    /// The duty rests on an ATOP alliance carried past the end of ATOP's coverage (2018-12-31).
    var carriedForward: Bool
}

struct AttackJSON: Encodable {
    var aggressor: StateJSON
    var victim: StateJSON
    var theatre: String
    var provoked: Bool
    var derived: Bool
}

struct ReasonStepJSON: Encodable {
    var step: Int
    var state: StateJSON
    var cause: String
    var treaty: TreatyRefJSON?
    var article: String?
    var beneficiary: StateJSON?
    var against: StateJSON?
    var deployment: String?
    var policy: String
}

struct SideMemberJSON: Encodable {
    var state: StateJSON
    var reasons: [ReasonStepJSON]
}

struct SidesJSON: Encodable {
    var attackers: [SideMemberJSON]
    var defenders: [SideMemberJSON]
}

struct OutsideDutyJSON: Encodable {
    var treaty: TreatyRefJSON
    var article: String
    var beneficiary: StateJSON
    var adversary: StateJSON
    var status: String
    var restraint: String
}

struct OutsideJSON: Encodable {
    var state: StateJSON
    var duties: [OutsideDutyJSON]
}

struct ConflictJSON: Encodable {
    var kind: String
    var states: [StateJSON]
    var treaties: [TreatyRefJSON]
    var articles: [String]
}

struct ExplanationJSON: Encodable {
    struct Reason: Encodable {
        var reason: String
        var treaty: TreatyRefJSON?
        var message: String
    }
    var state: StateJSON
    var reasons: [Reason]
}

struct ObligationsReportJSON: Encodable {
    var date: String
    var provenance: ProvenanceJSON
    var attacks: [AttackJSON]
    var obligations: [ObligationJSON]
    var explanations: [ExplanationJSON]
}

struct ScenarioReportJSON: Encodable {
    var date: String
    var policy: String
    var honour: String
    var provenance: ProvenanceJSON
    var attacks: [AttackJSON]
    var sides: SidesJSON
    var outside: [OutsideJSON]
    var conflicts: [ConflictJSON]
    var obligations: [ObligationJSON]
    var explanations: [ExplanationJSON]
}

struct ErrorJSON: Encodable {
    struct Body: Encodable {
        var code: String
        var message: String
        var problems: [String]?
    }
    var error: Body
}
