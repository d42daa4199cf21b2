/// An incremental HTTP/1.1 response parser (RFC 9112): append bytes as they arrive, in any chunking,
/// and pull complete responses in the order the requests were sent.
///
/// Whether a response has a body depends on the request it answers (RFC 9112 §6.3): pass that
/// request's method to `next(respondingTo:)`. HEAD responses and 1xx, 204 and 304 responses have no
/// body; a response without Content-Length or chunked coding is read until the connection closes,
/// and is returned by `finish()`. Interim 1xx responses are returned like any other (see
/// `HTTPResponse.isInformational`); after 101 Switching Protocols the parser pauses and
/// `takeRemainingBytes()` hands over what followed.
public struct HTTPResponseParser: Sendable {
    /// Where the parser stands between messages.
    public enum Status: Hashable, Sendable {
        case reading
        /// A 101 response was returned; the remaining bytes belong to the new protocol.
        case switchedProtocols
        /// The last response closes the connection; nothing more is parsed.
        case closed
        case failed(HTTPParseError)
    }

    private enum Stage: Sendable {
        case statusLine
        case headers(Head)
        case body(Head, HTTPBodyFraming)
    }

    private struct Head: Sendable {
        var version: String
        var status: Int
        var reason: String
        var headers = HTTPHeaders()
    }

    public private(set) var status = Status.reading
    private var stage = Stage.statusLine
    private var reader: HTTPMessageReader

    public init(limits: HTTPParserLimits = .default) {
        reader = HTTPMessageReader(limits: limits)
    }

    public var limits: HTTPParserLimits { reader.limits }

    /// Whether part of a response has been received but not yet returned.
    public var hasPartialMessage: Bool {
        if case .statusLine = stage { return reader.bufferedByteCount > 0 }
        return true
    }

    /// Adds received bytes; they are dropped once the parser is closed or failed.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        switch status {
        case .reading, .switchedProtocols: reader.append(bytes)
        case .closed, .failed: return
        }
    }

    /// The next complete response to a request with `method`, or nil when more bytes are needed.
    public mutating func next(respondingTo method: HTTPMethod = .get) throws(HTTPParseError) -> HTTPResponse? {
        switch status {
        case .reading: break
        case .switchedProtocols, .closed: return nil
        case .failed(let error): throw error
        }
        do {
            return try step(method: method)
        } catch {
            status = .failed(error)
            reader.discardBufferedBytes()
            throw error
        }
    }

    /// Tells the parser the connection has closed: returns a response whose body was read until close,
    /// or throws `.unexpectedEndOfInput` if a response was cut short.
    public mutating func finish() throws(HTTPParseError) -> HTTPResponse? {
        if case .failed(let error) = status { throw error }
        guard case .reading = status else { return nil }
        if case .body(let head, .untilClose) = stage, let (body, trailers) = reader.finishBodyAtEndOfInput() {
            stage = .statusLine
            status = .closed
            return Self.response(head, body: body, trailers: trailers)
        }
        guard !hasPartialMessage else {
            status = .failed(.unexpectedEndOfInput)
            throw .unexpectedEndOfInput
        }
        status = .closed
        return nil
    }

    /// After 101 Switching Protocols: the bytes received after the response. The parser is closed afterwards.
    public mutating func takeRemainingBytes() -> [UInt8] {
        status = .closed
        return reader.takeBufferedBytes()
    }

    private mutating func step(method: HTTPMethod) throws(HTTPParseError) -> HTTPResponse? {
        while true {
            switch stage {
            case .statusLine:
                let tooLong = HTTPParseError.statusLineTooLong(limit: limits.maxStartLineLength)
                guard let line = try reader.readLine(maxLength: limits.maxStartLineLength, tooLong: tooLong) else {
                    return nil
                }
                stage = .headers(try Self.parseStatusLine(line))
            case .headers(var head):
                guard let headers = try reader.readFieldSection() else { return nil }
                head.headers = headers
                stage = .body(head, try Self.framing(of: head, respondingTo: method, limits: limits))
            case .body(let head, let framing):
                guard let (body, trailers) = try reader.readBody(framing) else { return nil }
                stage = .statusLine
                let response = Self.response(head, body: body, trailers: trailers)
                if response.status == 101 {
                    status = .switchedProtocols
                } else if !response.isInformational && !response.keepAlive {
                    status = .closed
                    reader.discardBufferedBytes()
                }
                return response
            }
        }
    }

    /// RFC 9112 §6.3 items 1–2: no body after HEAD, for 1xx, 204 and 304, nor for a 2xx answer to CONNECT.
    private static func framing(
        of head: Head,
        respondingTo method: HTTPMethod,
        limits: HTTPParserLimits
    ) throws(HTTPParseError) -> HTTPBodyFraming {
        if method == .head || (100..<200).contains(head.status) || head.status == 204 || head.status == 304 {
            return .empty
        }
        if method.rawValue == "CONNECT" && (200..<300).contains(head.status) { return .empty }
        return try HTTPBodyFraming.from(headers: head.headers, version: head.version, isRequest: false, limits: limits)
    }

    /// RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]. A missing SP
    /// after the code is tolerated (the reason is then empty).
    private static func parseStatusLine(_ line: [UInt8]) throws(HTTPParseError) -> Head {
        guard let firstSpace = line.firstIndex(of: HTTPSyntax.space) else {
            throw .malformedStartLine(reason: "status line has no space after the HTTP-version")
        }
        let version = try HTTPRequestParser.parseVersion(line[..<firstSpace])
        let rest = line[(firstSpace + 1)...]
        let code = rest.prefix(3)
        guard code.count == 3, code.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let status = Int(HTTPSyntax.string(code)), status >= 100
        else {
            throw .invalidStatusCode(HTTPSyntax.string(rest.prefix(16)))
        }
        let afterCode = rest.dropFirst(3)
        if let separator = afterCode.first, separator != HTTPSyntax.space {
            throw .invalidStatusCode(HTTPSyntax.string(rest.prefix(16)))
        }
        let reason = afterCode.dropFirst()
        // RFC 9112 §4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ).
        guard reason.allSatisfy(HTTPSyntax.isFieldValueCharacter) else {
            throw .malformedStartLine(reason: "reason phrase holds a control character")
        }
        return Head(version: version, status: status, reason: HTTPSyntax.string(reason))
    }

    private static func response(_ head: Head, body: [UInt8], trailers: HTTPHeaders) -> HTTPResponse {
        HTTPResponse(
            status: head.status,
            reason: head.reason,
            version: head.version,
            headers: head.headers,
            body: body,
            trailers: trailers
        )
    }
}
