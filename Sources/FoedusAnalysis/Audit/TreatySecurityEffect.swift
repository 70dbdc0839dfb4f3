public import FoedusCore

/// The security part of a treaty's exposure of third countries: the indivisible-security audit of adding
/// the treaty, on the day, to the world without it. Its losers are the states whose security index falls
/// because of the treaty; its winners, those whose index rises.
public enum TreatySecurityEffect {
    /// The share readings used (with the dyadic reading the audit always adds). `chain` is left to
    /// `foedus audit`, where one change costs about a second rather than a tenth of one.
    public static let policies: [EscalationPolicy] = [.strict, .treaty]

    /// The rule, as printed with the result.
    public static let rule =
        "the states whose score falls (losers) or rises (winners) by more than the tolerance in the audit of adding "
        + "the treaty on the day to the world without it: every duty honoured, readings strict, treaty and dyadic"

    /// The audit, or `nil` when the world has no treaty with this id in force (`yes`) on the day.
    public static func audit(
        treaty id: String, world: World, day: Day, capability: [Double?], relevance: PoliticalRelevance
    ) throws -> IndivisibleSecurityAudit? {
        guard let treaty = world.treaty(id: id), treaty.inForce(on: day) == .yes else { return nil }
        let without = try AuditChange.removeTreaty(id).apply(to: world, on: day)
        return try IndivisibleSecurityAudit(
            before: without, after: world, day: day, capability: capability, relevance: relevance,
            policies: policies)
    }

    /// The audits of several treaties, by id; treaties not in force on the day are left out.
    public static func audits(
        treaties ids: [String], world: World, day: Day, capability: [Double?], relevance: PoliticalRelevance
    ) throws -> [String: IndivisibleSecurityAudit] {
        var out: [String: IndivisibleSecurityAudit] = [:]
        for id in ids {
            if let a = try audit(treaty: id, world: world, day: day, capability: capability, relevance: relevance) {
                out[id] = a
            }
        }
        return out
    }
}
