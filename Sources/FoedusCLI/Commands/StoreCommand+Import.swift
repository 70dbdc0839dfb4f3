import ArgumentParser
import FoedusStore
import Foundation

extension StoreCommand {
    /// `foedus store import FILE [--with-tokens]`: adds what an export holds and the store lacks. The whole
    /// file is checked before anything is written, and the merge is one transaction: a file with one bad
    /// record changes nothing.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add what an export holds and the store lacks (nothing is overwritten), in one transaction.",
            discussion: """
                Every field of every record is checked before anything is written; one bad record and \
                nothing is imported. API tokens in the file are imported only with --with-tokens: a token \
                is a key that can write through the API, so import them only from a file you trust.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "A file written by `foedus store export`.")
        var file: String
        @Flag(name: .long, help: "Also import the file's API tokens (their holders can then write through the API).")
        var withTokens = false

        func run() async throws {
            let snapshot: StoreSnapshot
            do {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                    throw StoreError.badSnapshot("\(file): cannot read (\(error.localizedDescription))")
                }
                snapshot = try StoreSnapshot.decode(data, file: file)
                try StoreImportCheck.check(snapshot, file: file)
            } catch let error as StoreError {
                Output.diagnostic("error: \(error)")
                throw ExitCode.failure
            }
            var imported = snapshot
            let tokens = snapshot.tokens.count
            if withTokens {
                if tokens > 0 {
                    let names = snapshot.tokens.map(\.name).joined(separator: ", ")
                    Output.diagnostic("importing \(Self.count(tokens, "token")) from \(file): \(names)")
                }
            } else {
                imported.tokens = []
            }
            try await options.withStore { store in
                let (added, skipped) = try await store.merge(imported)
                var line = "\(store.location): added \(added), skipped \(skipped) already there"
                if !withTokens && tokens > 0 {
                    line +=
                        "; \(Self.count(tokens, "token")) in \(file) not imported (use --with-tokens to import them)"
                }
                Output.text(line)
            }
        }

        private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
    }
}
