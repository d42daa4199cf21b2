/// Which end of a WebSocket connection an endpoint is; it decides the masking rules (RFC 6455 §5.1).
public enum WebSocketRole: Sendable, Hashable {
    /// Sends masked frames and refuses masked frames.
    case client
    /// Sends unmasked frames and refuses unmasked frames.
    case server
}
