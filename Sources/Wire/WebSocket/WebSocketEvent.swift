/// What a WebSocket endpoint receives, after fragments are joined (RFC 6455 §5.4–§5.6).
public enum WebSocketEvent: Sendable, Hashable {
    /// A complete text message, valid UTF-8.
    case text(String)
    /// A complete binary message.
    case binary([UInt8])
    /// A ping: answer with a pong carrying the same payload (§5.5.2).
    case ping([UInt8])
    /// A pong, solicited or not (§5.5.3).
    case pong([UInt8])
    /// A close frame: its code (nil when the payload was empty, i.e. 1005) and UTF-8 reason (§5.5.1).
    case close(code: WebSocketCloseCode?, reason: String)
}
