#if os(Linux)
import Foundation
import TestSupport
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct TLSStreamTests {
    /// A listener whose first accepted connection is wrapped in server-side TLS.
    private func serve(
        _ certificates: TestCertificates
    ) throws -> (TCPListener, Task<TLSStream, any Error>) {
        let listener = try TCPListener()
        let context = try TLSContext.server(
            TLSServerIdentity(
                certificateChainFile: certificates.serverCertificateFile,
                privateKeyFile: certificates.serverKeyFile
            )
        )
        let accepted = Task { () throws -> TLSStream in
            let socket = try await listener.accept()
            return try await TLSStream.accept(over: socket, context: context)
        }
        return (listener, accepted)
    }

    @Test func clientAndServerExchangeDataBothWaysAfterVerifyingTheCertificate() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (listener, accepted) = try serve(certificates)
        defer { listener.close() }
        let socket = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let client = try await TLSStream.connect(
            over: socket,
            serverName: "localhost",
            context: try TLSContext.client(trusting: .certificateAuthorityFile(certificates.caFile))
        )
        let server = try await accepted.value
        #expect(client.protocolVersion == "TLSv1.3")

        try await client.write(Array("hello over TLS".utf8))
        #expect(try await server.read(maxBytes: 1_000) == Array("hello over TLS".utf8))

        // More than one TLS record (16 KiB each), in both directions at once.
        let payload = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        async let sent: Void = server.write(payload)
        var received: [UInt8] = []
        for _ in 0..<10_000 where received.count < payload.count {
            received += try await client.read(maxBytes: 64 * 1024)
        }
        try await sent
        #expect(received == payload)

        client.closeWrite()
        #expect(try await server.read(maxBytes: 1_000) == [])
        client.close()
        server.close()
    }

    @Test func largeTransfersInBothDirectionsAtOnceComplete() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (listener, accepted) = try serve(certificates)
        defer { listener.close() }
        let socket = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let client = try await TLSStream.connect(
            over: socket,
            serverName: "localhost",
            context: try TLSContext.client(trusting: .certificateAuthorityFile(certificates.caFile))
        )
        let server = try await accepted.value
        let up = (0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 3) }
        let down = (0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 5) }
        @Sendable func readAll(_ stream: TLSStream, count: Int) async throws -> [UInt8] {
            var received: [UInt8] = []
            for _ in 0..<100_000 where received.count < count {
                received += try await stream.read(maxBytes: 64 * 1024)
            }
            return received
        }
        async let sentUp: Void = client.write(up)
        async let sentDown: Void = server.write(down)
        async let receivedUp = readAll(server, count: up.count)
        async let receivedDown = readAll(client, count: down.count)
        try await sentUp
        try await sentDown
        #expect(try await receivedUp == up)
        #expect(try await receivedDown == down)
        client.close()
        server.close()
    }

    @Test func anIPAddressIsVerifiedAgainstTheCertificateAddresses() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (listener, accepted) = try serve(certificates)
        defer { listener.close() }
        let socket = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let client = try await TLSStream.connect(
            over: socket,
            serverName: "127.0.0.1",
            context: try TLSContext.client(trusting: .certificateAuthorityFile(certificates.caFile))
        )
        let server = try await accepted.value
        try await server.write(Array("ok".utf8))
        #expect(try await client.read(maxBytes: 10) == Array("ok".utf8))
        client.close()
        server.close()
    }

    @Test func aServerSignedByAnotherCAIsRefusedWithTheVerifierReason() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (listener, accepted) = try serve(certificates)
        defer { listener.close() }
        let socket = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let context = try TLSContext.client(trusting: .certificateAuthorityFile(certificates.otherCAFile))
        await #expect(
            throws: TLSError.certificateRejected(host: "localhost", reason: "unable to get local issuer certificate")
        ) {
            _ = try await TLSStream.connect(over: socket, serverName: "localhost", context: context)
        }
        _ = await accepted.result
    }

    @Test func aCertificateForAnotherNameIsRefused() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (listener, accepted) = try serve(certificates)
        defer { listener.close() }
        let socket = try await SocketStream.connect(host: "127.0.0.1", port: listener.port)
        let context = try TLSContext.client(trusting: .certificateAuthorityFile(certificates.caFile))
        await #expect(throws: TLSError.certificateRejected(host: "cpo.example", reason: "hostname mismatch")) {
            _ = try await TLSStream.connect(over: socket, serverName: "cpo.example", context: context)
        }
        _ = await accepted.result
    }

    @Test(arguments: [1, 7, 4_096])
    func handshakeAndDataSurviveAnyReadSize(chunk: Int) async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let (clientEnd, serverEnd) = LoopbackPair.make()
        let serverContext = try TLSContext.server(
            TLSServerIdentity(
                certificateChainFile: certificates.serverCertificateFile,
                privateKeyFile: certificates.serverKeyFile
            )
        )
        async let accepted = TLSStream.accept(over: TricklingStream(serverEnd, chunk: chunk), context: serverContext)
        let client = try await TLSStream.connect(
            over: TricklingStream(clientEnd, chunk: chunk),
            serverName: "localhost",
            context: try TLSContext.client(trusting: .certificateAuthorityFile(certificates.caFile))
        )
        let server = try await accepted
        let payload = (0..<40_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        async let sent: Void = client.write(payload)
        var received: [UInt8] = []
        for _ in 0..<100_000 where received.count < payload.count {
            received += try await server.read(maxBytes: 64 * 1024)
        }
        try await sent
        #expect(received == payload)
        client.close()
        server.close()
    }

    @Test func aPeerThatIsNotTLSFailsTheHandshakeWithOpenSSLsReason() async throws {
        let (clientEnd, serverEnd) = LoopbackPair.make()
        let context = try TLSContext.client(trusting: .systemStore)
        async let answer: Void = {
            _ = try? await serverEnd.read(maxBytes: 64 * 1024)
            try? await serverEnd.write(Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8))
        }()
        await #expect {
            _ = try await TLSStream.connect(over: clientEnd, serverName: "localhost", context: context)
        } throws: { error in
            guard case TLSError.handshakeFailed(let reason) = error else { return false }
            return reason.contains("wrong version number") || reason.contains("packet length too long")
        }
        await answer
        serverEnd.close()
    }

    @Test func aServerThatNeverAnswersTheHandshakeEndsInATimeoutNotAHang() async throws {
        let listener = try TCPListener()
        defer { listener.close() }
        async let silent = listener.accept()
        let client = SocketHTTPClient()
        let url = try #require(URL(string: "https://127.0.0.1:\(listener.port)/"))
        await #expect(throws: HTTPClientError.timedOut(url: url.absoluteString, after: .milliseconds(300))) {
            _ = try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .milliseconds(300))
        }
        try await silent.close()
    }

    @Test func missingFilesAreConfigurationErrorsNamingTheFile() throws {
        #expect {
            _ = try TLSContext.client(trusting: .certificateAuthorityFile("/nonexistent/ca.pem"))
        } throws: { error in
            guard case TLSError.configuration(let text) = error else { return false }
            return text.hasPrefix("CA file /nonexistent/ca.pem:")
        }
        #expect {
            _ = try TLSContext.server(
                TLSServerIdentity(certificateChainFile: "/nonexistent/cert.pem", privateKeyFile: "/nonexistent/key")
            )
        } throws: { error in
            guard case TLSError.configuration(let text) = error else { return false }
            return text.hasPrefix("certificate file /nonexistent/cert.pem:")
        }
    }
}

/// A stream that hands out at most `chunk` bytes per read, to show that TLS copes with any split.
private struct TricklingStream: ByteStream {
    let inner: any ByteStream
    let chunk: Int

    init(_ inner: any ByteStream, chunk: Int) {
        self.inner = inner
        self.chunk = chunk
    }

    func read(maxBytes: Int) async throws(TransportError) -> [UInt8] {
        try await inner.read(maxBytes: min(maxBytes, chunk))
    }

    func write(_ bytes: [UInt8]) async throws(TransportError) {
        try await inner.write(bytes)
    }

    func closeWrite() { inner.closeWrite() }

    func close() { inner.close() }
}
#endif
