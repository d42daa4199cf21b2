/// Hard limits of the WebSocket decoders; input beyond one fails the connection with 1009.
public struct WebSocketLimits: Sendable, Hashable {
    /// Largest payload of a single frame, checked from the header before the payload arrives.
    public var maxFramePayload: Int
    /// Largest message, all fragments together.
    public var maxMessageSize: Int

    public init(maxFramePayload: Int = 1024 * 1024, maxMessageSize: Int = 4 * 1024 * 1024) {
        self.maxFramePayload = maxFramePayload
        self.maxMessageSize = maxMessageSize
    }

    public static let `default` = WebSocketLimits()
}
