import Testing
import Wire

@Suite struct WebSocketHandshakeTests {
    let key = "dGhlIHNhbXBsZSBub25jZQ=="

    @Test("RFC 6455 §1.3: the accept value of the sample nonce")
    func rfcAcceptValue() {
        #expect(WebSocketHandshake.acceptValue(forKey: key) == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test("client request → server acceptance → client validation, with OCPP subprotocols")
    func fullHandshake() throws {
        let request = WebSocketHandshake.clientRequest(
            target: "/ocpp/CP-1",
            host: "csms.test",
            key: key,
            subprotocols: ["ocpp2.1", "ocpp2.0.1", "ocpp1.6"]
        )
        // The request travels as bytes and is parsed on the server.
        let parsed = try #require(parseRequests(request.serialized()).messages.first)
        #expect(parsed.isUpgradeRequest)
        let acceptance = try WebSocketHandshake.serverResponse(
            to: parsed,
            supportedSubprotocols: ["ocpp1.6", "ocpp2.0.1"]
        )
        #expect(acceptance.subprotocol == "ocpp2.0.1")
        #expect(acceptance.response.status == 101)
        #expect(acceptance.response.headers["Sec-WebSocket-Accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        let received = try #require(parseResponses(acceptance.response.serialized()).messages.first)
        let chosen = try WebSocketHandshake.validateServerResponse(
            received,
            key: key,
            offeredSubprotocols: ["ocpp2.1", "ocpp2.0.1", "ocpp1.6"]
        )
        #expect(chosen == "ocpp2.0.1")
    }

    @Test("RFC 6455 §4.2.2: no common subprotocol completes without one, or is refused by policy")
    func noCommonSubprotocol() throws {
        let request = WebSocketHandshake.clientRequest(target: "/", host: "h", key: key, subprotocols: ["ocpp1.5"])
        let accepted = try WebSocketHandshake.serverResponse(to: request, supportedSubprotocols: ["ocpp1.6"])
        #expect(accepted.subprotocol == nil)
        #expect(accepted.response.headers["Sec-WebSocket-Protocol"] == nil)
        #expect(throws: WebSocketHandshakeError.noCommonSubprotocol(offered: ["ocpp1.5"])) {
            try WebSocketHandshake.serverResponse(
                to: request,
                supportedSubprotocols: ["ocpp1.6"],
                whenNoSubprotocolMatches: .refuse
            )
        }
        let none = WebSocketHandshake.clientRequest(target: "/", host: "h", key: key)
        #expect(try WebSocketHandshake.serverResponse(to: none, supportedSubprotocols: ["ocpp1.6"]).subprotocol == nil)
    }

    static func request(_ change: (inout HTTPRequest) -> Void) -> HTTPRequest {
        var request = WebSocketHandshake.clientRequest(target: "/", host: "h", key: "dGhlIHNhbXBsZSBub25jZQ==")
        change(&request)
        return request
    }

    static let badRequests: [(HTTPRequest, WebSocketHandshakeError, Int)] = [
        (request { $0.method = .post }, .methodNotGet(.post), 405),
        (request { $0.version = "HTTP/1.0" }, .httpVersionTooOld("HTTP/1.0"), 400),
        (request { $0.headers.remove("Host") }, .missingHost, 400),
        (request { $0.headers.set("Upgrade", "h2c") }, .missingUpgradeWebSocket, 400),
        (request { $0.headers.set("Connection", "keep-alive") }, .missingConnectionUpgrade, 400),
        (request { $0.headers.remove("Sec-WebSocket-Key") }, .invalidKey(nil), 400),
        (request { $0.headers.set("Sec-WebSocket-Key", "c2hvcnQ=") }, .invalidKey("c2hvcnQ="), 400),
        (request { $0.headers.set("Sec-WebSocket-Version", "8") }, .unsupportedVersion("8"), 426),
    ]

    @Test("RFC 6455 §4.2.1: invalid upgrade requests are refused with their answer", arguments: badRequests)
    func badRequest(request: HTTPRequest, expected: WebSocketHandshakeError, status: Int) {
        #expect(throws: expected) { try WebSocketHandshake.serverResponse(to: request) }
        #expect(expected.response.status == status)
        if status == 426 { #expect(expected.response.headers["Sec-WebSocket-Version"] == "13") }
    }

    @Test("a tolerant server accepts mixed-case tokens and several Connection options")
    func tokenCase() throws {
        let request = Self.request {
            $0.headers.set("Upgrade", "WebSocket")
            $0.headers.set("Connection", "keep-alive, Upgrade")
        }
        #expect(try WebSocketHandshake.serverResponse(to: request).response.status == 101)
    }

    @Test("RFC 6455 §4.1: the client refuses a wrong status, accept value, subprotocol or extension")
    func clientValidation() throws {
        let good = try WebSocketHandshake.serverResponse(to: Self.request { _ in }).response
        #expect(throws: WebSocketHandshakeError.unexpectedStatus(200)) {
            try WebSocketHandshake.validateServerResponse(HTTPResponse(status: 200), key: key)
        }
        var wrongAccept = good
        wrongAccept.headers.set("Sec-WebSocket-Accept", "AAAA")
        #expect(
            throws: WebSocketHandshakeError.acceptMismatch(expected: "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", received: "AAAA")
        ) {
            try WebSocketHandshake.validateServerResponse(wrongAccept, key: key)
        }
        var subprotocol = good
        subprotocol.headers.add("Sec-WebSocket-Protocol", "ocpp1.6")
        #expect(throws: WebSocketHandshakeError.unexpectedSubprotocol("ocpp1.6")) {
            try WebSocketHandshake.validateServerResponse(subprotocol, key: key, offeredSubprotocols: ["ocpp2.0.1"])
        }
        var extensions = good
        extensions.headers.add("Sec-WebSocket-Extensions", "permessage-deflate")
        #expect(throws: WebSocketHandshakeError.unexpectedExtension("permessage-deflate")) {
            try WebSocketHandshake.validateServerResponse(extensions, key: key)
        }
        var noUpgrade = good
        noUpgrade.headers.remove("Upgrade")
        #expect(throws: WebSocketHandshakeError.missingUpgradeWebSocket) {
            try WebSocketHandshake.validateServerResponse(noUpgrade, key: key)
        }
    }

    @Test("keys from a seeded generator are 16 Base64 bytes and differ")
    func keys() {
        var generator = SplitMix(state: 42)
        let first = WebSocketHandshake.makeKey(using: &generator)
        let second = WebSocketHandshake.makeKey(using: &generator)
        #expect(Base64.decode(first)?.count == 16)
        #expect(first != second)
        let mask = WebSocketMaskingKey.random(using: &generator)
        let frame = WebSocketFrame.binary([1, 2, 3, 4, 5], maskingKey: mask)
        #expect(Array(frame.encoded().suffix(5)) != [1, 2, 3, 4, 5])
        #expect(parseFrames(frame.encoded(), role: .server).messages.first?.payload == [1, 2, 3, 4, 5])
    }
}

/// A small seeded generator for tests (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
