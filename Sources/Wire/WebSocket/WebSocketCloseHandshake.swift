/// The closing handshake (RFC 6455 §5.5.1, §7) as a state machine: events in, actions out.
///
/// The driver sends what `.sendClose` says (masked when it is the client), closes the transport on
/// `.closeTransport`, and on `.awaitTransportClose` waits for the peer to close it, calling
/// `closeTimeoutElapsed()` if that takes too long. `transportClosed()` gives the outcome.
public struct WebSocketCloseHandshake: Sendable {
    /// What the driver does next.
    public enum Action: Sendable, Hashable {
        /// Send a close frame with this code (nil: empty payload) and reason.
        case sendClose(code: WebSocketCloseCode?, reason: String)
        /// Close the TCP connection now.
        case closeTransport
        /// Wait for the server to close the TCP connection (§7.1.1: the server closes it first).
        case awaitTransportClose
    }

    /// How the connection ended.
    public struct Outcome: Sendable, Hashable {
        /// The code the peer sent; 1005 when its close frame had none; 1006 when no close frame came.
        public var code: WebSocketCloseCode
        public var reason: String
        /// Both close frames were exchanged before the transport closed (§7.1.4).
        public var wasClean: Bool

        public init(code: WebSocketCloseCode, reason: String, wasClean: Bool) {
            self.code = code
            self.reason = reason
            self.wasClean = wasClean
        }
    }

    public let role: WebSocketRole
    private var sentClose = false
    private var receivedClose: (code: WebSocketCloseCode?, reason: String)?
    private var transportOpen = true

    public init(role: WebSocketRole) {
        self.role = role
    }

    /// Data frames may still be sent: no close frame was sent yet (§5.5.1).
    public var canSendData: Bool { !sentClose && transportOpen }

    /// Incoming data frames are still meaningful: no close frame was received yet (§5.5.1).
    public var acceptsIncomingData: Bool { receivedClose == nil && transportOpen }

    /// The local side wants to close. The reason is cut to fit a control frame (123 bytes of UTF-8).
    public mutating func close(code: WebSocketCloseCode = .normalClosure, reason: String = "") -> [Action] {
        guard !sentClose, transportOpen else { return [] }
        sentClose = true
        return [.sendClose(code: code, reason: Self.fitting(reason))]
    }

    /// A close frame arrived (as decoded by `WebSocketMessageAssembler`).
    public mutating func receivedClose(code: WebSocketCloseCode?, reason: String) -> [Action] {
        guard receivedClose == nil, transportOpen else { return [] }
        receivedClose = (code, reason)
        var actions: [Action] = []
        if !sentClose {
            // RFC 6455 §5.5.1: answer with a close frame, typically echoing the code received.
            sentClose = true
            actions.append(.sendClose(code: code, reason: ""))
        }
        actions.append(finalAction)
        return actions
    }

    /// The peer broke the protocol: fail the connection (§7.1.7) with the error's close code.
    public mutating func failed(_ error: WebSocketProtocolError) -> [Action] {
        guard transportOpen else { return [] }
        var actions: [Action] = []
        if !sentClose {
            sentClose = true
            actions.append(.sendClose(code: error.closeCode, reason: ""))
        }
        actions.append(.closeTransport)
        return actions
    }

    /// The peer did not finish the handshake in time: close the transport (§7.1.1).
    public mutating func closeTimeoutElapsed() -> [Action] {
        transportOpen ? [.closeTransport] : []
    }

    /// The transport is closed (by either side): the outcome of the connection (§7.1.5, §7.4.1).
    public mutating func transportClosed() -> Outcome {
        transportOpen = false
        guard let receivedClose else { return Outcome(code: .abnormalClosure, reason: "", wasClean: false) }
        return Outcome(
            code: receivedClose.code ?? .noStatusReceived,
            reason: receivedClose.reason,
            wasClean: sentClose
        )
    }

    /// RFC 6455 §7.1.1: the server closes the TCP connection first; the client waits for it.
    private var finalAction: Action {
        role == .server ? .closeTransport : .awaitTransportClose
    }

    /// RFC 6455 §5.5: a control payload is at most 125 bytes, so a reason has at most 123.
    private static func fitting(_ reason: String) -> String {
        var result = ""
        var length = 0
        for character in reason {
            length += character.utf8.count
            guard length <= 123 else { break }
            result.append(character)
        }
        return result
    }
}
