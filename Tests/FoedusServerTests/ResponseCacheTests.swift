import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@testable import FoedusServer

@Suite struct ResponseCacheTests {
    func request(_ path: String) -> HTTPRequest { HTTPRequest(method: .get, scheme: nil, authority: nil, path: path) }

    @Test func theKeyIgnoresTheOrderOfNamesButNotOfRepeatedValues() {
        let key = { ConditionalGetMiddleware.key(self.request($0), today: "2026-01-01") }
        #expect(key("/v1/scenario?on=2026-01-01&attack=USA:PRK") == key("/v1/scenario?attack=USA:PRK&on=2026-01-01"))
        // Two attacks in another order are another scenario.
        #expect(key("/v1/scenario?attack=USA:PRK&attack=RUS:EST") != key("/v1/scenario?attack=RUS:EST&attack=USA:PRK"))
        // A value holding '&' or '=' (encoded) cannot pass for two parameters.
        #expect(key("/v1/map?focus=a%26on%3D1") != key("/v1/map?focus=a&on=1"))
        // Another day, another key.
        #expect(
            ConditionalGetMiddleware.key(request("/v1/map"), today: "2026-01-01")
                != ConditionalGetMiddleware.key(request("/v1/map"), today: "2026-01-02"))
        // An answer that depends on the store's user treaties is never cached.
        #expect(key("/v1/scenario?attack=USA:PRK&with=WHATIF") == nil)
        #expect(key("/v1/scenario?attack=USA:PRK&workspace=mine") == nil)
        #expect(key("/v1/scenario?attack=USA:PRK") != nil)
    }
}
