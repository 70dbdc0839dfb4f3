@testable import FoedusServer

extension ServerConfiguration {
    /// `serve`'s defaults for routes under test, but with an hour's request timeout: the suite runs debug
    /// builds of the expensive routes (audit, security, simulate, back-test) in parallel on two cores, where an
    /// audit took over the default 120 s in CI (2026-12-06) and answered 503. What these tests check is the
    /// answer; the timeout itself is tested in ``JobLimiterTests``.
    static func underTest(isPrivate: Bool = false) -> ServerConfiguration {
        var configuration = ServerConfiguration(isPrivate: isPrivate)
        configuration.limits.requestTimeout = 3_600
        return configuration
    }
}
