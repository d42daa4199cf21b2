import Foundation
import Wire

/// Sends one HTTP request and returns the answer. Two implementations: `SocketHTTPClient` (this
/// layer's sockets, `http://` and `https://` through OpenSSL, keep-alive reuse) and
/// `URLSessionHTTPClient` (Foundation, `https://`).
/// Outbound OCPI calls of the external run go through this protocol.
public protocol HTTPClient: Sendable {
    /// Sends `request` to `url`: the URL gives the host, port and request target (path and query);
    /// method, header fields and body come from `request`. Throws when no answer arrives in `timeout`.
    func send(_ request: HTTPRequest, to url: URL, timeout: Duration) async throws(HTTPClientError) -> HTTPResponse
}

/// Why an HTTP request got no answer.
public enum HTTPClientError: Error, Hashable, Sendable {
    /// The URL is not one this client can send to (the text says why).
    case invalidURL(String)
    /// Connecting, writing or reading failed.
    case transport(TransportError)
    /// The answer is not valid HTTP/1.1.
    case malformedResponse(HTTPParseError)
    /// The server closed the connection before a complete answer.
    case connectionClosedBeforeResponse
    /// No complete answer within the timeout.
    case timedOut(url: String, after: Duration)
    /// The TLS handshake failed (certificate refused, protocol mismatch, …).
    case tls(TLSError)
    /// Foundation's URLSession failed; its description.
    case foundation(String)
}
