#if os(Linux)
import Foundation
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct HTTPServerTLSTests {
    private func startServer(_ certificates: TestCertificates) throws -> HTTPServer {
        let server = HTTPServer(
            webSocketRoute: { request in
                .accept(subprotocol: request.offeredWebSocketSubprotocols.first) { connection in
                    for await message in connection.messages {
                        try? await connection.send(message)
                    }
                }
            },
            handler: echoHandler
        )
        try server.start(
            tls: TLSServerIdentity(
                certificateChainFile: certificates.serverCertificateFile,
                privateKeyFile: certificates.serverKeyFile
            )
        )
        return server
    }

    @Test func socketClientSpeaksHTTPSAndReusesTheTLSConnection() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let server = try startServer(certificates)
        let client = SocketHTTPClient(tlsTrust: .certificateAuthorityFile(certificates.caFile))
        let url = try #require(URL(string: "https://localhost:\(try boundPort(server))/ocpi/versions"))
        let body = Array(#"{"over":"tls"}"#.utf8)
        let first = try await client.send(
            HTTPRequest(method: .post, target: "/", body: body),
            to: url,
            timeout: .seconds(10)
        )
        #expect(first.status == 200)
        #expect(first.body == body)
        #expect(first.headers["X-Target"] == "/ocpi/versions")
        let second = try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10))
        #expect(second.headers["X-Method"] == "GET")
        #expect(server.connectionCount == 1)
        client.closeIdleConnections()
        await server.shutdown()
    }

    @Test func httpsToAServerOfAnUntrustedCAFailsWithTheVerifierReason() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let server = try startServer(certificates)
        let client = SocketHTTPClient(tlsTrust: .certificateAuthorityFile(certificates.otherCAFile))
        let url = try #require(URL(string: "https://localhost:\(try boundPort(server))/"))
        await #expect(
            throws: HTTPClientError.tls(
                .certificateRejected(host: "localhost", reason: "unable to get local issuer certificate")
            )
        ) {
            _ = try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10))
        }
        await server.shutdown()
    }

    @Test func webSocketClientSpeaksWSSWithASubprotocol() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let server = try startServer(certificates)
        let connection = try await WebSocketClient.connect(
            url: "wss://localhost:\(try boundPort(server))/ocpp/CP-1",
            subprotocols: ["ocpp2.0.1"],
            tlsTrust: .certificateAuthorityFile(certificates.caFile)
        )
        #expect(connection.subprotocol == "ocpp2.0.1")
        try await connection.send(.text(#"[2,"1","Heartbeat",{}]"#))
        var iterator = connection.messages.makeAsyncIterator()
        #expect(await iterator.next() == .text(#"[2,"1","Heartbeat",{}]"#))
        _ = await connection.close()
        await server.shutdown()
    }

    @Test func wssToAServerOfAnUntrustedCAFailsWithTheVerifierReason() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let server = try startServer(certificates)
        await #expect(
            throws: WebSocketError.tls(
                .certificateRejected(host: "localhost", reason: "unable to get local issuer certificate")
            )
        ) {
            _ = try await WebSocketClient.connect(
                url: "wss://localhost:\(try boundPort(server))/ocpp/CP-1",
                tlsTrust: .certificateAuthorityFile(certificates.otherCAFile)
            )
        }
        await server.shutdown()
    }

    @Test func aPlainHTTPClientAtATLSServerIsDroppedWithoutHarmingOthers() async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let server = try startServer(certificates)
        let port = try boundPort(server)
        let plain = try await SocketStream.connect(host: "127.0.0.1", port: port)
        try await plain.write(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(await readsToEnd(plain))
        plain.close()
        let client = SocketHTTPClient(tlsTrust: .certificateAuthorityFile(certificates.caFile))
        let url = try #require(URL(string: "https://127.0.0.1:\(port)/still-up"))
        let response = try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10))
        #expect(response.headers["X-Target"] == "/still-up")
        client.closeIdleConnections()
        await server.shutdown()
    }
}
#endif
