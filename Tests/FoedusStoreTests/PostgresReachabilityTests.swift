import FoedusPostgres
import FoedusStore
import Foundation
import Testing

/// A database that cannot be reached is a clear ``StoreError/unavailable(_:)`` naming the address, never
/// the password, and never a hang.
@Suite struct PostgresReachabilityTests {
    @Test func aPortWhereNothingListensIsUnavailableAndTheMessageHidesThePassword() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.withStore(url: "postgres://foedus:s3cret@127.0.0.1:1/postgres") { _ in 0 }
        }
        guard case .unavailable(let message)? = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("postgres://foedus:***@127.0.0.1:1/postgres: "))
        #expect(!message.contains("s3cret"))
    }

    @Test(.enabled(if: StoreBackend.postgresURL != nil))
    func aDatabaseThatDoesNotExistIsUnavailableWithTheServersMessage() async throws {
        let base = try #require(StoreBackend.postgresURL)
        var url = try #require(URLComponents(string: base))
        url.path = "/no_such_database_for_foedus"
        let address = try #require(url.string)
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.withStore(url: address) { _ in 0 }
        }
        guard case .unavailable(let message)? = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(message.contains("no_such_database_for_foedus"))
        #expect(message.contains("does not exist"))
    }
}
