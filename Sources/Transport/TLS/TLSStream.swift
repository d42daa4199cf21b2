#if canImport(COpenSSL)
import Synchronization

/// TLS over another `ByteStream` (normally a `SocketStream`), with OpenSSL working on memory buffers
/// so every wait stays on the event loop: ciphertext moves through the inner stream, plaintext through
/// this one.
///
/// ```swift
/// let socket = try await SocketStream.connect(host: "cpo.example", port: 443)
/// let tls = try await TLSStream.connect(over: socket, serverName: "cpo.example",
///                                       context: try TLSContext.client())
/// ```
/// As a `ByteStream`: one task may read while others write. Errors after the handshake surface as
/// `TransportError.system(call: "TLS", …)` with OpenSSL's reason.
public final class TLSStream: ByteStream {
    private let inner: any ByteStream
    private let context: TLSContext
    private let engine: Mutex<TLSEngine>
    /// Serializes everything written to `inner`, so records leave in the order OpenSSL made them.
    private let writeLock = AsyncLock()
    private let readChunkSize = 16 * 1024 + 512

    /// The negotiated protocol version, "TLSv1.2" or "TLSv1.3".
    public let protocolVersion: String

    private init(inner: any ByteStream, context: TLSContext, engine: sending TLSEngine) {
        self.inner = inner
        self.context = context
        self.protocolVersion = engine.protocolVersion
        self.engine = Mutex(engine)
    }

    /// Client handshake: sends `serverName` as SNI (unless it is an IP address) and verifies that the
    /// server's certificate chains to the context's trust and names `serverName`. Closes `inner` on failure.
    public static func connect(
        over inner: any ByteStream,
        serverName: String,
        context: TLSContext
    ) async throws(TLSError) -> TLSStream {
        try await establish(over: inner, serverName: serverName, context: context)
    }

    /// Server handshake with the context's identity. Closes `inner` on failure.
    public static func accept(over inner: any ByteStream, context: TLSContext) async throws(TLSError) -> TLSStream {
        try await establish(over: inner, serverName: nil, context: context)
    }

    private static func establish(
        over inner: any ByteStream,
        serverName: String?,
        context: TLSContext
    ) async throws(TLSError) -> TLSStream {
        let engine: TLSEngine
        do {
            engine = try TLSEngine(context: context, serverName: serverName)
        } catch {
            inner.close()
            throw error
        }
        do {
            try await handshake(engine, over: inner)
        } catch {
            engine.free()
            inner.close()
            throw error
        }
        return TLSStream(inner: inner, context: context, engine: engine)
    }

    /// Runs the handshake to its end; nobody else uses the engine yet, so no lock is needed.
    private static func handshake(_ engine: TLSEngine, over inner: any ByteStream) async throws(TLSError) {
        while true {
            let step = engine.handshake()
            let output = engine.takeOutput()
            if !output.isEmpty {
                do {
                    try await inner.write(output)
                } catch {
                    if case .failed = step {} else { throw .transport(error) }
                }
            }
            switch step {
            case .done:
                return
            case .needInput:
                let bytes: [UInt8]
                do {
                    bytes = try await inner.read(maxBytes: 16 * 1024 + 512)
                } catch {
                    throw .transport(error)
                }
                guard !bytes.isEmpty else {
                    throw .handshakeFailed("the peer closed the connection during the TLS handshake")
                }
                engine.feed(bytes)
            case .ended:
                throw .handshakeFailed("the peer ended the TLS session during the handshake")
            case .failed(let reason):
                if let peer = engine.peerName, let refused = engine.verificationFailure {
                    throw .certificateRejected(host: peer, reason: refused)
                }
                throw .handshakeFailed(reason)
            }
        }
    }

    public func read(maxBytes: Int) async throws(TransportError) -> [UInt8] {
        while true {
            let (step, plaintext) = engine.withLock { $0.read(maxBytes: maxBytes) }
            switch step {
            case .done:
                // Reading may have produced records of its own (a TLS 1.3 key update answer).
                try await flushEngineOutput()
                return plaintext
            case .ended:
                return []
            case .needInput:
                try await flushEngineOutput()
                let bytes = try await inner.read(maxBytes: readChunkSize)
                // The peer closed without close_notify: the end of the stream; HTTP and WebSocket
                // framing notice a truncated message themselves.
                guard !bytes.isEmpty else { return [] }
                engine.withLock { $0.feed(bytes) }
            case .failed(let reason):
                throw .system(call: "TLS read", errno: 0, message: reason)
            }
        }
    }

    public func write(_ bytes: [UInt8]) async throws(TransportError) {
        guard !bytes.isEmpty else { return }
        await writeLock.lock()
        defer { writeLock.unlock() }
        let (step, output) = engine.withLock { engine in (engine.write(bytes), engine.takeOutput()) }
        if case .failed(let reason) = step { throw .system(call: "TLS write", errno: 0, message: reason) }
        try await inner.write(output)
    }

    /// Sends close_notify after everything already written, then ends the inner stream's sending side.
    public func closeWrite() {
        Task { [self] in
            await writeLock.lock()
            defer { writeLock.unlock() }
            let output = engine.withLock { engine in
                engine.shutdown()
                return engine.takeOutput()
            }
            try? await inner.write(output)
            inner.closeWrite()
        }
    }

    public func close() {
        inner.close()
    }

    private func flushEngineOutput() async throws(TransportError) {
        await writeLock.lock()
        defer { writeLock.unlock() }
        let output = engine.withLock { $0.takeOutput() }
        guard !output.isEmpty else { return }
        try await inner.write(output)
    }

    deinit {
        engine.withLock { $0.free() }
    }
}
#endif
