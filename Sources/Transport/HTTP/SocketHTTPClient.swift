import Foundation
import Synchronization
import Wire

/// An `HTTPClient` for `http://` and `https://` URLs over this layer's sockets (TLS from the
/// system's OpenSSL, server certificates verified against `tlsTrust`). Connections that both sides
/// keep alive are reused for later requests to the same scheme, host and port.
public final class SocketHTTPClient: HTTPClient {
    private struct PoolKey: Hashable {
        var secure: Bool
        var host: String
        var port: Int
    }

    private let loop: EventLoop
    private let limits: HTTPParserLimits
    private let clock: any Clock<Duration>
    private let maxIdlePerHost: Int
    private let idle = Mutex<[PoolKey: [any ByteStream]]>([:])
    private let tls: TLSConnector

    /// - Parameter tlsTrust: the CAs `https://` servers are verified against.
    public init(
        limits: HTTPParserLimits = .default,
        tlsTrust: TLSTrust = .systemStore,
        maxIdleConnectionsPerHost: Int = 8,
        clock: any Clock<Duration> = ContinuousClock(),
        loop: EventLoop = .shared
    ) {
        self.limits = limits
        self.maxIdlePerHost = maxIdleConnectionsPerHost
        self.clock = clock
        self.loop = loop
        self.tls = TLSConnector.shared(trusting: tlsTrust)
    }

    public func send(
        _ request: HTTPRequest,
        to url: URL,
        timeout: Duration
    ) async throws(HTTPClientError) -> HTTPResponse {
        let endpoint: Endpoint
        switch Endpoint.parse(url, schemes: ["http": 80, "https": 443]) {
        case .success(let value): endpoint = value
        case .failure(let error): throw .invalidURL(error.description)
        }
        var request = request
        request.target = endpoint.target
        if !request.headers.contains("Host") { request.headers.add("Host", endpoint.hostField) }
        let key = PoolKey(secure: url.scheme?.lowercased() == "https", host: endpoint.host, port: endpoint.port)
        let timer = DeadlineTimer(clock: clock)
        defer { timer.disarm() }

        // A reused connection may have been closed by the server meanwhile: then try once on a new one.
        if let reused = takeIdle(key) {
            let outcome = await exchange(request, over: reused, timer: timer, timeout: timeout)
            switch outcome {
            case .success(let response):
                finish(reused, key: key, request: request, response: response)
                return response
            case .failure(.connectionClosedBeforeResponse) where timer.expiredReason == nil:
                reused.close()
            case .failure(let error):
                reused.close()
                throw timer.expiredReason == nil ? error : .timedOut(url: url.absoluteString, after: timeout)
            }
        }
        let stream = try await connect(endpoint, secure: key.secure, timer: timer, timeout: timeout, url: url)
        switch await exchange(request, over: stream, timer: timer, timeout: timeout) {
        case .success(let response):
            finish(stream, key: key, request: request, response: response)
            return response
        case .failure(let error):
            stream.close()
            throw timer.expiredReason == nil ? error : .timedOut(url: url.absoluteString, after: timeout)
        }
    }

    /// Closes every idle connection.
    public func closeIdleConnections() {
        let streams = idle.withLock { pool in
            defer { pool = [:] }
            return pool.values.flatMap { $0 }
        }
        for stream in streams { stream.close() }
    }

    /// Connects (and, for `https://`, completes the TLS handshake) within `timeout`.
    private func connect(
        _ endpoint: Endpoint,
        secure: Bool,
        timer: DeadlineTimer,
        timeout: Duration,
        url: URL
    ) async throws(HTTPClientError) -> any ByteStream {
        let loop = self.loop
        let tls = self.tls
        let attempt = Task { () async -> Result<any ByteStream, HTTPClientError> in
            let socket: SocketStream
            do throws(TransportError) {
                socket = try await SocketStream.connect(host: endpoint.host, port: endpoint.port, loop: loop)
            } catch {
                return .failure(.transport(error))
            }
            guard secure else { return .success(socket) }
            do throws(TLSError) {
                return .success(try await tls.secure(socket, serverName: endpoint.host))
            } catch {
                return .failure(.tls(error))
            }
        }
        timer.arm(timeout, reason: "connect") { attempt.cancel() }
        switch await attempt.value {
        case .success(let stream): return stream
        case .failure(.transport(.cancelled)), .failure(.tls(.transport(.cancelled))):
            throw .timedOut(url: url.absoluteString, after: timeout)
        case .failure(let error): throw error
        }
    }

    private func exchange(
        _ request: HTTPRequest,
        over stream: any ByteStream,
        timer: DeadlineTimer,
        timeout: Duration
    ) async -> Result<HTTPResponse, HTTPClientError> {
        timer.arm(timeout, reason: "response") { stream.close() }
        do {
            try await stream.write(request.serialized())
        } catch {
            return .failure(.connectionClosedBeforeResponse)
        }
        var parser = HTTPResponseParser(limits: limits)
        while true {
            do throws(HTTPParseError) {
                while let response = try parser.next(respondingTo: request.method) {
                    // RFC 9110 §15.2: interim answers (100 Continue) precede the final one.
                    if !response.isInformational { return .success(response) }
                }
            } catch {
                return .failure(.malformedResponse(error))
            }
            let bytes: [UInt8]
            do {
                bytes = try await stream.read(maxBytes: 64 * 1024)
            } catch {
                return .failure(parser.hasPartialMessage ? .transport(error) : .connectionClosedBeforeResponse)
            }
            if bytes.isEmpty {
                do throws(HTTPParseError) {
                    if let response = try parser.finish() { return .success(response) }
                    return .failure(.connectionClosedBeforeResponse)
                } catch {
                    return .failure(.malformedResponse(error))
                }
            }
            parser.append(bytes)
        }
    }

    private func takeIdle(_ key: PoolKey) -> (any ByteStream)? {
        idle.withLock { pool in pool[key]?.popLast() }
    }

    private func finish(_ stream: any ByteStream, key: PoolKey, request: HTTPRequest, response: HTTPResponse) {
        guard request.keepAlive, response.keepAlive else {
            stream.close()
            return
        }
        let kept = idle.withLock { pool in
            guard pool[key, default: []].count < maxIdlePerHost else { return false }
            pool[key, default: []].append(stream)
            return true
        }
        if !kept { stream.close() }
    }
}
