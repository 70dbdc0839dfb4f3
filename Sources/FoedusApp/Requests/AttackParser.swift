public import FoedusCore

/// Parses `AGGRESSOR:VICTIM[@THEATRE][!]`.
public enum AttackParser {
    public static func parse(_ text: String, world: World, day: Day) throws -> Attack {
        var body = Substring(text)
        var provoked = false
        if body.hasSuffix("!") {
            provoked = true
            body = body.dropLast()
        }
        var theatreName: Substring?
        if let at = body.firstIndex(of: "@") {
            theatreName = body[body.index(after: at)...]
            body = body[..<at]
        }
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        // `cow:AUS` / `iso:AUS` contain a colon: rejoin the scheme prefix with its code.
        let pieces = splitStates(String(body))
        guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty, parts.count == 2 else {
            throw FoedusError(
                .invalidScenario, "--attack '\(text)': expected AGGRESSOR:VICTIM[@THEATRE][!], e.g. RUS:UKR")
        }
        // A state that does not resolve is reported with the argument it came from.
        func resolve(_ name: String) throws -> StateID {
            do { return try world.resolver.resolve(name, on: day) } catch var error as FoedusError {
                error.location = error.location ?? "--attack '\(text)'"
                throw error
            }
        }
        let aggressor = try resolve(pieces[0])
        let victim = try resolve(pieces[1])
        var theatre: Theatre?
        if let name = theatreName {
            do { theatre = try RequestField.theatre(String(name), world: world, on: day) } catch var error {
                error.location = "--attack '\(text)'"
                throw error
            }
        }
        return Attack(aggressor: aggressor, victim: victim, theatre: theatre, provoked: provoked)
    }

    /// Splits `A:B` where either side may itself be `cow:X` or `iso:X`.
    public static func splitStates(_ text: String) -> [String] {
        var tokens = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        while !tokens.isEmpty {
            let t = tokens.removeFirst()
            if ["cow", "iso"].contains(t.lowercased()), !tokens.isEmpty {
                result.append(t + ":" + tokens.removeFirst())
            } else {
                result.append(t)
            }
        }
        return result
    }
}
