import Wire

/// The fuzz targets: each takes arbitrary bytes and must never crash, hang or disagree with itself.
///
/// Besides "no crash", each target checks two properties and traps when one fails, so libFuzzer
/// reports the input: feeding the bytes whole and in pieces gives the same result, and whatever was
/// parsed serializes back to bytes that parse to the same value.
enum FuzzTarget: String, CaseIterable, Sendable {
    case httpRequest = "http-request"
    case httpResponse = "http-response"
    case webSocketFrame = "websocket-frame"
    case ocppFrame = "ocpp-frame"
    case json = "json"
    case scenario = "scenario"
    case ocpi = "ocpi"

    /// Small limits, so the fuzzer reaches every limit quickly.
    static let httpLimits = HTTPParserLimits(
        maxStartLineLength: 256,
        maxHeaderCount: 16,
        maxHeaderBytes: 1024,
        maxBodySize: 4096,
        maxChunkLineLength: 64
    )
    static let webSocketLimits = WebSocketLimits(maxFramePayload: 4096, maxMessageSize: 8192)

    func run(_ data: [UInt8]) {
        switch self {
        case .httpRequest: Self.fuzzHTTPRequest(data)
        case .httpResponse: Self.fuzzHTTPResponse(data)
        case .webSocketFrame: Self.fuzzWebSocket(data)
        case .ocppFrame: Self.fuzzOCPPFrame(data)
        case .json: Self.fuzzJSON(data)
        case .scenario: Self.fuzzScenario(data)
        case .ocpi: Self.fuzzOCPI(data)
        }
    }

    /// Pieces whose sizes come from the input itself (1–16 bytes), so the fuzzer explores splittings.
    static func pieces(of bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var index = 0
        var sizeSource = 0
        while index < bytes.count {
            let size = Int(bytes[sizeSource % bytes.count] & 0x0F) + 1
            sizeSource += 1
            let end = min(bytes.count, index + size)
            result.append(Array(bytes[index..<end]))
            index = end
        }
        return result
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz property failed: \(message())") }
    }

    // MARK: HTTP requests

    struct RequestOutcome: Equatable {
        var requests: [HTTPRequest] = []
        var error: HTTPParseError?
    }

    static func parseRequests(_ chunks: [[UInt8]], limits: HTTPParserLimits = httpLimits) -> RequestOutcome {
        var parser = HTTPRequestParser(limits: limits)
        var outcome = RequestOutcome()
        do throws(HTTPParseError) {
            for chunk in chunks {
                parser.append(chunk)
                while let request = try parser.next() {
                    outcome.requests.append(request)
                    if parser.status == .awaitingUpgradeDecision { parser.resumeAfterDeclinedUpgrade() }
                }
            }
            try parser.finish()
        } catch {
            outcome.error = error
        }
        return outcome
    }

    static func fuzzHTTPRequest(_ data: [UInt8]) {
        let whole = parseRequests([data])
        let pieces = parseRequests(pieces(of: data))
        check(whole == pieces, "request parsing depends on chunking")
        for request in whole.requests {
            // The serializer may add Content-Length, so the re-parse gets the default limits.
            let again = parseRequests([request.serialized()], limits: .default)
            check(again.error == nil, "a parsed request does not re-parse: \(String(describing: again.error))")
            check(again.requests.first?.body == request.body, "request body changed in a round trip")
            check(again.requests.first?.target == request.target, "request target changed in a round trip")
            check(again.requests.first?.method == request.method, "request method changed in a round trip")
        }
    }

    // MARK: HTTP responses

    struct ResponseOutcome: Equatable {
        var responses: [HTTPResponse] = []
        var error: HTTPParseError?
    }

    static func parseResponses(
        _ chunks: [[UInt8]],
        method: HTTPMethod,
        limits: HTTPParserLimits = httpLimits
    ) -> ResponseOutcome {
        var parser = HTTPResponseParser(limits: limits)
        var outcome = ResponseOutcome()
        do throws(HTTPParseError) {
            for chunk in chunks {
                parser.append(chunk)
                while let response = try parser.next(respondingTo: method) { outcome.responses.append(response) }
            }
            if let last = try parser.finish() { outcome.responses.append(last) }
        } catch {
            outcome.error = error
        }
        return outcome
    }

    static func fuzzHTTPResponse(_ data: [UInt8]) {
        let methods: [HTTPMethod] = [.get, .head, HTTPMethod("CONNECT"), .post]
        // The first byte picks the request method the response answers; the rest is the response.
        let method = methods[Int(data.first ?? 0) % methods.count]
        let body = Array(data.dropFirst())
        let whole = parseResponses([body], method: method)
        let pieces = parseResponses(pieces(of: body), method: method)
        check(whole == pieces, "response parsing depends on chunking")
        for response in whole.responses where method == .get && response.status != 101 {
            let again = parseResponses([response.serialized()], method: method, limits: .default)
            check(again.error == nil, "a parsed response does not re-parse: \(String(describing: again.error))")
            check(again.responses.first?.status == response.status, "status changed in a round trip")
            let noContent = response.isInformational || response.status == 204 || response.status == 304
            check(noContent || again.responses.first?.body == response.body, "response body changed in a round trip")
        }
    }

    // MARK: WebSocket

    struct WebSocketOutcome: Equatable {
        var events: [WebSocketEvent] = []
        var error: WebSocketProtocolError?
    }

    static func readEvents(_ chunks: [[UInt8]], role: WebSocketRole) -> WebSocketOutcome {
        var reader = WebSocketReader(role: role, limits: webSocketLimits)
        var outcome = WebSocketOutcome()
        do throws(WebSocketProtocolError) {
            for chunk in chunks {
                reader.append(chunk)
                while let event = try reader.next() { outcome.events.append(event) }
            }
        } catch {
            outcome.error = error
        }
        return outcome
    }

    static func fuzzWebSocket(_ data: [UInt8]) {
        // The first byte picks the receiving role (high bit set: server); the rest is the byte stream.
        let role: WebSocketRole = (data.first ?? 0) & 0x80 == 0 ? .client : .server
        let body = Array(data.dropFirst())
        let whole = readEvents([body], role: role)
        let pieces = readEvents(pieces(of: body), role: role)
        check(whole == pieces, "WebSocket reading depends on chunking")

        var parser = WebSocketFrameParser(role: role, limits: webSocketLimits)
        parser.append(body)
        var assembler = WebSocketMessageAssembler(maxMessageSize: webSocketLimits.maxMessageSize)
        var handshake = WebSocketCloseHandshake(role: role)
        while let frame = try? parser.next() {
            var again = WebSocketFrameParser(role: role, limits: webSocketLimits)
            again.append(frame.encoded())
            check((try? again.next()) == frame, "a frame changed in an encode/parse round trip")
            if case .close(let code, let reason)? = try? assembler.receive(frame) {
                _ = handshake.receivedClose(code: code, reason: reason)
            }
        }
        if let error = whole.error { _ = handshake.failed(error) }
        _ = handshake.transportClosed()
    }
}
