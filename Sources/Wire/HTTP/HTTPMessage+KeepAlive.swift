extension HTTPRequest {
    /// Whether the client asks to keep the connection open after the response (RFC 9112 §9.3):
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        HTTPConnectionSemantics.keepAlive(version: version, headers: headers)
    }

    /// Whether this request asks to switch protocols (`Connection: upgrade` and an `Upgrade` field,
    /// RFC 9110 §7.8).
    public var isUpgradeRequest: Bool {
        headers.containsToken("upgrade", in: "Connection") && headers.contains("Upgrade")
    }
}

extension HTTPResponse {
    /// Whether the server keeps the connection open after this response (RFC 9112 §9.3).
    public var keepAlive: Bool {
        HTTPConnectionSemantics.keepAlive(version: version, headers: headers)
    }
}

enum HTTPConnectionSemantics {
    static func keepAlive(version: String, headers: HTTPHeaders) -> Bool {
        if headers.containsToken("close", in: "Connection") { return false }
        if version == "HTTP/1.0" { return headers.containsToken("keep-alive", in: "Connection") }
        return true
    }
}
