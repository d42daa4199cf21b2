import Testing
import Wire

@Suite struct WebSocketCloseHandshakeTests {
    @Test("server initiates: send close, the client echoes, the server closes the transport")
    func serverInitiated() {
        var server = WebSocketCloseHandshake(role: .server)
        #expect(server.close(code: .goingAway, reason: "restart") == [.sendClose(code: .goingAway, reason: "restart")])
        #expect(!server.canSendData)
        #expect(server.acceptsIncomingData)
        #expect(server.close() == [])
        #expect(server.receivedClose(code: .goingAway, reason: "") == [.closeTransport])
        #expect(server.transportClosed() == .init(code: .goingAway, reason: "", wasClean: true))
    }

    @Test("client receives close: it echoes the code and waits for the server to close the transport")
    func clientReceivesClose() {
        var client = WebSocketCloseHandshake(role: .client)
        #expect(
            client.receivedClose(code: .normalClosure, reason: "done")
                == [.sendClose(code: .normalClosure, reason: ""), .awaitTransportClose]
        )
        #expect(!client.acceptsIncomingData)
        #expect(client.receivedClose(code: .normalClosure, reason: "again") == [])
        #expect(client.closeTimeoutElapsed() == [.closeTransport])
        #expect(client.transportClosed() == .init(code: .normalClosure, reason: "done", wasClean: true))
    }

    @Test("an empty close frame is echoed empty and reported as 1005")
    func emptyClose() {
        var server = WebSocketCloseHandshake(role: .server)
        #expect(server.receivedClose(code: nil, reason: "") == [.sendClose(code: nil, reason: ""), .closeTransport])
        #expect(server.transportClosed().code == .noStatusReceived)
    }

    @Test("a protocol error sends its close code and closes; losing the transport early is 1006")
    func failures() {
        var server = WebSocketCloseHandshake(role: .server)
        #expect(
            server.failed(.invalidUTF8InTextMessage) == [
                .sendClose(code: .invalidPayloadData, reason: ""), .closeTransport,
            ]
        )
        #expect(server.transportClosed() == .init(code: .abnormalClosure, reason: "", wasClean: false))
        #expect(server.close() == [])
        #expect(server.failed(.unexpectedContinuation) == [])
    }

    @Test("a long reason is cut to 123 bytes on a character boundary")
    func longReason() {
        var client = WebSocketCloseHandshake(role: .client)
        let actions = client.close(reason: String(repeating: "é", count: 100))
        guard case .sendClose(_, let reason) = actions.first else {
            Issue.record("expected a close frame, got \(actions)")
            return
        }
        #expect(reason.utf8.count == 122)
        #expect(WebSocketFrame.close(code: .normalClosure, reason: reason).payload.count <= 125)
    }
}
