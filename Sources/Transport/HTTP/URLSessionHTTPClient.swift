import Foundation
import Wire

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An `HTTPClient` over Foundation's URLSession, for `https://` URLs (TLS comes from the system).
public struct URLSessionHTTPClient: HTTPClient {
    private let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(
        _ request: HTTPRequest,
        to url: URL,
        timeout: Duration
    ) async throws(HTTPClientError) -> HTTPResponse {
        guard let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            throw .invalidURL("\(url.absoluteString): scheme is not http or https")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        for field in request.headers where field.name.lowercased() != "host" {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError where error.code == .timedOut {
            throw .timedOut(url: url.absoluteString, after: timeout)
        } catch {
            throw .foundation("\(url.absoluteString): \(error.localizedDescription)")
        }
        guard let http = response as? HTTPURLResponse else {
            throw .foundation("\(url.absoluteString): not an HTTP response")
        }
        var headers = HTTPHeaders()
        for (name, value) in http.allHeaderFields {
            headers.add(String(describing: name), String(describing: value))
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
    }
}
