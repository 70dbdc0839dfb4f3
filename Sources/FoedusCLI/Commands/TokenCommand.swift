import ArgumentParser
import FoedusStore

/// `foedus token create|revoke|list`: bearer tokens for writes to the HTTP API.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage the bearer tokens that may write through the HTTP API.",
        subcommands: [Create.self, Revoke.self, List.self])

    /// A token name as the store accepts it (``StoreDocument/validateIdentifier(_:field:)``), checked before
    /// the store is opened; the error names the argument and never echoes the name (it may hold control
    /// characters).
    static func validateName(_ name: String) throws {
        do { try StoreDocument.validateIdentifier(name, field: "<name>") } catch let error as StoreError {
            throw ValidationError("\(error)")
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print its secret once (only its SHA-256 is stored).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The token's name: 1–64 letters, digits, '-', '_' or '.'; it owns what the token writes.")
        var name: String

        func validate() throws { try TokenCommand.validateName(name) }

        func run() async throws {
            try await options.withStore { store in
                let (secret, token) = try APIToken.generate(name: name, created: StoreTime.now())
                try await store.insert(token)
                Output.text(secret)
                Output.diagnostic("token \(name) created; the secret above is shown only now")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token: it can no longer write.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The token's name.")
        var name: String

        func validate() throws { try TokenCommand.validateName(name) }

        func run() async throws {
            let revoked = try await options.withStore { try await $0.revokeToken(name: name, at: StoreTime.now()) }
            guard revoked else {
                Output.diagnostic("error: no valid token named \(name)")
                throw ExitCode.failure
            }
            Output.text("token \(name) revoked")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens (names and dates, never secrets).")
        @OptionGroup var options: StoreOptions

        func run() async throws {
            for token in try await options.withStore({ try await $0.tokens() }) {
                Output.text(
                    "\(token.name)\tcreated \(token.created)\t\(token.revoked.map { "revoked \($0)" } ?? "valid")")
            }
        }
    }
}
