public import FoedusCore

/// The JSON contract of `--json` (docs/json.md). Every state is an object with `ccode`, `iso3` and `name`.
public struct StateJSON: Codable, Hashable, Sendable {
    public var ccode: Int
    public var abbreviation: String
    public var iso3: String?
    public var name: String

    /// The state as named on `day` (COW 345 is Serbia in 1914), or by its COW name without a day.
    public init(_ id: StateID, _ world: World, on day: Day? = nil) { self.init(world.states[id], on: day) }
    public init(_ state: State, on day: Day? = nil) {
        ccode = state.ccode
        abbreviation = state.abbreviation
        iso3 = state.iso3
        name = state.name(on: day)
    }
}

public struct TreatyRefJSON: Encodable, Hashable, Sendable {
    public var id: String
    public var name: String
}

public struct ProvenanceJSON: Encodable, Hashable, Sendable {
    public var foedus: String
    public var data: String
    public var today: String
    public var policy: String?
    public var honour: String?
    public var dateBasis: String
    public var assumptions: [String]
}

public struct ObligationJSON: Encodable, Hashable, Sendable {
    public var obligor: StateJSON
    public var beneficiary: StateJSON
    public var adversary: StateJSON
    public var kind: String
    public var strength: String?
    public var status: String
    public var treaty: TreatyRefJSON
    public var article: String
    public var quote: String?
    public var quoteStatus: String
    public var source: String?
    public var verified: Bool
    public var note: String?
    public var conditions: [String]
    public var attack: Int
    /// The duty rests on an ATOP alliance carried past the end of ATOP's coverage (2018-12-31).
    public var carriedForward: Bool
}

public struct AttackJSON: Encodable, Hashable, Sendable {
    public var aggressor: StateJSON
    public var victim: StateJSON
    public var theatre: String
    public var provoked: Bool
    public var derived: Bool
    /// For the scenario's own attacks: `aggression`, `selfDefence`, `collectiveSelfDefence`, `ownTerritory` or
    /// `disputed`.
    public var ground: String?
    /// For the grounds `ownTerritory` and `disputed`: the place of disputed sovereignty (gazetteer id) the ground
    /// depends on.
    public var groundPlace: String?
}

public struct ReasonStepJSON: Encodable, Hashable, Sendable {
    public var step: Int
    public var state: StateJSON
    public var cause: String
    public var treaty: TreatyRefJSON?
    public var article: String?
    public var beneficiary: StateJSON?
    public var against: StateJSON?
    public var deployment: String?
    /// For `ownTerritory` and `disputed` steps: the place of disputed sovereignty (gazetteer id).
    public var place: String?
    public var policy: String
}

public struct SideMemberJSON: Encodable, Hashable, Sendable {
    public var state: StateJSON
    public var reasons: [ReasonStepJSON]
}

public struct SidesJSON: Encodable, Hashable, Sendable {
    public var attackers: [SideMemberJSON]
    public var defenders: [SideMemberJSON]
}

public struct OutsideDutyJSON: Encodable, Hashable, Sendable {
    public var treaty: TreatyRefJSON
    public var article: String
    public var beneficiary: StateJSON
    public var adversary: StateJSON
    public var status: String
    public var restraint: String
}

public struct OutsideJSON: Encodable, Hashable, Sendable {
    public var state: StateJSON
    public var duties: [OutsideDutyJSON]
}

public struct ConflictJSON: Encodable, Hashable, Sendable {
    public var kind: String
    public var states: [StateJSON]
    public var treaties: [TreatyRefJSON]
    public var articles: [String]
    /// For a pledge whose breach depends on whose territory a disputed place is: that dispute, in words.
    public var disputed: String?
}

public struct ExplanationJSON: Encodable, Hashable, Sendable {
    public struct Reason: Encodable, Hashable, Sendable {
        var reason: String
        var treaty: TreatyRefJSON?
        var message: String
    }
    public var state: StateJSON
    public var reasons: [Reason]
}

public struct ObligationsReportJSON: Encodable, Hashable, Sendable {
    public var date: String
    public var provenance: ProvenanceJSON
    public var attacks: [AttackJSON]
    public var obligations: [ObligationJSON]
    public var explanations: [ExplanationJSON]
}

public struct ScenarioReportJSON: Encodable, Hashable, Sendable {
    public var date: String
    public var policy: String
    public var honour: String
    public var provenance: ProvenanceJSON
    public var attacks: [AttackJSON]
    public var sides: SidesJSON
    public var outside: [OutsideJSON]
    public var conflicts: [ConflictJSON]
    public var obligations: [ObligationJSON]
    public var explanations: [ExplanationJSON]
}

/// An error on stderr (`--json`) or in an HTTP response body.
public struct ErrorJSON: Encodable, Hashable, Sendable {
    public struct Body: Encodable, Hashable, Sendable {
        public var code: String
        public var message: String
        public var problems: [String]?
        /// The HTTP request's id (server only).
        public var requestId: String?

        public init(code: String, message: String, problems: [String]? = nil, requestId: String? = nil) {
            self.code = code
            self.message = message
            self.problems = problems
            self.requestId = requestId
        }
    }
    public var error: Body

    public init(error: Body) { self.error = error }
}
