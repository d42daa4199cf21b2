public import Foundation
public import JSON
import OCPI
public import Transport
public import Wire

/// The external run's OCPI client: sends requests with OCPI's headers (§4.1.3 token, §4.1.8 request
/// ids) over an `HTTPClient` (`http://` or `https://`), checks each answer's envelope, and reports
/// every exchange to `record` so the evidence log shows what the partner was sent and answered.
public struct OCPIRemote: Sendable {
    public var client: any HTTPClient
    /// How long one request may take, connect and TLS handshake included.
    public var timeout: Duration
    public var wallClock: @Sendable () -> Date
    public var record: @Sendable (OCPIExchange) -> Void

    public init(
        client: any HTTPClient,
        timeout: Duration = .seconds(30),
        wallClock: @escaping @Sendable () -> Date = { Date() },
        record: @escaping @Sendable (OCPIExchange) -> Void = { _ in }
    ) {
        self.client = client
        self.timeout = timeout
        self.wallClock = wallClock
        self.record = record
    }

    /// Sends `request` to `url` and returns the answer with its envelope; throws unless the answer is
    /// HTTP 2xx with OCPI `status_code` 1000 (§5.1 success).
    public func exchange(
        _ request: HTTPRequest,
        to url: String,
        step: String
    ) async throws(ExternalRunError) -> (response: HTTPResponse, envelope: JSONValue) {
        let (response, envelope) = try await send(request, to: url, step: step)
        let statusCode = envelope?["status_code"]?.numberValue?.int
        guard (200..<300).contains(response.status), let envelope, statusCode == 1000 else {
            throw .badAnswer(
                step: step,
                url: url,
                httpStatus: response.status,
                statusCode: statusCode,
                message: envelope?["status_message"]?.stringValue
            )
        }
        return (response, envelope)
    }

    /// Sends `request` to `url` and returns whatever answer came, with its envelope when it is JSON;
    /// throws only when no answer came.
    public func send(
        _ request: HTTPRequest,
        to url: String,
        step: String
    ) async throws(ExternalRunError) -> (response: HTTPResponse, envelope: JSONValue?) {
        var exchange = OCPIExchange(
            time: wallClock(),
            step: step,
            method: request.method.rawValue,
            url: url,
            status: nil,
            requestBody: request.body.isEmpty ? nil : try? JSONParser().parse(request.body).value,
            responseBody: nil
        )
        guard let target = URL(string: url) else {
            record(exchange)
            throw .unreachable(step: step, url: url, reason: "not a URL")
        }
        let response: HTTPResponse
        do {
            response = try await client.send(request, to: target, timeout: timeout)
        } catch {
            record(exchange)
            throw .unreachable(step: step, url: url, reason: Self.describe(error))
        }
        let envelope = OCPIHTTP.envelope(of: response)
        exchange.status = response.status
        exchange.responseBody = envelope
        record(exchange)
        return (response, envelope)
    }

    /// GET with `token`; returns the envelope's `data`.
    public func get(_ url: String, token: String, step: String) async throws(ExternalRunError) -> JSONValue {
        let request = OCPIHTTP.request(.get, url: url, token: token, requestID: "\(step)-\(UUID().uuidString)")
        return try await exchange(request, to: url, step: step).envelope["data"] ?? .null
    }

    static func describe(_ error: HTTPClientError) -> String {
        switch error {
        case .invalidURL(let reason): "invalid URL: \(reason)"
        case .transport(let error): "\(error)"
        case .malformedResponse(let error): "malformed HTTP answer: \(error)"
        case .connectionClosedBeforeResponse: "the connection closed before an answer"
        case .timedOut(_, let after): "no answer within \(after)"
        case .tls(let error): "TLS: \(error)"
        case .foundation(let text): text
        }
    }
}
