import Wire

/// The life of one server connection: read, parse, answer in order, upgrade or close.
struct HTTPServerConnection {
    /// Which deadline guards the read in progress.
    private enum Deadline {
        /// Waiting for the first byte of the next request.
        case idle
        /// Part of a request arrived; all of it must arrive within the request timeout.
        case request
    }

    let server: HTTPServer
    let id: Int
    let stream: any ByteStream
    let timer: DeadlineTimer

    init(server: HTTPServer, id: Int, stream: any ByteStream) {
        self.server = server
        self.id = id
        self.stream = stream
        self.timer = DeadlineTimer(clock: server.configuration.clock)
    }

    private var configuration: HTTPServerConfiguration { server.configuration }

    func run() async {
        var parser = HTTPRequestParser(limits: server.limits)
        var armed: Deadline?
        var continueSent = false
        while true {
            // Answer every complete request already received, in order (pipelining).
            while true {
                let request: HTTPRequest
                do {
                    guard let next = try parser.next() else { break }
                    request = next
                } catch {
                    await answerErrorAndClose(error.response)
                    return
                }
                armed = nil
                continueSent = false
                timer.disarm()
                server.setIdle(id, false)
                if request.isUpgradeRequest {
                    if let route = server.webSocketRoute {
                        let upgraded = await upgrade(request, route: route, parser: &parser)
                        if upgraded { return }
                    } else {
                        parser.resumeAfterDeclinedUpgrade()
                        guard await answer(request, with: await server.handler(request)) else { return }
                    }
                } else {
                    guard await answer(request, with: await server.handler(request)) else { return }
                }
            }
            if case .closed = parser.status {
                stream.close()
                return
            }
            // RFC 9110 §10.1.1: a client that sent `Expect: 100-continue` waits for this before the body.
            if parser.isAwaitingContinue && !continueSent {
                continueSent = true
                guard await write(HTTPResponse(status: 100).serialized()) else { return }
            }
            if parser.hasPartialMessage {
                // RFC 9112 §9.5 leaves timeouts to the server: a whole request must arrive in time.
                if armed != .request {
                    armed = .request
                    arm(configuration.requestTimeout, "request timeout")
                }
            } else {
                server.setIdle(id, true)
                if server.isDraining {
                    stream.close()
                    return
                }
                if armed != .idle {
                    armed = .idle
                    arm(configuration.idleTimeout, "idle timeout")
                }
            }
            let bytes: [UInt8]
            do {
                bytes = try await stream.read(maxBytes: configuration.readChunkSize)
            } catch {
                stream.close()
                return
            }
            guard !bytes.isEmpty else {
                // End of stream: a cut-short request gets no answer (the client is gone).
                stream.close()
                return
            }
            server.setIdle(id, false)
            parser.append(bytes)
        }
    }

    /// Writes the answer; returns whether the connection stays open for the next request.
    private func answer(_ request: HTTPRequest, with response: HTTPResponse) async -> Bool {
        var response = response
        let keepAlive = request.keepAlive && response.keepAlive && !server.isDraining
        if !keepAlive && !response.headers.containsToken("close", in: "Connection") {
            response.headers.add("Connection", "close")
        } else if keepAlive && request.version == "HTTP/1.0" {
            // RFC 9112 §9.3: an HTTP/1.0 client needs keep-alive confirmed.
            response.headers.set("Connection", "keep-alive")
        }
        // RFC 9110 §9.3.2: a HEAD answer carries the fields of a GET answer, without content.
        let bytes = response.serialized(includingBody: request.method != .head)
        guard await write(bytes) else { return false }
        if !keepAlive { stream.close() }
        return keepAlive
    }

    private func write(_ bytes: [UInt8]) async -> Bool {
        arm(configuration.writeTimeout, "write timeout")
        defer { timer.disarm() }
        do {
            try await stream.write(bytes)
            return true
        } catch {
            stream.close()
            return false
        }
    }

    /// Answers a refused request, then keeps reading briefly so the client sees the answer rather than a
    /// reset caused by its unread bytes (RFC 9112 §9.6), and closes.
    func answerErrorAndClose(_ response: HTTPResponse) async {
        guard await write(response.serialized()) else { return }
        stream.closeWrite()
        arm(configuration.lingerTimeout, "linger")
        var discarded = 0
        while discarded < server.limits.maxBodySize {
            guard let bytes = try? await stream.read(maxBytes: configuration.readChunkSize), !bytes.isEmpty else {
                break
            }
            discarded += bytes.count
        }
        timer.disarm()
        stream.close()
    }

    /// Handles a WebSocket upgrade request; returns true when the connection now belongs to WebSocket.
    private func upgrade(_ request: HTTPRequest, route: WebSocketRoute, parser: inout HTTPRequestParser) async -> Bool {
        arm(configuration.handshakeTimeout, "handshake timeout")
        // RFC 6455 §4.2.1: validate before asking the application.
        do {
            _ = try WebSocketHandshake.serverResponse(to: request)
        } catch {
            timer.disarm()
            await answerErrorAndClose(error.response)
            return true
        }
        switch await route(request) {
        case .reject(let response):
            timer.disarm()
            parser.resumeAfterDeclinedUpgrade()
            return await answer(request, with: response) == false
        case .accept(let subprotocol, let extraHeaders, let limits, let application):
            let acceptance: WebSocketHandshake.Acceptance
            do {
                acceptance = try WebSocketHandshake.serverResponse(
                    to: request,
                    supportedSubprotocols: subprotocol.map { [$0] } ?? []
                )
            } catch {
                timer.disarm()
                await answerErrorAndClose(error.response)
                return true
            }
            var response = acceptance.response
            for field in extraHeaders { response.headers.add(field.name, field.value) }
            guard await write(response.serialized()) else { return true }
            timer.disarm()
            let connection = WebSocketConnection(
                stream: stream,
                role: .server,
                subprotocol: acceptance.subprotocol,
                request: request,
                initialBytes: parser.takeRemainingBytes(),
                limits: limits,
                clock: configuration.clock
            )
            guard server.setWebSocket(id, connection) else {
                await connection.close(code: .goingAway, reason: "server shutting down")
                return true
            }
            await application(connection)
            await connection.close(code: .normalClosure, reason: "")
            return true
        }
    }

    private func arm(_ duration: Duration, _ reason: String) {
        let stream = self.stream
        timer.arm(duration, reason: reason) { stream.close() }
    }
}
