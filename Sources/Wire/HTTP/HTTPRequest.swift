/// An HTTP request as a value: what a server handler receives and a client sends.
///
/// `HTTPRequestParser` produces it from bytes and `serialized()` turns it back into bytes.
public struct HTTPRequest: Sendable, Hashable {
    public var method: HTTPMethod
    /// The request target as sent: usually origin form (`/ocpi/2.2.1/cdrs?offset=0`); absolute form
    /// (`http://host/path?q`) is accepted too (RFC 9112 §3.2.2) and `path` / `queryItems` read its path.
    public var target: String
    public var version: String
    public var headers: HTTPHeaders
    /// The body, already de-chunked when it arrived with `Transfer-Encoding: chunked`.
    public var body: [UInt8]
    /// Trailer fields sent after a chunked body; kept apart from `headers` (RFC 9110 §6.5.1).
    public var trailers: HTTPHeaders

    public init(
        method: HTTPMethod,
        target: String,
        version: String = "HTTP/1.1",
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = [],
        trailers: HTTPHeaders = HTTPHeaders()
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.trailers = trailers
    }

    /// The percent-decoded path, without the query.
    public var path: String {
        let raw =
            originForm.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
            ?? ""
        return PercentEncoding.decode(raw) ?? raw
    }

    /// The path split into percent-decoded segments, empty segments dropped.
    public var pathSegments: [String] {
        let raw = originForm.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return raw.split(separator: "/").map { PercentEncoding.decode(String($0)) ?? String($0) }
    }

    /// Query items in order, names and values percent-decoded (`+` is a space).
    public var queryItems: [(name: String, value: String)] {
        let target = originForm
        guard let questionMark = target.firstIndex(of: "?") else { return [] }
        let query = target[target.index(after: questionMark)...]
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts.first ?? "").replacing("+", with: " ")
            let value = parts.count > 1 ? String(parts[1]).replacing("+", with: " ") : ""
            return (name: PercentEncoding.decode(name) ?? name, value: PercentEncoding.decode(value) ?? value)
        }
    }

    /// The target without `scheme://authority` when it is in absolute form (RFC 9112 §3.2.2).
    private var originForm: Substring {
        guard let schemeEnd = target.firstRange(of: "://"), !target.hasPrefix("/"),
            target[..<schemeEnd.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else {
            return target[...]
        }
        let afterAuthority = target[schemeEnd.upperBound...]
        guard let pathStart = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        let rest = afterAuthority[pathStart...]
        return rest.first == "?" ? Substring("/" + rest) : rest
    }

    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.headers == rhs.headers && lhs.body == rhs.body && lhs.trailers == rhs.trailers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(body)
    }
}
