import Synchronization
import Wire

/// An open WebSocket connection (RFC 6455), server or client side, over any `ByteStream`.
///
/// Received messages arrive on `messages` (fragments joined, pings answered automatically); the
/// sequence ends when the connection closes, and `waitUntilClosed()` then tells how. Sends are
/// serialized, so several tasks may send at once.
///
/// ```swift
/// for await message in connection.messages {
///     if case .text(let text) = message { try await connection.send(.text(text)) }
/// }
/// ```
public final class WebSocketConnection: Sendable {
    public let role: WebSocketRole
    /// The subprotocol both sides agreed on, if any.
    public let subprotocol: String?
    /// The upgrade request: as received (server side) or as sent (client side).
    public let request: HTTPRequest
    /// Text and binary messages as they arrive; finishes when the connection closes.
    public let messages: AsyncStream<WebSocketMessage>

    private typealias PingWaiter = CheckedContinuation<Result<Void, WebSocketError>, Never>

    private struct State {
        var handshake: WebSocketCloseHandshake
        var outcome: WebSocketCloseHandshake.Outcome?
        var closeWaiters: [CheckedContinuation<WebSocketCloseHandshake.Outcome, Never>] = []
        var pingWaiters: [(payload: [UInt8], waiter: PingWaiter)] = []
    }

    private let stream: any ByteStream
    private let limits: WebSocketLimits
    private let closeTimeout: Duration
    private let messageSink: AsyncStream<WebSocketMessage>.Continuation
    private let sendLock = AsyncLock()
    private let closeTimer: DeadlineTimer
    private let state: Mutex<State>

    /// Wraps a stream on which the opening handshake is complete, and starts reading.
    /// - Parameters:
    ///   - initialBytes: bytes that arrived right after the handshake; they belong to WebSocket.
    ///   - closeTimeout: how long to wait for the peer's part of the closing handshake (§7.1.1).
    init(
        stream: any ByteStream,
        role: WebSocketRole,
        subprotocol: String?,
        request: HTTPRequest,
        initialBytes: [UInt8],
        limits: WebSocketLimits,
        closeTimeout: Duration = .seconds(5),
        clock: any Clock<Duration>
    ) {
        self.stream = stream
        self.role = role
        self.subprotocol = subprotocol
        self.request = request
        self.limits = limits
        self.closeTimeout = closeTimeout
        self.closeTimer = DeadlineTimer(clock: clock)
        self.state = Mutex(State(handshake: WebSocketCloseHandshake(role: role)))
        (messages, messageSink) = AsyncStream.makeStream(of: WebSocketMessage.self)
        Task { await self.readLoop(initialBytes: initialBytes) }
    }

    /// Sends one message, as a single frame or, with `fragmentSize`, as fragments of at most that many
    /// bytes (RFC 6455 §5.4). Throws `.closed` once a close frame was sent or the connection ended.
    public func send(_ message: WebSocketMessage, fragmentSize: Int? = nil) async throws(WebSocketError) {
        let (opcode, payload): (WebSocketOpcode, [UInt8]) =
            switch message {
            case .text(let text): (.text, Array(text.utf8))
            case .binary(let bytes): (.binary, bytes)
            }
        var frames: [WebSocketFrame] = []
        if let fragmentSize, fragmentSize > 0, payload.count > fragmentSize {
            var offset = 0
            while offset < payload.count {
                let end = min(payload.count, offset + fragmentSize)
                frames.append(
                    WebSocketFrame(
                        fin: end == payload.count,
                        opcode: offset == 0 ? opcode : .continuation,
                        payload: Array(payload[offset..<end])
                    )
                )
                offset = end
            }
        } else {
            frames.append(WebSocketFrame(opcode: opcode, payload: payload))
        }
        try await sendData(frames)
    }

    /// Sends a ping and waits for the pong with the same payload (RFC 6455 §5.5.2–§5.5.3).
    public func ping(_ payload: [UInt8] = []) async throws(WebSocketError) {
        let result = await withCheckedContinuation { (waiter: PingWaiter) in
            let closed = state.withLock { state -> WebSocketError? in
                guard state.handshake.canSendData else { return closedError(state) }
                state.pingWaiters.append((payload, waiter))
                return nil
            }
            if let closed {
                waiter.resume(returning: .failure(closed))
                return
            }
            Task {
                do throws(WebSocketError) {
                    try await sendData([.ping(Array(payload.prefix(125)))])
                } catch {
                    let waiting = state.withLock { state in
                        defer { state.pingWaiters.removeAll() }
                        return state.pingWaiters.map(\.waiter)
                    }
                    for waiter in waiting { waiter.resume(returning: .failure(error)) }
                }
            }
        }
        try result.get()
    }

    /// Starts the closing handshake (RFC 6455 §7.1.2) and waits until the connection has ended,
    /// closing the transport if the peer does not answer within the close timeout.
    @discardableResult
    public func close(
        code: WebSocketCloseCode = .normalClosure,
        reason: String = ""
    ) async -> WebSocketCloseHandshake.Outcome {
        await sendLock.lock()
        let actions = state.withLock { $0.handshake.close(code: code, reason: reason) }
        await perform(actions)
        sendLock.unlock()
        if !actions.isEmpty {
            let stream = self.stream
            closeTimer.arm(closeTimeout, reason: "close handshake") { stream.close() }
        }
        return await waitUntilClosed()
    }

    /// How the connection ended, once it has.
    public func waitUntilClosed() async -> WebSocketCloseHandshake.Outcome {
        await withCheckedContinuation { continuation in
            let outcome = state.withLock { state in
                if state.outcome == nil { state.closeWaiters.append(continuation) }
                return state.outcome
            }
            if let outcome { continuation.resume(returning: outcome) }
        }
    }

    private func sendData(_ frames: [WebSocketFrame]) async throws(WebSocketError) {
        await sendLock.lock()
        defer { sendLock.unlock() }
        if let closed = state.withLock({ $0.handshake.canSendData ? nil : closedError($0) }) { throw closed }
        do {
            try await write(frames)
        } catch {
            throw .transport(error)
        }
    }

    private func closedError(_ state: State) -> WebSocketError {
        let outcome = state.outcome
        return .closed(code: outcome?.code ?? .abnormalClosure, reason: outcome?.reason ?? "")
    }

    /// RFC 6455 §5.3: a client masks every frame with a fresh unpredictable key; a server never masks.
    private func write(_ frames: [WebSocketFrame]) async throws(TransportError) {
        var bytes: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        for frame in frames {
            bytes.append(contentsOf: frame.encoded(as: role, using: &generator))
        }
        try await stream.write(bytes)
    }

    /// Carries out close-handshake actions; the caller holds `sendLock`.
    private func perform(_ actions: [WebSocketCloseHandshake.Action]) async {
        for action in actions {
            switch action {
            case .sendClose(let code, let reason):
                try? await write([.close(code: code, reason: reason)])
            case .closeTransport:
                stream.close()
            case .awaitTransportClose:
                let stream = self.stream
                closeTimer.arm(closeTimeout, reason: "close handshake") { stream.close() }
            }
        }
    }

    private func readLoop(initialBytes: [UInt8]) async {
        var reader = WebSocketReader(role: role, limits: limits)
        reader.append(initialBytes)
        reading: while true {
            do {
                while let event = try reader.next() {
                    await handle(event)
                }
            } catch {
                await sendLock.lock()
                await perform(state.withLock { $0.handshake.failed(error) })
                sendLock.unlock()
                break reading
            }
            guard let bytes = try? await stream.read(maxBytes: 64 * 1024), !bytes.isEmpty else { break }
            reader.append(bytes)
        }
        finish()
    }

    private func handle(_ event: WebSocketEvent) async {
        switch event {
        case .text(let text):
            if state.withLock({ $0.handshake.acceptsIncomingData }) { messageSink.yield(.text(text)) }
        case .binary(let bytes):
            if state.withLock({ $0.handshake.acceptsIncomingData }) { messageSink.yield(.binary(bytes)) }
        case .ping(let payload):
            // RFC 6455 §5.5.2: answer a ping with a pong carrying the same payload, unless closing.
            await sendLock.lock()
            if state.withLock({ $0.handshake.canSendData }) { try? await write([.pong(payload)]) }
            sendLock.unlock()
        case .pong(let payload):
            let waiter = state.withLock { state -> PingWaiter? in
                guard let index = state.pingWaiters.firstIndex(where: { $0.payload == payload }) else { return nil }
                return state.pingWaiters.remove(at: index).waiter
            }
            waiter?.resume(returning: .success(()))
        case .close(let code, let reason):
            // Answer first (echoing the code, §5.5.1), then end `messages`: an application that closes
            // when its loop ends must not get its own close frame in before the answer.
            await sendLock.lock()
            await perform(state.withLock { $0.handshake.receivedClose(code: code, reason: reason) })
            sendLock.unlock()
            messageSink.finish()
        }
    }

    private func finish() {
        closeTimer.disarm()
        stream.close()
        messageSink.finish()
        let (outcome, closeWaiters, pingWaiters) = state.withLock { state in
            let outcome = state.outcome ?? state.handshake.transportClosed()
            state.outcome = outcome
            defer {
                state.closeWaiters = []
                state.pingWaiters = []
            }
            return (outcome, state.closeWaiters, state.pingWaiters.map(\.waiter))
        }
        for waiter in closeWaiters { waiter.resume(returning: outcome) }
        let error = WebSocketError.closed(code: outcome.code, reason: outcome.reason)
        for waiter in pingWaiters { waiter.resume(returning: .failure(error)) }
    }
}
