import Foundation
import Wire

/// Opens client-side WebSocket connections (RFC 6455 §4.1): over a TCP socket for `ws://` URLs, over
/// TLS (the system's OpenSSL) for `wss://` URLs, or over any connected `ByteStream` (for example
/// `HTTPServer.connectInProcess()`).
///
/// ```swift
/// let connection = try await WebSocketClient.connect(
///     url: "ws://127.0.0.1:9000/ocpp/CP-1", subprotocols: ["ocpp1.6"],
///     headers: ["Authorization": "Basic Q1AtMTpzZWNyZXQ="])
/// ```
public enum WebSocketClient {
    /// Connects to a `ws://` or `wss://` URL and performs the opening handshake within
    /// `handshakeTimeout` (connect and TLS handshake included). `wss://` servers are verified against
    /// `tlsTrust` and must hold a certificate for the URL's host (RFC 6455 §4.1, step 5).
    public static func connect(
        url: String,
        subprotocols: [String] = [],
        headers: HTTPHeaders = HTTPHeaders(),
        limits: WebSocketLimits = .default,
        tlsTrust: TLSTrust = .systemStore,
        handshakeTimeout: Duration = .seconds(10),
        clock: any Clock<Duration> = ContinuousClock(),
        loop: EventLoop = .shared
    ) async throws(WebSocketError) -> WebSocketConnection {
        guard let parsed = URL(string: url) else { throw .invalidURL("\(url): not a URL") }
        let endpoint: Endpoint
        switch Endpoint.parse(parsed, schemes: ["ws": 80, "wss": 443]) {
        case .success(let value): endpoint = value
        case .failure(let error): throw .invalidURL(error.description)
        }
        let secure = parsed.scheme?.lowercased() == "wss"
        let connectTimer = DeadlineTimer(clock: clock)
        let attempt = Task { () async -> Result<any ByteStream, WebSocketError> in
            let socket: SocketStream
            do throws(TransportError) {
                socket = try await SocketStream.connect(host: endpoint.host, port: endpoint.port, loop: loop)
            } catch {
                return .failure(.transport(error))
            }
            guard secure else { return .success(socket) }
            do throws(TLSError) {
                let tls = TLSConnector.shared(trusting: tlsTrust)
                return .success(try await tls.secure(socket, serverName: endpoint.host))
            } catch {
                return .failure(.tls(error))
            }
        }
        connectTimer.arm(handshakeTimeout, reason: "connect") { attempt.cancel() }
        let stream: any ByteStream
        switch await attempt.value {
        case .success(let connected): stream = connected
        case .failure(.transport(.cancelled)), .failure(.tls(.transport(.cancelled))): throw .handshakeTimedOut
        case .failure(let error): throw error
        }
        connectTimer.disarm()
        return try await connect(
            over: stream,
            hostField: endpoint.hostField,
            target: endpoint.target,
            subprotocols: subprotocols,
            headers: headers,
            limits: limits,
            handshakeTimeout: handshakeTimeout,
            clock: clock
        )
    }

    /// Performs the opening handshake over a connected stream; the stream is closed if it fails.
    public static func connect(
        over stream: any ByteStream,
        hostField: String = "localhost",
        target: String = "/",
        subprotocols: [String] = [],
        headers: HTTPHeaders = HTTPHeaders(),
        limits: WebSocketLimits = .default,
        handshakeTimeout: Duration = .seconds(10),
        clock: any Clock<Duration> = ContinuousClock()
    ) async throws(WebSocketError) -> WebSocketConnection {
        var generator = SystemRandomNumberGenerator()
        let key = WebSocketHandshake.makeKey(using: &generator)
        let request = WebSocketHandshake.clientRequest(
            target: target,
            host: hostField,
            key: key,
            subprotocols: subprotocols,
            headers: headers
        )
        let timer = DeadlineTimer(clock: clock)
        timer.arm(handshakeTimeout, reason: "handshake") { stream.close() }
        defer { timer.disarm() }
        do throws(WebSocketError) {
            do {
                try await stream.write(request.serialized())
            } catch {
                throw .transport(error)
            }
            var parser = HTTPResponseParser()
            while true {
                let response: HTTPResponse?
                do {
                    response = try parser.next(respondingTo: .get)
                } catch {
                    throw .malformedHandshakeResponse(error)
                }
                if let response {
                    let chosen: String?
                    do {
                        chosen = try WebSocketHandshake.validateServerResponse(
                            response,
                            key: key,
                            offeredSubprotocols: subprotocols
                        )
                    } catch {
                        throw .handshake(error)
                    }
                    timer.disarm()
                    return WebSocketConnection(
                        stream: stream,
                        role: .client,
                        subprotocol: chosen,
                        request: request,
                        initialBytes: parser.takeRemainingBytes(),
                        limits: limits,
                        clock: clock
                    )
                }
                let bytes: [UInt8]
                do {
                    bytes = try await stream.read(maxBytes: 16 * 1024)
                } catch {
                    throw timer.expiredReason == nil ? .transport(error) : .handshakeTimedOut
                }
                guard !bytes.isEmpty else {
                    throw timer.expiredReason == nil ? .transport(.connectionClosed) : .handshakeTimedOut
                }
                parser.append(bytes)
            }
        } catch {
            stream.close()
            throw error
        }
    }
}
