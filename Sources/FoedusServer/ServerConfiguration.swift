/// How `foedus serve` runs: where it listens, who may read, and the limits every request is held to.
package struct ServerConfiguration: Sendable {
    package var host: String
    /// 0 picks a free port (printed once bound).
    package var port: Int
    /// Reads need a token too (writes always do).
    package var isPrivate: Bool
    package var limits: Limits
    package var connections: Connections

    package init(
        host: String = "127.0.0.1", port: Int = 8080, isPrivate: Bool = false, limits: Limits = Limits(),
        connections: Connections = Connections()
    ) {
        self.host = host
        self.port = port
        self.isPrivate = isPrivate
        self.limits = limits
        self.connections = connections
    }

    /// Limits on requests, also declared in the OpenAPI document.
    package struct Limits: Sendable {
        /// The largest request body, for every route and content type.
        package var bodyBytes = 1 << 20
        /// The longest request target (path and query); longer is 414.
        package var uriBytes = 8 << 10
        /// Attacks in one scenario.
        package var attacks = 16
        /// User treaties named in one request (`with`).
        package var userTreaties = 8
        /// Items in one page of a list.
        package var page = 100
        /// Monte Carlo runs in one request.
        package var runs = 1_000
        /// Monte Carlo runs of the full-world security index in one request (each run evaluates every pair).
        package var securityRuns = 20
        /// Expensive requests (Monte Carlo) running at once; more get 429.
        package var expensiveJobs = 2
        /// Seconds a request may take to produce its response head; then 503. A job that is already computing
        /// finishes in the background (and holds its slot) but its answer is dropped.
        package var requestTimeout = 120

        package init() {}
    }

    /// Limits on connections: how long one may sit without a complete request, and how many are open at once.
    package struct Connections: Sendable {
        /// Seconds a connection may go without a complete request part (a head, a body chunk, the end):
        /// between requests, or while a head or body trickles in; then it is closed.
        package var idleTimeout: Double = 60
        /// Seconds a new connection has to deliver its first request head in full; then it is closed.
        package var headerTimeout: Double = 10
        /// Connections open at once; more wait in the listen backlog until one closes.
        package var maximum = 512

        package init() {}
    }
}
