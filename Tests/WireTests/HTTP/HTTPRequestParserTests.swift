import Testing
import Wire

@Suite struct HTTPRequestParserTests {
    @Test("a GET with headers parses the same whole, byte by byte and in random splits")
    func parsesSimpleGet() throws {
        let outcome = parseRequests(
            .ascii(
                "GET /ocpi/versions?x=1%202 HTTP/1.1\r\nHost: cpo.test\r\nAuthorization: Token abc\r\nX-A: 1\r\nx-a: 2\r\n\r\n"
            )
        )
        #expect(outcome.error == nil)
        let request = try #require(outcome.messages.first)
        #expect(outcome.messages.count == 1)
        #expect(request.method == .get)
        #expect(request.target == "/ocpi/versions?x=1%202")
        #expect(request.path == "/ocpi/versions")
        #expect(request.query("x") == "1 2")
        #expect(request.version == "HTTP/1.1")
        #expect(request.headers["authorization"] == "Token abc")
        #expect(request.headers.values(for: "X-A") == ["1", "2"])
        #expect(request.body.isEmpty)
        #expect(request.keepAlive)
    }

    @Test("Content-Length body, then a pipelined chunked request, returned in order")
    func pipelinedRequestsInOrder() {
        let bytes: [UInt8] = .ascii(
            "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "PUT /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;name=value;quoted=\"a \\\"b\\\"\"\r\nabc\r\n4 ; flag\r\ndefg\r\n0\r\nX-Checksum: 99\r\n\r\n"
                + "DELETE /c HTTP/1.1\r\nHost: h\r\n\r\n"
        )
        let outcome = parseRequests(bytes)
        #expect(outcome.error == nil)
        #expect(outcome.messages.map(\.method) == [.post, .put, .delete])
        #expect(outcome.messages.map(\.target) == ["/a", "/b", "/c"])
        #expect(outcome.messages.map(\.body) == [.ascii("hello"), .ascii("abcdefg"), []])
        #expect(outcome.messages[1].trailers["x-checksum"] == "99")
        #expect(outcome.messages[1].headers["X-Checksum"] == nil)
    }

    @Test("an open method token and bare LF line ends are accepted; empty lines before a request are skipped")
    func openMethodAndLineFeeds() throws {
        let outcome = parseRequests(.ascii("\r\n\nPROPFIND * HTTP/1.1\nHost: h\n\n"))
        let request = try #require(outcome.messages.first)
        #expect(request.method == HTTPMethod("PROPFIND"))
        #expect(request.target == "*")
    }

    @Test("HTTP/1.0 closes by default; keep-alive keeps it open; Connection: close stops the parser")
    func keepAliveSemantics() {
        let ten = parseRequests(.ascii("GET / HTTP/1.0\r\n\r\nGET /ignored HTTP/1.0\r\n\r\n"))
        #expect(ten.messages.map(\.target) == ["/"])
        #expect(ten.messages.first?.keepAlive == false)
        let tenKeepAlive = parseRequests(.ascii("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"))
        #expect(tenKeepAlive.messages.first?.keepAlive == true)
        let close = parseRequests(
            .ascii(
                "GET /1 HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n"
            )
        )
        #expect(close.messages.map(\.target) == ["/1"])
        #expect(close.messages.first?.keepAlive == false)
    }

    @Test("an upgrade request pauses the parser and hands the following bytes over")
    func upgradePausesParser() throws {
        var parser = HTTPRequestParser()
        parser.append(
            [UInt8].ascii("GET /ocpp/CP1 HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
                + [0x81, 0x80]
        )
        let request = try #require(try parser.next())
        #expect(request.isUpgradeRequest)
        #expect(parser.status == .awaitingUpgradeDecision)
        #expect(try parser.next() == nil)
        #expect(parser.takeRemainingBytes() == [0x81, 0x80])
        #expect(parser.status == .closed)
    }

    @Test("a declined upgrade goes on with HTTP")
    func declinedUpgradeResumes() throws {
        var parser = HTTPRequestParser()
        parser.append(
            [UInt8].ascii(
                "GET / HTTP/1.1\r\nHost: h\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n"
            )
        )
        _ = try parser.next()
        parser.resumeAfterDeclinedUpgrade()
        #expect(try parser.next()?.target == "/2")
    }

    @Test("input ending inside a request is an error; ending between requests is not")
    func endOfInput() {
        #expect(parseRequests(.ascii("GET / HTTP/1.1\r\nHost: h\r\n")).error == .unexpectedEndOfInput)
        #expect(
            parseRequests(.ascii("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nab")).error
                == .unexpectedEndOfInput
        )
        #expect(parseRequests(.ascii("GET / HTTP/1.1\r\nHost: h\r\n\r\n")).error == nil)
    }

    @Test("an error is final: every later call throws it again")
    func errorsAreSticky() {
        var parser = HTTPRequestParser()
        parser.append([UInt8].ascii("GET / HTTP/1.1\r\nHost : h\r\n\r\n"))
        #expect(throws: HTTPParseError.whitespaceBeforeColon(line: 1)) { try parser.next() }
        parser.append([UInt8].ascii("GET / HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(throws: HTTPParseError.whitespaceBeforeColon(line: 1)) { try parser.next() }
        #expect(parser.status == .failed(.whitespaceBeforeColon(line: 1)))
    }

    static let malformed: [(String, HTTPParseError)] = [
        ("GET  / HTTP/1.1\r\n\r\n", .malformedStartLine(reason: "request line has 4 space-separated parts, not 3")),
        ("GET /\r\n\r\n", .malformedStartLine(reason: "request line has 2 space-separated parts, not 3")),
        ("G(T / HTTP/1.1\r\n\r\n", .malformedStartLine(reason: "method is not a token")),
        ("GET /\u{7F} HTTP/1.1\r\n\r\n", .malformedStartLine(reason: "request target is empty or not visible ASCII")),
        ("GET / HTTP/1.x\r\n\r\n", .malformedStartLine(reason: "HTTP-version 'HTTP/1.x' is not HTTP/DIGIT.DIGIT")),
        ("GET / HTTP/2.0\r\nHost: h\r\n\r\n", .unsupportedVersion("HTTP/2.0")),
        ("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", .obsoleteLineFolding(line: 2)),
        ("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", .malformedFieldLine(line: 2)),
        ("GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n", .malformedFieldLine(line: 2)),
        ("GET / HTTP/1.1\r\nHost: h\r\nBad Name: v\r\n\r\n", .malformedFieldLine(line: 2)),
        ("GET / HTTP/1.1\r\nHost\t: h\r\n\r\n", .whitespaceBeforeColon(line: 1)),
        ("GET / HTTP/1.1\r\nHost: h\u{01}\r\n\r\n", .invalidFieldValue(line: 1)),
        ("GET / HTTP/1.1\rHost: h\r\n\r\n", .bareCarriageReturn),
        ("GET / HTTP/1.1\r\n\r\n", .missingOrDuplicateHost),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .missingOrDuplicateHost),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1x\r\n\r\n", .invalidContentLength("1x")),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", .invalidContentLength("-1")),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length:\r\n\r\n", .invalidContentLength("")),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 4\r\n\r\n", .invalidContentLength("3, 4")),
        (
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            .contentLengthWithTransferEncoding
        ),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", .transferEncodingInHTTP10),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", .chunkedNotFinalEncoding("gzip")),
        (
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            .unsupportedTransferCoding("gzip, chunked")
        ),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n", .invalidChunkSize("xyz")),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;\r\n", .invalidChunkSize("3;")),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;a=\"x\r\n", .invalidChunkSize("3;a=\"x")),
        (
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n",
            .missingChunkDataTerminator
        ),
    ]

    @Test("malformed requests each give their error", arguments: malformed)
    func malformedRequest(input: String, expected: HTTPParseError) {
        #expect(parseRequests(.ascii(input)).error == expected)
    }

    @Test("errors map to the status a server answers with")
    func errorStatuses() {
        #expect(HTTPParseError.requestLineTooLong(limit: 1).responseStatus == 414)
        #expect(HTTPParseError.tooManyHeaderFields(limit: 1).responseStatus == 431)
        #expect(HTTPParseError.headerSectionTooLarge(limit: 1).responseStatus == 431)
        #expect(HTTPParseError.bodyTooLarge(limit: 1).responseStatus == 413)
        #expect(HTTPParseError.obsoleteLineFolding(line: 1).responseStatus == 400)
        #expect(HTTPParseError.unsupportedTransferCoding("gzip").responseStatus == 501)
        let response = HTTPParseError.bodyTooLarge(limit: 1).response
        #expect(response.status == 413)
        #expect(!response.keepAlive)
        #expect(HTTPParseError.bodyTooLarge(limit: 1).closesConnection)
    }
}

extension HTTPRequestParserTests {
    @Test("after an error or a closing request, further bytes are dropped")
    func nothingBufferedAfterEnd() throws {
        var failed = HTTPRequestParser()
        failed.append([UInt8].ascii("BAD\r\n"))
        #expect(throws: HTTPParseError.self) { try failed.next() }
        failed.append([UInt8](repeating: 0x41, count: 10000))
        #expect(!failed.hasPartialMessage)
        var closed = HTTPRequestParser()
        closed.append([UInt8].ascii("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
        #expect(try closed.next() != nil)
        closed.append([UInt8].ascii("GET / HTTP/1.1\r\n"))
        #expect(!closed.hasPartialMessage)
        #expect(closed.status == .closed)
    }
}

extension HTTPRequestParserTests {
    @Test("RFC 9110 §10.1.1: a request with Expect: 100-continue is visible once its head is in")
    func expectContinue() throws {
        var parser = HTTPRequestParser()
        parser.append([UInt8].ascii("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n"))
        #expect(try parser.next() == nil)
        #expect(parser.isAwaitingContinue)
        parser.append([UInt8].ascii("abc"))
        #expect(try parser.next()?.body == .ascii("abc"))
        #expect(!parser.isAwaitingContinue)
        var plain = HTTPRequestParser()
        plain.append([UInt8].ascii("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n"))
        #expect(try plain.next() == nil)
        #expect(!plain.isAwaitingContinue)
    }
}
