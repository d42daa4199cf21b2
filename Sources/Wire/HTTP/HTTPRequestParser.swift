/// An incremental HTTP/1.1 request parser (RFC 9112): append bytes as they arrive, in any chunking,
/// and pull complete requests in order (pipelining).
///
/// ```swift
/// var parser = HTTPRequestParser()
/// parser.append(bytesFromSocket)
/// while let request = try parser.next() { … answer, then close if !request.keepAlive }
/// ```
/// After a request that does not keep the connection alive the parser stops (later bytes are ignored,
/// RFC 9112 §9.6). After an upgrade request it pauses: `takeRemainingBytes()` hands the bytes that
/// followed to the new protocol, or `resumeAfterDeclinedUpgrade()` goes on with HTTP. Any error is
/// final: the same error is thrown again by every later call.
public struct HTTPRequestParser: Sendable {
    /// Where the parser stands between messages.
    public enum Status: Hashable, Sendable {
        /// Reading requests.
        case reading
        /// The last request asked to upgrade the connection; waiting for the owner's decision.
        case awaitingUpgradeDecision
        /// The last request closes the connection; nothing more is parsed.
        case closed
        /// Refused input; the connection must be answered with `error.response` and closed.
        case failed(HTTPParseError)
    }

    private enum Stage: Sendable {
        case requestLine
        case headers(Head)
        case body(Head, HTTPBodyFraming)
    }

    private struct Head: Sendable {
        var method: HTTPMethod
        var target: String
        var version: String
        var headers = HTTPHeaders()
    }

    public private(set) var status = Status.reading
    private var stage = Stage.requestLine
    private var reader: HTTPMessageReader

    public init(limits: HTTPParserLimits = .default) {
        reader = HTTPMessageReader(limits: limits)
    }

    public var limits: HTTPParserLimits { reader.limits }

    /// Whether part of a request has been received but not yet returned.
    public var hasPartialMessage: Bool {
        if case .requestLine = stage { return reader.bufferedByteCount > 0 }
        return true
    }

    /// Whether the request being received asked for `Expect: 100-continue` and its body has not fully
    /// arrived: the server answers `HTTP/1.1 100 Continue` (or a final status) once (RFC 9110 §10.1.1).
    public var isAwaitingContinue: Bool {
        guard case .body(let head, let framing) = stage, framing != .empty, head.version != "HTTP/1.0" else {
            return false
        }
        return head.headers.values(for: "Expect").contains { HTTPSyntax.equalsIgnoringCase($0, "100-continue") }
    }

    /// Adds received bytes; they are parsed by `next()`.
    /// Bytes are dropped once the parser is closed or failed, so nothing accumulates after the end.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        switch status {
        case .reading, .awaitingUpgradeDecision: reader.append(bytes)
        case .closed, .failed: return
        }
    }

    /// The next complete request, or nil when more bytes are needed (or the parser is paused or closed).
    public mutating func next() throws(HTTPParseError) -> HTTPRequest? {
        switch status {
        case .reading: break
        case .awaitingUpgradeDecision, .closed: return nil
        case .failed(let error): throw error
        }
        do {
            return try step()
        } catch {
            status = .failed(error)
            reader.discardBufferedBytes()
            throw error
        }
    }

    /// Tells the parser the input has ended; throws `.unexpectedEndOfInput` if a request was cut short.
    public mutating func finish() throws(HTTPParseError) {
        if case .failed(let error) = status { throw error }
        guard case .reading = status, hasPartialMessage else { return }
        status = .failed(.unexpectedEndOfInput)
        throw .unexpectedEndOfInput
    }

    /// After an upgrade request: the bytes received after it, which belong to the new protocol.
    /// The parser is closed afterwards.
    public mutating func takeRemainingBytes() -> [UInt8] {
        status = .closed
        return reader.takeBufferedBytes()
    }

    /// After an upgrade request the server declined: continue parsing HTTP/1.1 (RFC 9110 §7.8).
    public mutating func resumeAfterDeclinedUpgrade() {
        if case .awaitingUpgradeDecision = status { status = .reading }
    }

    private mutating func step() throws(HTTPParseError) -> HTTPRequest? {
        while true {
            switch stage {
            case .requestLine:
                let tooLong = HTTPParseError.requestLineTooLong(limit: limits.maxStartLineLength)
                guard let line = try reader.readLine(maxLength: limits.maxStartLineLength, tooLong: tooLong) else {
                    return nil
                }
                // RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request-line.
                if line.isEmpty { continue }
                stage = .headers(try Self.parseRequestLine(line))
            case .headers(var head):
                guard let headers = try reader.readFieldSection() else { return nil }
                head.headers = headers
                // RFC 9112 §3.2: a server MUST respond 400 to an HTTP/1.1 request without exactly one Host.
                // (Applied to every HTTP/1.x above 1.0.)
                if head.version != "HTTP/1.0" && headers.values(for: "Host").count != 1 {
                    throw .missingOrDuplicateHost
                }
                let framing = try HTTPBodyFraming.from(
                    headers: headers,
                    version: head.version,
                    isRequest: true,
                    limits: limits
                )
                stage = .body(head, framing)
            case .body(let head, let framing):
                guard let (body, trailers) = try reader.readBody(framing) else { return nil }
                stage = .requestLine
                let request = HTTPRequest(
                    method: head.method,
                    target: head.target,
                    version: head.version,
                    headers: head.headers,
                    body: body,
                    trailers: trailers
                )
                if request.isUpgradeRequest {
                    status = .awaitingUpgradeDecision
                } else if !request.keepAlive {
                    status = .closed
                    reader.discardBufferedBytes()
                }
                return request
            }
        }
    }

    /// RFC 9112 §3: request-line = method SP request-target SP HTTP-version.
    private static func parseRequestLine(_ line: [UInt8]) throws(HTTPParseError) -> Head {
        let parts = line.split(separator: HTTPSyntax.space, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw .malformedStartLine(reason: "request line has \(parts.count) space-separated parts, not 3")
        }
        guard HTTPSyntax.isToken(parts[0]) else { throw .malformedStartLine(reason: "method is not a token") }
        // RFC 9112 §3.2: the request-target has no whitespace; RFC 3986 allows only visible ASCII.
        guard !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .malformedStartLine(reason: "request target is empty or not visible ASCII")
        }
        let version = try parseVersion(parts[2])
        return Head(
            method: HTTPMethod(HTTPSyntax.string(parts[0])),
            target: HTTPSyntax.string(parts[1]),
            version: version
        )
    }

    /// RFC 9112 §2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT; only major version 1 is spoken here.
    static func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> String {
        let text = HTTPSyntax.string(bytes)
        let digits = Array(bytes.dropFirst(5))
        guard bytes.starts(with: "HTTP/".utf8), digits.count == 3, digits[1] == UInt8(ascii: "."),
            digits[0] >= UInt8(ascii: "0"), digits[0] <= UInt8(ascii: "9"),
            digits[2] >= UInt8(ascii: "0"), digits[2] <= UInt8(ascii: "9")
        else {
            throw .malformedStartLine(reason: "HTTP-version '\(text)' is not HTTP/DIGIT.DIGIT")
        }
        guard digits[0] == UInt8(ascii: "1") else { throw .unsupportedVersion(text) }
        return text
    }
}
