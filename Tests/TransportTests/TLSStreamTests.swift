#if os(Linux)
import Testing
import Transport

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
#endif
