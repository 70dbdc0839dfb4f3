/// How `foedus serve` runs: where it listens, who may read, and the limits every request is held to.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (printed once bound).
    public var port: Int
    /// Reads need a token too (writes always do).
    public var isPrivate: Bool
    public var limits: Limits
    public var connections: Connections

    public init(
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
    public struct Limits: Sendable {
        /// The largest request body, for every route and content type.
        public var bodyBytes = 1 << 20
        /// The longest request target (path and query); longer is 414.
        public var uriBytes = 8 << 10
        /// Attacks in one scenario.
        public var attacks = 16
        /// User treaties named in one request (`with`).
        public var userTreaties = 8
        /// Items in one page of a list.
        public var page = 100
        /// Monte Carlo runs in one request.
        public var runs = 1_000
        /// Monte Carlo runs of the full-world security index in one request (each run evaluates every pair).
        public var securityRuns = 20
        /// Expensive requests (Monte Carlo) running at once; more get 429.
        public var expensiveJobs = 2
        /// Seconds a request may take to produce its response head; then 503. A job that is already computing
        /// finishes in the background (and holds its slot) but its answer is dropped.
        public var requestTimeout = 120

        public init() {}
    }

    /// Limits on connections: how long one may sit without a complete request, and how many are open at once.
    public struct Connections: Sendable {
        /// Seconds a connection may go without a complete request part (a head, a body chunk, the end):
        /// between requests, or while a head or body trickles in; then it is closed.
        public var idleTimeout: Double = 60
        /// Seconds a new connection has to deliver its first request head in full; then it is closed.
        public var headerTimeout: Double = 10
        /// Connections open at once; more wait in the listen backlog until one closes.
        public var maximum = 512

        public init() {}
    }
}
