import Synchronization

/// A listening TCP socket that hands out accepted connections as `SocketStream`s.
public final class TCPListener: Sendable {
    /// The port bound, the kernel's choice when 0 was asked for.
    public let port: Int
    public let host: String
    private let descriptor: Int32
    private let token: UInt64
    private let loop: EventLoop
    private let closed = Atomic(false)

    /// Binds and listens on `host:port` with SO_REUSEADDR; port 0 lets the kernel choose.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        backlog: Int32 = 511,
        loop: EventLoop = .shared
    )
        throws(TransportError)
    {
        let address = try SocketAddress.resolve(host: host, port: port)
        let (descriptor, boundPort) = try SocketSystem.listen(on: address, backlog: backlog)
        do {
            self.token = try loop.register(descriptor)
        } catch {
            _ = systemClose(descriptor)
            throw error
        }
        self.descriptor = descriptor
        self.port = boundPort
        self.host = host
        self.loop = loop
    }

    /// The next connection; throws `.connectionClosed` once the listener is closed.
    public func accept() async throws(TransportError) -> SocketStream {
        while true {
            guard !closed.load(ordering: .acquiring) else { throw .connectionClosed }
            switch try SocketSystem.accept(descriptor) {
            case .done(let connection): return try SocketStream(adopting: connection, loop: loop)
            case .wouldBlock: try await loop.waitUntilReadable(token)
            }
        }
    }

    /// Stops listening; a pending `accept()` ends with `.connectionClosed`.
    public func close() {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        SocketSystem.shutdownBoth(descriptor)
        loop.deregister(token)
    }

    deinit {
        close()
        _ = systemClose(descriptor)
    }
}
