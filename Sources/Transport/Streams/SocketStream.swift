import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A connected non-blocking TCP socket as a `ByteStream`, suspended on an `EventLoop` while the
/// kernel has nothing to give or no room to take.
public final class SocketStream: ByteStream {
    private let descriptor: Int32
    private let token: UInt64
    private let loop: EventLoop
    private let writeLock = AsyncLock()
    private let closed = Atomic(false)

    /// Takes ownership of a connected socket descriptor and makes it non-blocking.
    init(adopting descriptor: Int32, loop: EventLoop) throws(TransportError) {
        do {
            try SocketSystem.configure(descriptor)
            self.token = try loop.register(descriptor)
        } catch {
            _ = systemClose(descriptor)
            throw error
        }
        self.descriptor = descriptor
        self.loop = loop
    }

    /// Connects to `host:port` (IPv4; names resolve to IPv4). Cancelling the calling task ends a
    /// connect in progress with `.cancelled`.
    public static func connect(
        host: String,
        port: Int,
        loop: EventLoop = .shared
    ) async throws(TransportError) -> SocketStream {
        let address = try SocketAddress.resolve(host: host, port: port)
        let stream = try SocketStream(adopting: try SocketSystem.makeSocket(), loop: loop)
        do {
            if case .wouldBlock = try SocketSystem.connect(stream.descriptor, to: address) {
                try await loop.waitUntilWritable(stream.token)
                try SocketSystem.connectResult(stream.descriptor)
            }
        } catch {
            stream.close()
            throw error
        }
        return stream
    }

    public func read(maxBytes: Int) async throws(TransportError) -> [UInt8] {
        while true {
            guard !closed.load(ordering: .acquiring) else { throw .connectionClosed }
            switch try SocketSystem.receive(descriptor, capacity: max(1, maxBytes)) {
            case .done(let bytes): return bytes
            case .wouldBlock: try await loop.waitUntilReadable(token)
            }
        }
    }

    public func write(_ bytes: [UInt8]) async throws(TransportError) {
        await writeLock.lock()
        defer { writeLock.unlock() }
        var offset = 0
        while offset < bytes.count {
            guard !closed.load(ordering: .acquiring) else { throw .connectionClosed }
            switch try SocketSystem.send(descriptor, bytes[offset...]) {
            case .done(let count): offset += count
            case .wouldBlock: try await loop.waitUntilWritable(token)
            }
        }
    }

    public func closeWrite() {
        guard !closed.load(ordering: .acquiring) else { return }
        SocketSystem.shutdownWrite(descriptor)
    }

    /// Shuts the socket down and wakes waiting tasks. The descriptor itself is released when the
    /// stream is freed, so a task still inside a system call never meets a reused descriptor number.
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
