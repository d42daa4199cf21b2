import Wire

/// Decides on a WebSocket upgrade request that reached an `HTTPServer` (already checked against
/// RFC 6455 §4.2.1): accept it, choosing a subprotocol, or answer it with a plain HTTP response.
public typealias WebSocketRoute = @Sendable (HTTPRequest) async -> WebSocketUpgradeDecision

/// The application's answer to a WebSocket upgrade request.
public enum WebSocketUpgradeDecision: Sendable {
    /// Switch protocols. `subprotocol` must be one the client offered (RFC 6455 §4.2.2), or nil;
    /// `headers` are added to the 101 answer; `application` runs with the connection, which is closed
    /// (1000) when it returns if it is still open.
    case accept(
        subprotocol: String?,
        headers: HTTPHeaders = HTTPHeaders(),
        limits: WebSocketLimits = .default,
        application: @Sendable (WebSocketConnection) async -> Void
    )
    /// Do not upgrade; send this answer instead (e.g. 401, 404).
    case reject(HTTPResponse)
}

extension HTTPRequest {
    /// The subprotocols a WebSocket upgrade request offers, in the client's order of preference.
    public var offeredWebSocketSubprotocols: [String] {
        headers.listElements(for: "Sec-WebSocket-Protocol")
    }
}
