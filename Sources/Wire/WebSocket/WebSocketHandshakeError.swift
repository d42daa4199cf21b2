/// Why a WebSocket opening handshake (RFC 6455 §4) is refused, on either side.
public enum WebSocketHandshakeError: Error, Hashable, Sendable {
    /// Server side: the request is not a GET (§4.2.1 item 1).
    case methodNotGet(HTTPMethod)
    /// Server side: the request is older than HTTP/1.1 (§4.2.1 item 1).
    case httpVersionTooOld(String)
    /// Server side: no Host field (§4.2.1 item 2).
    case missingHost
    /// No `Upgrade: websocket` (§4.2.1 item 3, §4.1 client step 2).
    case missingUpgradeWebSocket
    /// No `Connection: Upgrade` (§4.2.1 item 4, §4.1 client step 3).
    case missingConnectionUpgrade
    /// Server side: Sec-WebSocket-Key missing or not 16 bytes in Base64 (§4.2.1 item 5).
    case invalidKey(String?)
    /// Server side: Sec-WebSocket-Version is not 13 (§4.2.1 item 6: answer 426 with the supported version).
    case unsupportedVersion(String?)
    /// Server side: none of the offered subprotocols is supported and the policy refuses the connection.
    case noCommonSubprotocol(offered: [String])
    /// Client side: the answer is not 101 Switching Protocols (§4.1).
    case unexpectedStatus(Int)
    /// Client side: Sec-WebSocket-Accept is missing or wrong (§4.1 client step 4).
    case acceptMismatch(expected: String, received: String?)
    /// Client side: the server chose a subprotocol that was not offered (§4.1 client step 6).
    case unexpectedSubprotocol(String)
    /// Client side: the server named an extension that was not offered (§4.1 client step 5).
    case unexpectedExtension(String)

    /// The HTTP answer a server sends for a refused handshake: 426 with `Sec-WebSocket-Version: 13`
    /// for a version mismatch (§4.2.2), 405 for a wrong method, otherwise 400.
    public var response: HTTPResponse {
        var headers: HTTPHeaders = ["Connection": "close"]
        let status: Int
        switch self {
        case .unsupportedVersion:
            status = 426
            headers.add("Sec-WebSocket-Version", "13")
        case .methodNotGet:
            status = 405
            headers.add("Allow", "GET")
        default:
            status = 400
        }
        return HTTPResponse(status: status, headers: headers)
    }
}
