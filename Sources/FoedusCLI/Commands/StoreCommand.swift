import ArgumentParser
import FoedusFormats
import FoedusPostgres
import FoedusStore
import Foundation

/// `foedus store path|migrate|export|import`: the store of user data (user treaties, saved scenarios, audit
/// results, API tokens). The bundled reference data is never in it.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Manage the store of user data: user treaties, saved scenarios, audit results, API tokens.",
        discussion: """
            SQLite by default (one file, created on first use); PostgreSQL with --database or FOEDUS_DATABASE_URL.
            Back up a PostgreSQL store with the database's own tools; a SQLite store with `foedus store export`.
            """,
        subcommands: [Path.self, Migrate.self, Export.self, Import.self, Check.self])

    struct Path: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print where the store is.")
        @OptionGroup var options: StoreOptions

        func run() async throws {
            if let url = options.postgresURL {
                do { Output.text(try PostgresURLDescription.redacted(url)) } catch let error as StoreError {
                    Output.diagnostic("error: \(error)")
                    throw ExitCode.failure
                }
            } else {
                Output.text(options.sqlitePath)
            }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring the store's schema up to this foedus's version (also done on first use).")
        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await options.withStore { store in
                let (from, to) = try await store.migrate()
                Output.text(
                    from == to
                        ? "\(store.location): schema version \(to), up to date"
                        : "\(store.location): schema version \(from) → \(to)")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything in the store as JSON (tokens as hashes only).")
        @OptionGroup var options: StoreOptions
        @Option(
            name: .long,
            help:
                "Write to this file instead of stdout (- for stdout); created with mode 0600, as it holds token hashes."
        )
        var output: String?

        func run() async throws {
            let file = output == "-" ? nil : output
            let writer = file.map { AtomicFileWriter(path: $0, field: "--output", permissions: .ownerOnly) }
            if let writer {
                do { _ = try writer.check() } catch {
                    Output.diagnostic("error: \(error)")
                    throw ExitCode.failure
                }
            }
            let data = try await options.withStore { try await $0.snapshot().encoded() }
            if let writer {
                do { try writer.write(Array(data)) } catch {
                    Output.diagnostic("error: \(error)")
                    throw ExitCode.failure
                }
            } else {
                FileHandle.standardOutput.write(data)
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the store end to end: write documents one transaction each, read them back, delete them.",
            discussion: """
                Each id is printed once its transaction has committed. With --keep the documents stay (kind
                `scenario`, owner `store-check`), which is how the durability test finds them after killing
                the writer.
                """)
        @OptionGroup var options: StoreOptions
        @Option(name: .long, parsing: .unconditional, help: "How many documents to write (1–1000000).")
        var writes = 100
        @Flag(name: .long, help: "Keep the documents instead of deleting them.")
        var keep = false

        func validate() throws {
            guard (1...1_000_000).contains(writes) else { throw ValidationError("--writes must be 1 to 1000000") }
        }

        func run() async throws {
            let run = "check-" + String(UUID().uuidString.prefix(8)).lowercased()
            try await options.withStore { store in
                let clock = ContinuousClock()
                let start = clock.now
                for i in 0..<writes {
                    let document = StoreDocument(
                        kind: .scenario, id: "\(run)-\(i)", owner: "store-check", name: "store check \(i)",
                        body:
                            #"{"attacks":["USA:PRK"],"id":"\#(run)-\#(i)","name":"store check \#(i)","on":"2000-01-01"}"#,
                        created: StoreTime.now())
                    try await store.insert(document)
                    // Unbuffered: a line on stdout means the write has committed.
                    FileHandle.standardOutput.write(Data("committed \(document.id)\n".utf8))
                }
                let written = clock.now - start
                let milliseconds =
                    Double(written.components.seconds) * 1e3 + Double(written.components.attoseconds) / 1e15
                for i in 0..<writes {
                    guard try await store.document(.scenario, id: "\(run)-\(i)") != nil else {
                        throw StoreError.unavailable("\(store.location): \(run)-\(i) was committed but is missing")
                    }
                }
                if !keep {
                    for i in 0..<writes {
                        _ = try await store.delete(.scenario, id: "\(run)-\(i)", owner: "store-check")
                    }
                }
                Output.diagnostic(
                    "\(store.location): \(writes) writes in \(Int(milliseconds.rounded())) ms, all read back\(keep ? ", kept" : ", deleted")"
                )
            }
        }
    }
}
