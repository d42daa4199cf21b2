/// An HTTP response as a value.
///
/// `HTTPResponseParser` produces it from bytes and `serialized()` turns it back into bytes.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var reason: String
    public var version: String
    public var headers: HTTPHeaders
    /// The body, already de-chunked when it arrived with `Transfer-Encoding: chunked`.
    public var body: [UInt8]
    /// Trailer fields sent after a chunked body; kept apart from `headers` (RFC 9110 §6.5.1).
    public var trailers: HTTPHeaders

    public init(
        status: Int,
        reason: String? = nil,
        version: String = "HTTP/1.1",
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = [],
        trailers: HTTPHeaders = HTTPHeaders()
    ) {
        self.status = status
        self.reason = reason ?? HTTPResponse.standardReason(for: status)
        self.version = version
        self.headers = headers
        self.body = body
        self.trailers = trailers
    }

    /// A 1xx interim response (RFC 9110 §15.2): a final response to the same request follows, except after 101.
    public var isInformational: Bool { (100..<200).contains(status) }

    /// The reason phrase RFC 9110 §15 gives a status code ("OK", "Not Found", …).
    public static func standardReason(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 101: "Switching Protocols"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 426: "Upgrade Required"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
