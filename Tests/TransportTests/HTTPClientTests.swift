import Foundation
import Synchronization
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct HTTPClientTests {
    @Test func socketClientSendsAndReusesTheConnection() async throws {
        let server = HTTPServer(handler: echoHandler)
        try server.start()
        let port = try boundPort(server)
        let client = SocketHTTPClient()
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/ocpi/versions?x=1"))
        let body = Array(#"{"hello":"world"}"#.utf8)
        let first = try await client.send(
            HTTPRequest(method: .post, target: "/", body: body),
            to: url,
            timeout: .seconds(10)
        )
        #expect(first.status == 200)
        #expect(first.body == body)
        #expect(first.headers["X-Target"] == "/ocpi/versions?x=1")
        let second = try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10))
        #expect(second.headers["X-Method"] == "GET")
        #expect(server.connectionCount == 1)
        client.closeIdleConnections()
        await server.shutdown()
    }

    @Test func socketClientRetriesWhenTheServerClosedTheIdleConnection() async throws {
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(idleTimeout: .milliseconds(50)),
            handler: echoHandler
        )
        try server.start()
        let url = try #require(URL(string: "http://127.0.0.1:\(try boundPort(server))/again"))
        let client = SocketHTTPClient()
        #expect(
            try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10)).status == 200
        )
        try await Task.sleep(for: .milliseconds(300))
        #expect(
            try await client.send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10)).status == 200
        )
        client.closeIdleConnections()
        await server.shutdown()
    }

    @Test func socketClientTimesOutOnASilentServer() async throws {
        let release = Signal()
        let server = HTTPServer { _ in
            await release.wait()
            return HTTPResponse(status: 200)
        }
        try server.start()
        let url = try #require(URL(string: "http://127.0.0.1:\(try boundPort(server))/silent"))
        await #expect(throws: HTTPClientError.timedOut(url: url.absoluteString, after: .milliseconds(100))) {
            _ = try await SocketHTTPClient().send(
                HTTPRequest(method: .get, target: "/"),
                to: url,
                timeout: .milliseconds(100)
            )
        }
        release.fire()
        await server.shutdown()
    }

    @Test func socketClientRefusesOtherSchemes() async throws {
        let url = try #require(URL(string: "https://127.0.0.1/"))
        await #expect(throws: HTTPClientError.self) {
            _ = try await SocketHTTPClient().send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(1))
        }
    }

    @Test func urlSessionClientTalksToOurServer() async throws {
        let server = HTTPServer(handler: echoHandler)
        try server.start()
        let url = try #require(URL(string: "http://127.0.0.1:\(try boundPort(server))/via-foundation"))
        let response = try await URLSessionHTTPClient().send(
            HTTPRequest(method: .put, target: "/", headers: ["Content-Type": "text/plain"], body: Array("abc".utf8)),
            to: url,
            timeout: .seconds(10)
        )
        #expect(response.status == 200)
        #expect(response.body == Array("abc".utf8))
        #expect(response.headers["X-Method"] == "PUT")
        await server.shutdown()
    }
}
