public import FoedusAnalysis
public import FoedusCore
import FoedusData
import FoedusFormats

/// The history datasets (ATOP member level, NMC), parsed from the copies in the binary.
public struct History: Sendable {
    public let states: StateTable
    public let spells: [AllianceSpell]
    public let alliances: AllianceDyadYears
    public let capabilities: Capabilities

    /// The history datasets, parsed on first use and kept for the process (a server answers many requests).
    public static func load() throws -> History { try loaded.get() }

    private static let loaded = Result<History, any Error> { try parse() }

    private static func parse() throws -> History {
        let states = try WorldLoader.stateTable()
        let spells = try ATOPLoader.members(BundledData.atopMembers, states: states)
        let corrections = try ATOPLoader.corrections(BundledData.atopDyadCorrections)
        return History(
            states: states, spells: spells,
            alliances: AllianceDyadYears(spells: spells, coverageEnd: ATOPLoader.coverageEnd, corrections: corrections),
            capabilities: try CapabilitiesLoader.load(BundledData.capabilities, states: states))
    }

    /// COW contiguity and major powers (for politically relevant dyads), parsed on first use.
    public static func relevance() throws -> PoliticalRelevance { try relevanceTable.get() }

    private static let relevanceTable = Result<PoliticalRelevance, any Error> {
        try RelevanceLoader.load(contiguity: BundledData.contiguity, majorPowers: BundledData.majorPowers)
    }

    /// The GML MID 2.2.1 disputes that began in 1816–1991 (`Data/history/mid/`), parsed on first use: what
    /// `GET /v1/backtest/disputes` runs the joiner forecasts on.
    public static func disputes() throws -> [MilitarizedDispute] { try disputeList.get() }

    /// The bundled participants file's path under the repository, for messages and for the CLI's equivalent.
    public static let disputesFile = "Data/history/mid/gml-mid-participants-1816-1991.csv"

    private static let disputeList = Result<[MilitarizedDispute], any Error> {
        try MIDLoader.disputes(BundledData.midParticipants, file: disputesFile)
    }

    /// The alliance dyad-years after ATOP's coverage (2019 on) through `year`, from the treaties the engine
    /// reasons with (curated, and ATOP alliances carried past 2018), up to today; `nil` when `year` is 2018 or
    /// earlier.
    public static func later(through year: Int) throws -> TreatyDyadYears? {
        try laterYears(through: year).map { years in
            TreatyDyadYears(
                treaties: try WorldLoader.load(overlays: []).0.treaties, years: years, lastDay: try Today.resolve())
        }
    }

    /// The member rows after ATOP's coverage (2019 on) through `year`, with the carry rule of ``later(through:)``
    /// (`foedus export alliances --to`); `nil` when `year` is 2018 or earlier.
    public static func laterMembers(through year: Int) throws -> TreatyMembers? {
        try laterYears(through: year).map { years in
            TreatyMembers(
                treaties: try WorldLoader.load(overlays: []).0.treaties, years: years, lastDay: try Today.resolve())
        }
    }

    /// The alliance matrix similarity reads through `year`: ATOP, and the treaties for the years past 2018.
    public func similarityAlliances(through year: Int) throws -> SimilarityAlliances {
        SimilarityAlliances(atop: alliances, later: try Self.later(through: year))
    }

    /// 2019 through `year`, or `nil` when `year` is within ATOP's coverage.
    private static func laterYears(through year: Int) -> ClosedRange<Int>? {
        let first = ATOPLoader.coverageEnd.year + 1
        return year >= first ? first...year : nil
    }

    public var source: DyadYearSource {
        DyadYearSource(states: states, alliances: alliances, capabilities: capabilities)
    }
}
