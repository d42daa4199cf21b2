/// Why bytes are not a valid HTTP/1.1 message (RFC 9112), and which answer a server gives.
///
/// After any of these the connection cannot be trusted for further messages: `responseStatus` says
/// what to answer (when the peer is a client) and the connection is then closed.
public enum HTTPParseError: Error, Hashable, Sendable {
    /// The request line is longer than `HTTPParserLimits.maxStartLineLength` (RFC 9112 §3: 414).
    case requestLineTooLong(limit: Int)
    /// The status line is longer than `HTTPParserLimits.maxStartLineLength`.
    case statusLineTooLong(limit: Int)
    /// The start line does not have the shape RFC 9112 §3 / §4 gives; `reason` says what is wrong.
    case malformedStartLine(reason: String)
    /// The HTTP-version is well formed but not HTTP/1.x (RFC 9110 §15.6.6: 505).
    case unsupportedVersion(String)
    /// A field line (1-based within the header or trailer section) is not `name: value`.
    case malformedFieldLine(line: Int)
    /// Whitespace between a field name and its colon (RFC 9112 §5.1: MUST be rejected with 400).
    case whitespaceBeforeColon(line: Int)
    /// A line starting with whitespace continues the previous field (obs-fold, RFC 9112 §5.2): rejected.
    case obsoleteLineFolding(line: Int)
    /// A field value holds a control character (RFC 9110 §5.5).
    case invalidFieldValue(line: Int)
    /// A CR not followed by LF (RFC 9112 §2.2).
    case bareCarriageReturn
    /// More fields than `HTTPParserLimits.maxHeaderCount` (431).
    case tooManyHeaderFields(limit: Int)
    /// The header (or trailer) section exceeds `HTTPParserLimits.maxHeaderBytes` (431).
    case headerSectionTooLarge(limit: Int)
    /// An HTTP/1.1 request without exactly one Host field (RFC 9112 §3.2: 400).
    case missingOrDuplicateHost
    /// Content-Length is not a decimal number, or several differ (RFC 9112 §6.3 item 5).
    case invalidContentLength(String)
    /// Both Content-Length and Transfer-Encoding are present (RFC 9112 §6.3 item 3).
    case contentLengthWithTransferEncoding
    /// Transfer-Encoding in an HTTP/1.0 message (RFC 9112 §6.1: framing is faulty).
    case transferEncodingInHTTP10
    /// A request's Transfer-Encoding does not end with chunked (RFC 9112 §6.3 item 4: 400).
    case chunkedNotFinalEncoding(String)
    /// A transfer coding other than chunked (RFC 9112 §7: 501).
    case unsupportedTransferCoding(String)
    /// The body is longer than `HTTPParserLimits.maxBodySize` (413).
    case bodyTooLarge(limit: Int)
    /// A chunk-size line is not `1*HEXDIG [ chunk-ext ]` (RFC 9112 §7.1).
    case invalidChunkSize(String)
    /// A chunk-size line (with its extensions) is longer than `HTTPParserLimits.maxChunkLineLength`.
    case chunkLineTooLong(limit: Int)
    /// Chunk data is not followed by CRLF (RFC 9112 §7.1).
    case missingChunkDataTerminator
    /// The status code is not three digits (RFC 9112 §4).
    case invalidStatusCode(String)
    /// The input ended inside a message.
    case unexpectedEndOfInput

    /// The status a server answers with before closing the connection.
    public var responseStatus: Int {
        switch self {
        case .requestLineTooLong: 414
        case .tooManyHeaderFields, .headerSectionTooLarge: 431
        case .bodyTooLarge: 413
        case .unsupportedVersion: 505
        case .unsupportedTransferCoding: 501
        default: 400
        }
    }

    /// Whether the connection must be closed after answering: always, since framing is lost (RFC 9112 §6.3).
    public var closesConnection: Bool { true }

    /// The answer a server sends: `responseStatus` with `Connection: close` and an empty body.
    public var response: HTTPResponse {
        HTTPResponse(status: responseStatus, headers: ["Connection": "close", "Content-Length": "0"])
    }
}
