/// Timeouts and caps of an `HTTPServer`. Durations are measured on `clock`.
public struct HTTPServerConfiguration: Sendable {
    /// How long a connection may wait for the first byte of its next request (keep-alive idle).
    public var idleTimeout: Duration
    /// From the first byte of a request to its last: a client sending slowly (slow loris) is dropped.
    public var requestTimeout: Duration
    /// How long writing one response may take when the client does not read.
    public var writeTimeout: Duration
    /// From a WebSocket upgrade request to the 101 answer having been written.
    public var handshakeTimeout: Duration
    /// After an error response, how long the server keeps reading (and discarding) before closing, so
    /// the client sees the response instead of a reset.
    public var lingerTimeout: Duration
    /// Most open connections; a connection beyond the cap is answered 503 and closed.
    public var maxConnections: Int
    /// How long `shutdown()` lets in-flight requests finish before closing their connections.
    public var shutdownGracePeriod: Duration
    /// Most bytes asked of the stream in one read.
    public var readChunkSize: Int
    /// The clock every timeout is measured on.
    public var clock: any Clock<Duration>

    public init(
        idleTimeout: Duration = .seconds(60),
        requestTimeout: Duration = .seconds(30),
        writeTimeout: Duration = .seconds(30),
        handshakeTimeout: Duration = .seconds(10),
        lingerTimeout: Duration = .seconds(2),
        maxConnections: Int = 16_384,
        shutdownGracePeriod: Duration = .seconds(10),
        readChunkSize: Int = 64 * 1024,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.writeTimeout = writeTimeout
        self.handshakeTimeout = handshakeTimeout
        self.lingerTimeout = lingerTimeout
        self.maxConnections = maxConnections
        self.shutdownGracePeriod = shutdownGracePeriod
        self.readChunkSize = readChunkSize
        self.clock = clock
    }
}
