import Foundation

/// Where a `http://` or `ws://` URL points: the socket to connect to, the Host field and the target.
struct Endpoint: Sendable, Hashable {
    var host: String
    var port: Int
    /// RFC 9110 §7.2: host, with the port when it is not the scheme's default.
    var hostField: String
    /// RFC 9112 §3.2.1: origin form, path and query.
    var target: String

    /// Nil, with the reason, when the URL is not `scheme://host[:port][/path][?query]` for one of `schemes`.
    static func parse(_ url: URL, schemes: [String: Int]) -> Result<Endpoint, EndpointError> {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return .failure(EndpointError(url: url.absoluteString, reason: "not a URL"))
        }
        let scheme = components.scheme?.lowercased() ?? ""
        guard let defaultPort = schemes[scheme] else {
            let expected = schemes.keys.sorted().joined(separator: " or ")
            return .failure(EndpointError(url: url.absoluteString, reason: "scheme '\(scheme)' is not \(expected)"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(EndpointError(url: url.absoluteString, reason: "no host"))
        }
        let port = components.port ?? defaultPort
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        let query = components.percentEncodedQuery.map { "?" + $0 } ?? ""
        return .success(
            Endpoint(
                host: host,
                port: port,
                hostField: port == defaultPort ? host : "\(host):\(port)",
                target: path + query
            )
        )
    }
}

/// A URL an HTTP or WebSocket client cannot use, and why.
struct EndpointError: Error {
    var url: String
    var reason: String

    var description: String { "\(url): \(reason)" }
}
