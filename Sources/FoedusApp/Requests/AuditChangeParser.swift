public import FoedusAnalysis
public import FoedusCore

/// Reads the one change an audit compares (`--remove ID` on the command line, `remove=ID` in the API), so
/// the CLI and the server accept the same values with the same errors. `label` names an option as its caller
/// spells it. An added treaty comes from a file (CLI) or the store (API): the caller reads it; here `adding`
/// only counts it, and the result is `nil` when it is the change.
public enum AuditChangeParser {
    public static func change(
        adding: Bool, remove: String?, accede: String?, withdraw: String?, deploy: String?, world: World, day: Day,
        label: (String) -> String
    ) throws -> AuditChange? {
        let given = [remove, accede, withdraw, deploy].compactMap { $0 }
        guard given.count + (adding ? 1 : 0) == 1 else {
            let options = ["add", "remove", "accede", "withdraw", "deploy"].map(label)
            throw FoedusError(.invalidValue, "give exactly one change: " + options.joined(separator: ", "))
        }
        if adding { return nil }
        func pair(_ text: String, _ option: String) throws -> (String, String) {
            let parts = AttackParser.splitStates(text)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw FoedusError(.invalidValue, "\(label(option)) '\(text)': expected A:B")
            }
            return (parts[0], parts[1])
        }
        func code(_ text: String) throws -> Int { world.states[try world.resolver.resolve(text, on: day)].ccode }
        func knownTreaty(_ id: String, _ option: String) throws -> String {
            guard world.treaty(id: id) != nil else {
                throw FoedusError(.invalidValue, "\(label(option)): no treaty \(id)")
            }
            return id
        }
        if let remove { return .removeTreaty(try knownTreaty(remove, "remove")) }
        if let accede {
            let (s, id) = try pair(accede, "accede")
            return .accede(state: try code(s), treaty: try knownTreaty(id, "accede"))
        }
        if let withdraw {
            let (s, id) = try pair(withdraw, "withdraw")
            return .withdraw(state: try code(s), treaty: try knownTreaty(id, "withdraw"))
        }
        let (sender, host) = try pair(deploy ?? "", "deploy")
        let (from, to) = (try code(sender), try code(host))
        guard from != to else {
            throw FoedusError(
                .invalidValue, "\(label("deploy")) '\(deploy ?? "")': the sender and the host are the same state")
        }
        return .deploy(sender: from, host: to)
    }
}
