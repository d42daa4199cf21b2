import TestSupport
import Testing
import Transport

@Suite(.timeLimit(.minutes(1)))
struct SocketStreamTests {
    @Test func listenerOnPortZeroReportsTheBoundPortAndAcceptsAConnection() async throws {
        let listener = try TCPListener(host: "127.0.0.1", port: 0)
        defer { listener.close() }
        #expect(listener.port > 0)
        async let accepted = listener.accept()
        let client = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let server = try await accepted
        try await client.write(Array("ping".utf8))
        #expect(try await server.read(maxBytes: 100) == Array("ping".utf8))
        client.close()
        #expect(try await server.read(maxBytes: 100) == [])
        server.close()
    }

    @Test func largeWritesArriveWholeAndInOrder() async throws {
        let listener = try TCPListener()
        defer { listener.close() }
        async let accepted = listener.accept()
        let client = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let server = try await accepted
        let payload = (0..<4_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        async let sent: Void = client.write(payload)
        var received: [UInt8] = []
        for _ in 0..<100_000 where received.count < payload.count {
            received += try await server.read(maxBytes: 256 * 1024)
        }
        try await sent
        #expect(received == payload)
        client.close()
        server.close()
    }

    @Test func connectingToAClosedPortFailsWithTheSystemError() async throws {
        let refusing = RefusingPort()
        await #expect(throws: TransportError.self) {
            _ = try await SocketStream.connect(host: "127.0.0.1", port: refusing.port)
        }
        withExtendedLifetime(refusing) {}
    }

    @Test func acceptEndsWhenTheListenerCloses() async throws {
        let listener = try TCPListener()
        let accepting = Task { try await listener.accept() }
        try await Task.sleep(for: .milliseconds(20))
        listener.close()
        await #expect(throws: TransportError.connectionClosed) { _ = try await accepting.value }
    }

    @Test func anUnknownHostNameIsAnInvalidAddress() async {
        await #expect(throws: TransportError.self) {
            _ = try await SocketStream.connect(host: "no-such-host.invalid", port: 80)
        }
    }
}
