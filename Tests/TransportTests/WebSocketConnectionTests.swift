import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct WebSocketConnectionTests {
    static let bigLimits = WebSocketLimits(maxFramePayload: 4 * 1024 * 1024, maxMessageSize: 4 * 1024 * 1024)

    /// A server echoing every message; the text "close CODE" makes it close with that code.
    static func echoServer(limits: WebSocketLimits = bigLimits, subprotocols: [String] = ["ocpp1.6"]) -> HTTPServer {
        HTTPServer(
            webSocketRoute: { request in
                guard request.path == "/echo" else { return .reject(HTTPResponse(status: 404)) }
                let chosen = request.offeredWebSocketSubprotocols.first { subprotocols.contains($0) }
                return .accept(subprotocol: chosen, limits: limits) { connection in
                    for await message in connection.messages {
                        if case .text(let text) = message, text.hasPrefix("close "),
                            let code = UInt16(text.dropFirst(6))
                        {
                            await connection.close(code: WebSocketCloseCode(code), reason: "as asked")
                            return
                        }
                        try? await connection.send(message)
                    }
                }
            },
            handler: { _ in HTTPResponse(status: 426) }
        )
    }

    static func connect(
        _ server: HTTPServer,
        over transport: TestTransport,
        target: String = "/echo",
        subprotocols: [String] = ["ocpp1.6"]
    ) async throws -> WebSocketConnection {
        try await WebSocketClient.connect(
            over: try await transport.connect(to: server),
            target: target,
            subprotocols: subprotocols,
            limits: bigLimits
        )
    }

    @Test(arguments: TestTransport.allCases)
    func textAndBinaryMessagesAreEchoed(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        #expect(connection.subprotocol == "ocpp1.6")
        var messages = connection.messages.makeAsyncIterator()
        try await connection.send(.text("[2,\"1\",\"Heartbeat\",{}]"))
        #expect(await messages.next() == .text("[2,\"1\",\"Heartbeat\",{}]"))
        try await connection.send(.binary([0, 1, 2, 255]))
        #expect(await messages.next() == .binary([0, 1, 2, 255]))
        let outcome = await connection.close()
        #expect(outcome.code == .normalClosure)
        #expect(outcome.wasClean)
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func oneMegabyteMessageInFragmentsIsEchoedWhole(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        var messages = connection.messages.makeAsyncIterator()
        let big = (0..<(1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try await connection.send(.binary(big), fragmentSize: 16 * 1024)
        #expect(await messages.next() == .binary(big))
        let text = String(repeating: "é0123456789", count: 100_000)
        try await connection.send(.text(text), fragmentSize: 1_000)
        #expect(await messages.next() == .text(text))
        await connection.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func pingIsAnsweredByAPong(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        try await connection.ping(Array("heartbeat".utf8))
        try await connection.ping()
        await connection.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func serverCloseCodeAndReasonReachTheClient(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        try await connection.send(.text("close 4001"))
        let outcome = await connection.waitUntilClosed()
        #expect(outcome.code == WebSocketCloseCode(4001))
        #expect(outcome.reason == "as asked")
        #expect(outcome.wasClean)
        await #expect(throws: WebSocketError.self) { try await connection.send(.text("too late")) }
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func clientCloseCodeIsEchoedByTheServer(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        let outcome = await connection.close(code: .goingAway, reason: "bye")
        #expect(outcome.code == .goingAway)
        #expect(outcome.wasClean)
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func messageOverTheLimitClosesWith1009(transport: TestTransport) async throws {
        let server = Self.echoServer(limits: WebSocketLimits(maxFramePayload: 1_000, maxMessageSize: 4_000))
        let connection = try await Self.connect(server, over: transport)
        try await connection.send(.binary(Array(repeating: 1, count: 10_000)), fragmentSize: 500)
        let outcome = await connection.waitUntilClosed()
        #expect(outcome.code == .messageTooBig)
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func rejectedUpgradeAnswersWithTheApplicationsResponse(transport: TestTransport) async throws {
        let server = Self.echoServer()
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(404))) {
            _ = try await Self.connect(server, over: transport, target: "/elsewhere")
        }
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func noCommonSubprotocolConnectsWithoutOne(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport, subprotocols: ["ocpp9.9"])
        #expect(connection.subprotocol == nil)
        await connection.close()
        await server.shutdown()
    }

    @Test func clientConnectsByURLWithHeaders() async throws {
        let seen = Signal()
        let server = HTTPServer(
            webSocketRoute: { request in
                guard request.headers["Authorization"] == "Basic Q1AtMTpzZWNyZXQ=" else {
                    return .reject(HTTPResponse(status: 401))
                }
                return .accept(subprotocol: nil) { _ in seen.fire() }
            },
            handler: { _ in HTTPResponse(status: 426) }
        )
        try server.start()
        let url = "ws://127.0.0.1:\(try boundPort(server))/ocpp/CP-1"
        let connection = try await WebSocketClient.connect(
            url: url,
            headers: ["Authorization": "Basic Q1AtMTpzZWNyZXQ="]
        )
        await seen.wait()
        #expect(await connection.waitUntilClosed().code == .normalClosure)
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(401))) {
            _ = try await WebSocketClient.connect(url: url)
        }
        await #expect(throws: WebSocketError.self) { _ = try await WebSocketClient.connect(url: "wss://127.0.0.1/") }
        await server.shutdown()
    }
}

extension WebSocketConnectionTests {
    @Test(arguments: TestTransport.allCases)
    func shutdownClosesWebSocketsWithGoingAway(transport: TestTransport) async throws {
        let server = Self.echoServer()
        let connection = try await Self.connect(server, over: transport)
        var messages = connection.messages.makeAsyncIterator()
        try await connection.send(.text("up"))
        #expect(await messages.next() == .text("up"))
        await server.shutdown()
        #expect(await connection.waitUntilClosed().code == .goingAway)
    }
}

extension WebSocketConnectionTests {
    @Test(arguments: TestTransport.allCases)
    func serverDropsAnUpgradeTheApplicationDoesNotDecideInTime(transport: TestTransport) async throws {
        let never = Signal()
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(handshakeTimeout: .milliseconds(200)),
            webSocketRoute: { _ in
                await never.wait()
                return .reject(HTTPResponse(status: 503))
            },
            handler: { _ in HTTPResponse(status: 426) }
        )
        await #expect(throws: WebSocketError.transport(.connectionClosed)) {
            _ = try await Self.connect(server, over: transport)
        }
        never.fire()
        await server.shutdown()
    }

    @Test func clientGivesUpOnAServerThatNeverAnswersTheHandshake() async throws {
        let listener = try TCPListener()
        let accepting = Task { try await listener.accept() }
        await #expect(throws: WebSocketError.handshakeTimedOut) {
            _ = try await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(listener.port)/",
                handshakeTimeout: .milliseconds(200)
            )
        }
        try await accepting.value.close()
        listener.close()
    }
}
