import Synchronization
import Wire

/// An HTTP/1.1 server over `ByteStream`s: TCP sockets on 127.0.0.1 (or another bound address), or
/// in-process `LoopbackPair`s through `connectInProcess()`.
///
/// Requests are parsed by Wire's `HTTPRequestParser` with the given limits (errors are answered with
/// 400/413/414/431/501/505 and the connection is closed); keep-alive and pipelining are supported
/// (answers go out in request order); idle, request (slow loris), write and handshake timeouts drop
/// stalled clients; connections beyond the cap get 503. WebSocket upgrade requests go to
/// `webSocketRoute` when one is given.
///
/// ```swift
/// let server = HTTPServer(port: 0) { request in HTTPResponse(status: 200, body: Array("hi".utf8)) }
/// try server.start()
/// print(server.port)          // the port the kernel chose
/// await server.shutdown()     // finishes in-flight requests
/// ```
public final class HTTPServer: Sendable {
    /// Answers one request.
    public typealias Handler = @Sendable (HTTPRequest) async -> HTTPResponse

    public let host: String
    public let requestedPort: Int
    public let limits: HTTPParserLimits
    public let configuration: HTTPServerConfiguration
    let handler: Handler
    let webSocketRoute: WebSocketRoute?
    let loop: EventLoop

    struct ConnectionRecord {
        var stream: any ByteStream
        /// Waiting for the first byte of a request: shutdown may close it at once.
        var idle = true
        /// Set once the connection was upgraded: shutdown closes it with 1001 (going away).
        var webSocket: WebSocketConnection?
    }

    struct State {
        var listener: TCPListener?
        var acceptTask: Task<Void, Never>?
        var connections: [Int: ConnectionRecord] = [:]
        var nextConnectionID = 0
        var draining = false
        var drainWaiters: [CheckedContinuation<Void, Never>] = []
    }

    let state = Mutex(State())

    /// - Parameters:
    ///   - host: the address to bind (IPv4), loopback by default.
    ///   - port: 0 lets the kernel choose; read the result from `port` after `start()`.
    ///   - limits: parser limits; exceeding one answers 413/414/431 and closes.
    ///   - webSocketRoute: decides on WebSocket upgrade requests; without it they are plain requests.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        limits: HTTPParserLimits = .default,
        configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
        loop: EventLoop = .shared,
        webSocketRoute: WebSocketRoute? = nil,
        handler: @escaping Handler
    ) {
        self.host = host
        self.requestedPort = port
        self.limits = limits
        self.configuration = configuration
        self.loop = loop
        self.webSocketRoute = webSocketRoute
        self.handler = handler
    }

    /// The bound port once `start()` returned; nil before.
    public var port: Int? { state.withLock { $0.listener?.port } }

    /// How many connections are open now.
    public var connectionCount: Int { state.withLock { $0.connections.count } }

    /// Binds, listens and starts accepting connections in the background. Does nothing when the
    /// server already listens; a server that was shut down is not started again.
    public func start() throws(TransportError) {
        guard state.withLock({ $0.listener == nil && !$0.draining }) else { return }
        let listener = try TCPListener(host: host, port: requestedPort, loop: loop)
        let task = Task { [self] in await acceptLoop(listener) }
        state.withLock { state in
            state.listener = listener
            state.acceptTask = task
        }
    }

    /// Serves one already connected stream until it closes (how a `LoopbackPair` end is served).
    public func serve(_ stream: some ByteStream) async {
        guard let id = admit(stream) else {
            await refuseOverCapacity(stream)
            return
        }
        await HTTPServerConnection(server: self, id: id, stream: stream).run()
        release(id)
    }

    /// A new in-process connection to this server: the client end of a `LoopbackPair` whose server end
    /// is served in the background. Works whether or not the server listens on a socket.
    public func connectInProcess() -> LoopbackStream {
        let (client, serverEnd) = LoopbackPair.make()
        Task { await serve(serverEnd) }
        return client
    }

    /// Graceful shutdown: stops accepting, closes idle connections, lets requests in flight finish
    /// (their answers carry `Connection: close`), closes WebSocket connections with 1001 (going away),
    /// and after `shutdownGracePeriod` closes what remains.
    public func shutdown() async {
        let (listener, idleStreams, webSockets) = state.withLock { state in
            state.draining = true
            let idle = state.connections.values.filter(\.idle).map(\.stream)
            return (state.listener, idle, state.connections.values.compactMap(\.webSocket))
        }
        listener?.close()
        for stream in idleStreams { stream.close() }
        for webSocket in webSockets {
            Task { await webSocket.close(code: .goingAway, reason: "server shutting down") }
        }
        let timer = DeadlineTimer(clock: configuration.clock)
        timer.arm(configuration.shutdownGracePeriod, reason: "shutdown grace period") { [self] in
            let remaining = state.withLock { $0.connections.values.map(\.stream) }
            for stream in remaining { stream.close() }
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state in
                if state.connections.isEmpty { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
        timer.disarm()
        let acceptTask = state.withLock { $0.acceptTask }
        await acceptTask?.value
    }

    var isDraining: Bool { state.withLock { $0.draining } }

    func setIdle(_ id: Int, _ idle: Bool) {
        state.withLock { $0.connections[id]?.idle = idle }
    }

    /// Records an upgraded connection; false when shutdown has begun (the caller then closes it).
    func setWebSocket(_ id: Int, _ connection: WebSocketConnection) -> Bool {
        state.withLock { state in
            state.connections[id]?.webSocket = connection
            return !state.draining
        }
    }

    private func acceptLoop(_ listener: TCPListener) async {
        while true {
            let stream: SocketStream
            do {
                stream = try await listener.accept()
            } catch .connectionClosed {
                return
            } catch {
                // EMFILE and the like: the listener stays, the connection is lost; back off briefly.
                try? await Task.sleep(for: .milliseconds(10))
                continue
            }
            Task { await serve(stream) }
        }
    }

    private func admit(_ stream: any ByteStream) -> Int? {
        state.withLock { state in
            guard !state.draining, state.connections.count < configuration.maxConnections else { return nil }
            let id = state.nextConnectionID
            state.nextConnectionID += 1
            state.connections[id] = ConnectionRecord(stream: stream)
            return id
        }
    }

    private func release(_ id: Int) {
        let waiters = state.withLock { state in
            state.connections.removeValue(forKey: id)
            guard state.connections.isEmpty else { return [CheckedContinuation<Void, Never>]() }
            defer { state.drainWaiters = [] }
            return state.drainWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Over the connection cap (or shutting down): 503 and close.
    private func refuseOverCapacity(_ stream: any ByteStream) async {
        let response = HTTPResponse(status: 503, headers: ["Connection": "close", "Retry-After": "1"])
        try? await stream.write(response.serialized())
        stream.close()
    }
}
