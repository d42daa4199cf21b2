/// The WebSocket opening handshake (RFC 6455 §4) for both sides, as pure functions over HTTP values.
///
/// Client: `makeKey(using:)`, `clientRequest(…)`, then `validateServerResponse(…)` on the answer.
/// Server: `serverResponse(to:supportedSubprotocols:whenNoSubprotocolMatches:)` gives the 101 answer
/// and the chosen subprotocol, or throws an error whose `response` is the refusal to send.
public enum WebSocketHandshake {
    /// RFC 6455 §1.3: the GUID appended to the key before hashing.
    public static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// What the server does when the client offers subprotocols and none is supported.
    public enum SubprotocolMismatchPolicy: Sendable, Hashable {
        /// Complete the handshake without `Sec-WebSocket-Protocol` (RFC 6455 §4.2.2; OCPP-J then
        /// expects the server to close the connection at once).
        case acceptWithoutSubprotocol
        /// Refuse the handshake with 400.
        case refuse
    }

    /// The result of a successful server-side handshake.
    public struct Acceptance: Sendable, Hashable {
        /// The 101 Switching Protocols answer to send.
        public var response: HTTPResponse
        /// The subprotocol chosen, if any.
        public var subprotocol: String?
    }

    /// RFC 6455 §4.2.2: base64(SHA-1(key + GUID)).
    public static func acceptValue(forKey key: String) -> String {
        Base64.encode(SHA1.hash(Array((key + guid).utf8)))
    }

    /// RFC 6455 §4.1: 16 random bytes, Base64-encoded, from the injected generator.
    public static func makeKey(using generator: inout some RandomNumberGenerator) -> String {
        Base64.encode((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// RFC 6455 §4.1: the client's upgrade request. `subprotocols` are offered in order of preference.
    public static func clientRequest(
        target: String,
        host: String,
        key: String,
        subprotocols: [String] = [],
        headers extraHeaders: HTTPHeaders = HTTPHeaders()
    ) -> HTTPRequest {
        var headers: HTTPHeaders = [
            "Host": host,
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Key": key,
            "Sec-WebSocket-Version": "13",
        ]
        if !subprotocols.isEmpty { headers.add("Sec-WebSocket-Protocol", subprotocols.joined(separator: ", ")) }
        for field in extraHeaders { headers.add(field.name, field.value) }
        return HTTPRequest(method: .get, target: target, headers: headers)
    }

    /// RFC 6455 §4.2.1–§4.2.2: validates a client's upgrade request and builds the 101 answer.
    ///
    /// The subprotocol chosen is the first one the client offered that is in `supportedSubprotocols`
    /// (the client lists them in order of preference). When the client offers none, no subprotocol is
    /// chosen; when it offers some and none match, `policy` decides.
    public static func serverResponse(
        to request: HTTPRequest,
        supportedSubprotocols: [String] = [],
        whenNoSubprotocolMatches policy: SubprotocolMismatchPolicy = .acceptWithoutSubprotocol
    ) throws(WebSocketHandshakeError) -> Acceptance {
        guard request.method == .get else { throw .methodNotGet(request.method) }
        guard request.version != "HTTP/1.0" else { throw .httpVersionTooOld(request.version) }
        let headers = request.headers
        guard headers.contains("Host") else { throw .missingHost }
        guard headers.containsToken("websocket", in: "Upgrade") else { throw .missingUpgradeWebSocket }
        guard headers.containsToken("upgrade", in: "Connection") else { throw .missingConnectionUpgrade }
        let keys = headers.values(for: "Sec-WebSocket-Key")
        guard keys.count == 1, let key = keys.first, Base64.decode(key)?.count == 16 else {
            throw .invalidKey(keys.first)
        }
        let versions = headers.values(for: "Sec-WebSocket-Version")
        guard versions == ["13"] else { throw .unsupportedVersion(versions.first) }

        let offered = headers.listElements(for: "Sec-WebSocket-Protocol")
        let chosen = offered.first { supportedSubprotocols.contains($0) }
        if !offered.isEmpty && chosen == nil && policy == .refuse { throw .noCommonSubprotocol(offered: offered) }

        var responseHeaders: HTTPHeaders = [
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Accept": acceptValue(forKey: key),
        ]
        if let chosen { responseHeaders.add("Sec-WebSocket-Protocol", chosen) }
        return Acceptance(response: HTTPResponse(status: 101, headers: responseHeaders), subprotocol: chosen)
    }

    /// RFC 6455 §4.1 (client steps 1–6): checks the server's answer; returns the subprotocol it chose.
    public static func validateServerResponse(
        _ response: HTTPResponse,
        key: String,
        offeredSubprotocols: [String] = []
    ) throws(WebSocketHandshakeError) -> String? {
        guard response.status == 101 else { throw .unexpectedStatus(response.status) }
        let headers = response.headers
        guard headers.containsToken("websocket", in: "Upgrade") else { throw .missingUpgradeWebSocket }
        guard headers.containsToken("upgrade", in: "Connection") else { throw .missingConnectionUpgrade }
        let expected = acceptValue(forKey: key)
        let received = headers["Sec-WebSocket-Accept"]
        guard received == expected else { throw .acceptMismatch(expected: expected, received: received) }
        if let extensions = headers.listElements(for: "Sec-WebSocket-Extensions").first {
            throw .unexpectedExtension(extensions)
        }
        let chosen = headers.listElements(for: "Sec-WebSocket-Protocol")
        guard let subprotocol = chosen.first else { return nil }
        guard chosen.count == 1, offeredSubprotocols.contains(subprotocol) else {
            throw .unexpectedSubprotocol(chosen.joined(separator: ", "))
        }
        return subprotocol
    }
}
