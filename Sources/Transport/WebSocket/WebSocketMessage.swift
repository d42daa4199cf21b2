/// A complete WebSocket data message (RFC 6455 §5.6), fragments already joined.
public enum WebSocketMessage: Sendable, Hashable {
    case text(String)
    case binary([UInt8])
}
