import Wire

/// Why a WebSocket operation failed.
public enum WebSocketError: Error, Hashable, Sendable {
    /// The URL is not `ws[s]://host[:port]/path` (the text says what is wrong).
    case invalidURL(String)
    /// The opening handshake was refused (RFC 6455 §4).
    case handshake(WebSocketHandshakeError)
    /// The server's handshake answer is not valid HTTP/1.1.
    case malformedHandshakeResponse(HTTPParseError)
    /// The socket failed (connect refused, reset, …).
    case transport(TransportError)
    /// The TLS handshake of a `wss://` connection failed (certificate refused, …).
    case tls(TLSError)
    /// The opening handshake did not finish within the handshake timeout.
    case handshakeTimedOut
    /// The connection is closing or closed: no more data can be sent. Carries how it ended, if it has.
    case closed(code: WebSocketCloseCode, reason: String)
}
