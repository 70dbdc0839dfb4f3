/// How `foedus serve` runs: where it listens, who may read, and the limits every request is held to.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (printed once bound).
    public var port: Int
    /// Reads need a token too (writes always do).
    public var isPrivate: Bool
    public var limits: Limits

    public init(host: String = "127.0.0.1", port: Int = 8080, isPrivate: Bool = false, limits: Limits = Limits()) {
        self.host = host
        self.port = port
        self.isPrivate = isPrivate
        self.limits = limits
    }

    /// Limits on requests, also declared in the OpenAPI document.
    public struct Limits: Sendable {
        /// The largest request body.
        public var bodyBytes = 1 << 20
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
}
