import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct HTTPServerTests {
    /// After an error answer the server reads on briefly before closing; tests keep that short.
    let quickLinger = HTTPServerConfiguration(lingerTimeout: .milliseconds(100))

    @Test(arguments: TestTransport.allCases)
    func keepAliveAnswersSeveralRequestsOnOneConnection(transport: TestTransport) async throws {
        let server = HTTPServer(handler: echoHandler)
        let stream = try await transport.connect(to: server)
        var reader = ResponseReader(stream)
        for target in ["/one", "/two", "/three"] {
            try await stream.write(request(.get, target).serialized())
            let response = try #require(try await reader.next())
            #expect(response.status == 200)
            #expect(response.headers["X-Target"] == target)
            #expect(response.keepAlive)
        }
        stream.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func pipelinedRequestsAreAnsweredInOrder(transport: TestTransport) async throws {
        let server = HTTPServer(handler: echoHandler)
        let stream = try await transport.connect(to: server)
        let targets = (1...5).map { "/pipelined/\($0)" }
        try await stream.write(targets.flatMap { request(.get, $0).serialized() })
        var reader = ResponseReader(stream)
        for target in targets {
            #expect(try await reader.next()?.headers["X-Target"] == target)
        }
        stream.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func chunkedUploadReachesTheHandlerDechunked(transport: TestTransport) async throws {
        let server = HTTPServer(handler: echoHandler)
        let stream = try await transport.connect(to: server)
        let head = "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        let body = "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n"
        for byte in Array((head + body).utf8) { try await stream.write([byte]) }
        var reader = ResponseReader(stream)
        #expect(try await reader.next()?.body == Array("hello, world".utf8))
        stream.close()
        await server.shutdown()
    }

    @Test func headAnswerHasTheGetFieldsButNoBody() async throws {
        let server = HTTPServer { _ in HTTPResponse(status: 200, body: Array("twelve bytes".utf8)) }
        let stream = try await TestTransport.socket.connect(to: server)
        try await stream.write(request(.head, "/").serialized() + request(.get, "/").serialized())
        var reader = ResponseReader(stream)
        let head = try #require(try await reader.next(respondingTo: .head))
        #expect(head.headers["Content-Length"] == "12")
        #expect(head.body.isEmpty)
        #expect(try await reader.next()?.body == Array("twelve bytes".utf8))
        stream.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func oversizeBodyIsAnswered413AndTheConnectionClosed(transport: TestTransport) async throws {
        let server = HTTPServer(
            limits: HTTPParserLimits(maxBodySize: 1_000),
            configuration: quickLinger,
            handler: echoHandler
        )
        let stream = try await transport.connect(to: server)
        try await stream.write(request(.post, "/big", body: Array(repeating: 0x41, count: 5_000)).serialized())
        var reader = ResponseReader(stream)
        let response = try #require(try await reader.next())
        #expect(response.status == 413)
        #expect(!response.keepAlive)
        #expect(await readsToEnd(stream))
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func headerFloodIsAnswered431(transport: TestTransport) async throws {
        let server = HTTPServer(
            limits: HTTPParserLimits(maxHeaderCount: 20),
            configuration: quickLinger,
            handler: echoHandler
        )
        let stream = try await transport.connect(to: server)
        let flood = HTTPHeaders((1...200).map { (name: "X-Flood-\($0)", value: "\($0)") })
        try await stream.write(request(.get, "/", headers: flood).serialized())
        var reader = ResponseReader(stream)
        #expect(try await reader.next()?.status == 431)
        #expect(await readsToEnd(stream))
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func malformedRequestIsAnswered400(transport: TestTransport) async throws {
        let server = HTTPServer(configuration: quickLinger, handler: echoHandler)
        let stream = try await transport.connect(to: server)
        try await stream.write(Array("GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n".utf8))
        var reader = ResponseReader(stream)
        #expect(try await reader.next()?.status == 400)
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func slowLorisClientIsDroppedAfterTheRequestTimeout(transport: TestTransport) async throws {
        let configuration = HTTPServerConfiguration(idleTimeout: .seconds(30), requestTimeout: .milliseconds(200))
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let stream = try await transport.connect(to: server)
        // Part of a request, then nothing: the server must not wait for the rest forever.
        try await stream.write(Array("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ".utf8))
        #expect(await readsToEnd(stream))
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func idleConnectionIsClosedAfterTheIdleTimeout(transport: TestTransport) async throws {
        let configuration = HTTPServerConfiguration(idleTimeout: .milliseconds(200))
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let stream = try await transport.connect(to: server)
        try await stream.write(request(.get, "/").serialized())
        var reader = ResponseReader(stream)
        #expect(try await reader.next()?.status == 200)
        #expect(try await reader.next() == nil)
        await server.shutdown()
    }

    @Test func connectionsBeyondTheCapGet503() async throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration(maxConnections: 1), handler: echoHandler)
        let first = try await TestTransport.socket.connect(to: server)
        try await first.write(request(.get, "/").serialized())
        var firstReader = ResponseReader(first)
        #expect(try await firstReader.next()?.status == 200)
        let second = try await TestTransport.socket.connect(to: server)
        var secondReader = ResponseReader(second)
        #expect(try await secondReader.next()?.status == 503)
        first.close()
        second.close()
        await server.shutdown()
    }

    @Test(arguments: TestTransport.allCases)
    func gracefulShutdownFinishesTheRequestInFlight(transport: TestTransport) async throws {
        let entered = Signal()
        let release = Signal()
        let server = HTTPServer { _ in
            entered.fire()
            await release.wait()
            return HTTPResponse(status: 200, body: Array("finished".utf8))
        }
        let busy = try await transport.connect(to: server)
        let idle = try await transport.connect(to: server)
        try await busy.write(request(.get, "/slow").serialized())
        await entered.wait()
        let shutdown = Task { await server.shutdown() }
        // The idle connection is closed at once; the busy one gets its answer, marked Connection: close.
        #expect(await readsToEnd(idle))
        release.fire()
        var reader = ResponseReader(busy)
        let response = try #require(try await reader.next())
        #expect(response.body == Array("finished".utf8))
        #expect(!response.keepAlive)
        await shutdown.value
        #expect(server.connectionCount == 0)
    }

    @Test func portZeroBindsAPortThatCanBeRead() async throws {
        let server = HTTPServer(handler: echoHandler)
        #expect(server.port == nil)
        try server.start()
        let port = try boundPort(server)
        #expect(port > 0)
        await server.shutdown()
        // After shutdown nothing listens on the port any more.
        await #expect(throws: TransportError.self) { _ = try await SocketStream.connect(host: "127.0.0.1", port: port) }
    }
}
