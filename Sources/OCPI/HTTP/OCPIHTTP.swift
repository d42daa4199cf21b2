public import Foundation
public import JSON
public import Wire

/// OCPI's use of HTTP (OCPI 2.2.1 "Transport and format"): the response envelope, the
/// Authorization header, routing headers and pagination, as pure functions over `Wire` values.
public enum OCPIHTTP {
    /// OCPI 2.2.1 §4.1.7 (transport_and_format): every response is an envelope
    /// `{data, status_code, status_message, timestamp}`.
    public static func envelope(
        data: JSONValue?,
        statusCode: Int = 1000,
        message: String? = nil,
        now: Date
    ) -> JSONValue {
        var object = JSONObject()
        if let data { object["data"] = data }
        object["status_code"] = .number(JSONNumber(statusCode))
        if let message { object["status_message"] = .string(message) }
        object["timestamp"] = .string(OCPITimestamp.format(now))
        return .object(object)
    }

    /// An HTTP response carrying an envelope.
    public static func response(
        httpStatus: Int = 200,
        data: JSONValue? = nil,
        statusCode: Int = 1000,
        message: String? = nil,
        now: Date,
        headers: HTTPHeaders = HTTPHeaders()
    ) -> HTTPResponse {
        var allHeaders = headers
        allHeaders.set("Content-Type", "application/json")
        let body = JSONWriter.compact.bytes(envelope(data: data, statusCode: statusCode, message: message, now: now))
        return HTTPResponse(status: httpStatus, headers: allHeaders, body: body)
    }

    /// A request with a JSON body and the OCPI headers: `Authorization: Token base64(token)` (§4.1.3,
    /// Base64 since 2.2), a fresh X-Request-ID and X-Correlation-ID (§4.1.8) and routing headers (§4.1.9).
    public static func request(
        _ method: HTTPMethod,
        url: String,
        token: String,
        body: JSONValue? = nil,
        requestID: String,
        correlationID: String? = nil,
        routing: Routing? = nil
    ) -> HTTPRequest {
        var headers = HTTPHeaders()
        headers.add("Host", URLParts(url)?.authority ?? "localhost")
        headers.add("Authorization", "Token " + Data(token.utf8).base64EncodedString())
        headers.add("X-Request-ID", requestID)
        headers.add("X-Correlation-ID", correlationID ?? requestID)
        if let routing {
            headers.add("OCPI-from-country-code", routing.fromCountryCode)
            headers.add("OCPI-from-party-id", routing.fromPartyID)
            headers.add("OCPI-to-country-code", routing.toCountryCode)
            headers.add("OCPI-to-party-id", routing.toPartyID)
        }
        var bytes: [UInt8] = []
        if let body {
            headers.add("Content-Type", "application/json")
            bytes = JSONWriter.compact.bytes(body)
        }
        return HTTPRequest(method: method, target: URLParts(url)?.target ?? url, headers: headers, body: bytes)
    }

    /// The credentials token of a request: `Token <base64>` as 2.2.1 says, or the plain form that
    /// 2.1.1-era peers send (§4.1.3). Nil when the header is missing or malformed.
    public static func token(of request: HTTPRequest) -> String? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "token" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    /// OCPI 2.2.1 §4.1.3: every request carries a token; token A is valid only on the versions,
    /// version-details and credentials endpoints. Returns the 401 answer, or nil when the request may pass.
    public static func authenticate(
        _ request: HTTPRequest,
        credentialsTokens: [String],
        registrationToken: String?,
        now: Date
    ) -> HTTPResponse? {
        guard let presented = token(of: request) else {
            return response(httpStatus: 401, statusCode: 2000, message: "missing Authorization header", now: now)
        }
        if credentialsTokens.contains(where: { tokenMatches(presented, expected: $0) }) { return nil }
        let segments = request.pathSegments
        let isRegistrationEndpoint =
            segments == ["ocpi", "versions"] || segments == ["ocpi", "2.2.1"]
            || segments == ["ocpi", "2.2.1", "credentials"]
        if isRegistrationEndpoint, let registrationToken, tokenMatches(presented, expected: registrationToken) {
            return nil
        }
        return response(httpStatus: 401, statusCode: 2000, message: "unknown or invalid token", now: now)
    }

    /// OCPI 2.2.1 §7.2.1–§7.2.2: the credentials POST registers and the PUT updates a registration, so
    /// a POST once registered or a PUT before is refused (HTTP 405); nil when the method fits.
    public static func registrationMismatch(_ method: HTTPMethod, registered: Bool, now: Date) -> HTTPResponse? {
        if method == .post, registered {
            return response(httpStatus: 405, statusCode: 2000, message: "already registered; use PUT", now: now)
        }
        if method == .put, !registered {
            return response(httpStatus: 405, statusCode: 2000, message: "not registered; use POST", now: now)
        }
        return nil
    }

    /// True when the request's token equals `expected`, sent Base64-encoded or plain. The comparison
    /// takes the same time wherever the strings differ.
    public static func tokenMatches(_ presented: String, expected: String) -> Bool {
        if constantTimeEquals(presented, expected) { return true }
        guard let decoded = Data(base64Encoded: presented).flatMap({ String(data: $0, encoding: .utf8) }) else {
            return false
        }
        // The 2.2.1-d2 examples encode a trailing newline; tolerate it (ocpi.md §1.5).
        let trimmed = decoded.hasSuffix("\n") ? String(decoded.dropLast()) : decoded
        return constantTimeEquals(trimmed, expected)
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            let left = index < x.count ? x[index] : 0
            let right = index < y.count ? y[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }

    /// Parses a JSON body; nil for an empty body.
    public static func jsonBody(_ request: HTTPRequest) -> Result<JSONValue?, JSONParseError> {
        if request.body.isEmpty { return .success(nil) }
        do {
            return .success(try JSONParser(duplicateKeys: .reject).parse(request.body).value)
        } catch {
            return .failure(error)
        }
    }

    /// Parses a response's envelope; nil when the body is not a JSON object.
    public static func envelope(of response: HTTPResponse) -> JSONValue? {
        guard let value = try? JSONParser().parse(response.body).value, value.objectValue != nil else { return nil }
        return value
    }

    /// OCPI 2.2.1 §4.1.5 pagination: one page of `items` for `offset`/`limit` with the headers
    /// `X-Total-Count`, `X-Limit` and, unless last, `Link: <next>; rel="next"`.
    public static func page(
        _ items: [JSONValue],
        request: HTTPRequest,
        baseURL: String,
        maxLimit: Int,
        now: Date
    ) -> HTTPResponse {
        let offset = max(0, Int(request.query("offset") ?? "") ?? 0)
        let limit = min(maxLimit, max(1, Int(request.query("limit") ?? "") ?? maxLimit))
        let slice = offset < items.count ? Array(items[offset..<min(items.count, offset + limit)]) : []
        var headers = HTTPHeaders()
        headers.add("X-Total-Count", String(items.count))
        headers.add("X-Limit", String(maxLimit))
        if offset + limit < items.count {
            var query = request.queryItems.filter { $0.name != "offset" && $0.name != "limit" }
            query.append((name: "offset", value: String(offset + limit)))
            query.append((name: "limit", value: String(limit)))
            let text = query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
                .joined(separator: "&")
            headers.add("Link", "<\(baseURL)?\(text)>; rel=\"next\"")
        }
        return response(data: .array(slice), now: now, headers: headers)
    }

    /// The `next` URL of a `Link` header, if any.
    public static func nextPageURL(_ response: HTTPResponse) -> String? {
        guard let link = response.headers["Link"], link.contains("rel=\"next\""),
            let open = link.firstIndex(of: "<"), let close = link.firstIndex(of: ">"), open < close
        else { return nil }
        return String(link[link.index(after: open)..<close])
    }

    /// Filters objects by `last_updated` with `date_from` (inclusive) and `date_to` (exclusive), §4.1.5.
    public static func filterByDate(_ items: [JSONValue], request: HTTPRequest) -> [JSONValue] {
        let from = request.query("date_from").flatMap(OCPITimestamp.parse)
        let to = request.query("date_to").flatMap(OCPITimestamp.parse)
        guard from != nil || to != nil else { return items }
        return items.filter { item in
            guard let text = item["last_updated"]?.stringValue, let updated = OCPITimestamp.parse(text) else {
                return false
            }
            if let from, updated < from { return false }
            if let to, updated >= to { return false }
            return true
        }
    }

    /// The four routing headers of §4.1.9.
    public struct Routing: Sendable, Hashable {
        public var fromCountryCode: String
        public var fromPartyID: String
        public var toCountryCode: String
        public var toPartyID: String

        public init(fromCountryCode: String, fromPartyID: String, toCountryCode: String, toPartyID: String) {
            self.fromCountryCode = fromCountryCode
            self.fromPartyID = fromPartyID
            self.toCountryCode = toCountryCode
            self.toPartyID = toPartyID
        }

        /// Reads the routing headers of a request; nil when any is missing.
        public init?(_ request: HTTPRequest) {
            guard let fromCountryCode = request.headers["OCPI-from-country-code"],
                let fromPartyID = request.headers["OCPI-from-party-id"],
                let toCountryCode = request.headers["OCPI-to-country-code"],
                let toPartyID = request.headers["OCPI-to-party-id"]
            else { return nil }
            self.init(
                fromCountryCode: fromCountryCode,
                fromPartyID: fromPartyID,
                toCountryCode: toCountryCode,
                toPartyID: toPartyID
            )
        }
    }
}

/// The parts of an absolute `http(s)://host[:port]/path?query` URL that OCPI needs.
public struct URLParts: Sendable, Hashable {
    public var scheme: String
    public var authority: String
    public var target: String

    public init?(_ url: String) {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        scheme = String(url[..<schemeEnd.lowerBound]).lowercased()
        let rest = url[schemeEnd.upperBound...]
        if let slash = rest.firstIndex(of: "/") {
            authority = String(rest[..<slash])
            target = String(rest[slash...])
        } else {
            authority = String(rest)
            target = "/"
        }
        guard !authority.isEmpty else { return nil }
    }

    /// `scheme://authority`.
    public var origin: String { scheme + "://" + authority }
}
