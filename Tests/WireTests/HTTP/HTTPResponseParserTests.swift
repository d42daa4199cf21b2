import Testing
import Wire

@Suite struct HTTPResponseParserTests {
    @Test("Content-Length and chunked responses, pipelined, in order")
    func pipelinedResponses() {
        let bytes: [UInt8] = .ascii(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
                + "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n2;ext=1\r\nab\r\n0\r\nT: x\r\n\r\n"
                + "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
        )
        let outcome = parseResponses(bytes)
        #expect(outcome.error == nil)
        #expect(outcome.messages.map(\.status) == [200, 201, 404])
        #expect(outcome.messages.map(\.reason) == ["OK", "Created", "Not Found"])
        #expect(outcome.messages.map(\.body) == [.ascii("{}"), .ascii("ab"), []])
        #expect(outcome.messages[1].trailers["t"] == "x")
    }

    @Test("a HEAD response has no body even with Content-Length")
    func headResponse() {
        let bytes: [UInt8] = .ascii(
            "HTTP/1.1 200 OK\r\nContent-Length: 42\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"
        )
        let outcome = parseResponses(bytes, methods: [.head, .get])
        #expect(outcome.error == nil)
        #expect(outcome.messages.map(\.body) == [[], .ascii("x")])
    }

    @Test("1xx, 204 and 304 have no body; interim responses are returned before the final one")
    func noBodyStatuses() {
        let bytes: [UInt8] = .ascii(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n"
                + "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz"
        )
        let outcome = parseResponses(bytes)
        #expect(outcome.error == nil)
        #expect(outcome.messages.map(\.status) == [100, 103, 204, 304, 200])
        #expect(outcome.messages.map(\.isInformational) == [true, true, false, false, false])
        #expect(outcome.messages.last?.body == .ascii("z"))
    }

    @Test("without a length the body runs until the connection closes")
    func readUntilClose() throws {
        let outcome = parseResponses(
            .ascii("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of this\r\nand this")
        )
        #expect(outcome.error == nil)
        let response = try #require(outcome.messages.first)
        #expect(response.body == .ascii("all of this\r\nand this"))
        #expect(!response.keepAlive)
        let nonChunked = parseResponses(.ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz"))
        #expect(nonChunked.messages.first?.body == .ascii("zz"))
    }

    @Test("101 Switching Protocols pauses the parser and hands over the rest")
    func switchingProtocols() throws {
        var parser = HTTPResponseParser()
        parser.append(
            [UInt8].ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n") + [
                0x81, 0x00,
            ]
        )
        let response = try #require(try parser.next())
        #expect(response.status == 101)
        #expect(parser.status == .switchedProtocols)
        #expect(parser.takeRemainingBytes() == [0x81, 0x00])
    }

    @Test("a status line without a reason phrase is accepted")
    func emptyReason() {
        let outcome = parseResponses(
            .ascii("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\nHTTP/1.1 500 \r\nContent-Length: 0\r\n\r\n")
        )
        #expect(outcome.messages.map(\.reason) == ["", ""])
        #expect(outcome.messages.map(\.status) == [200, 500])
    }

    static let malformed: [(String, HTTPParseError)] = [
        ("HTTP/1.1 2OO OK\r\n\r\n", .invalidStatusCode("2OO OK")),
        ("HTTP/1.1 20\r\n\r\n", .invalidStatusCode("20")),
        ("HTTP/1.1 2000 OK\r\n\r\n", .invalidStatusCode("2000 OK")),
        ("HTTP/1.1 099 Low\r\n\r\n", .invalidStatusCode("099 Low")),
        ("HTTP/1.1\r\n\r\n", .malformedStartLine(reason: "status line has no space after the HTTP-version")),
        ("HTTP/3.0 200 OK\r\n\r\n", .unsupportedVersion("HTTP/3.0")),
        ("HTTP/1.1 200 OK\r\nA: 1\r\n  folded\r\n\r\n", .obsoleteLineFolding(line: 2)),
        ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", .unexpectedEndOfInput),
        (
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
            .contentLengthWithTransferEncoding
        ),
    ]

    @Test("malformed responses each give their error", arguments: malformed)
    func malformedResponse(input: String, expected: HTTPParseError) {
        #expect(parseResponses(.ascii(input)).error == expected)
    }

    @Test("status line and body limits apply to responses too")
    func limits() {
        let limits = HTTPParserLimits(maxStartLineLength: 16, maxBodySize: 4)
        #expect(
            parseResponses(.ascii("HTTP/1.1 200 Very Long Reason\r\n\r\n"), limits: limits).error
                == .statusLineTooLong(limit: 16)
        )
        #expect(parseResponses(.ascii("HTTP/1.1 200 OK\r\n\r\n12345"), limits: limits).error == .bodyTooLarge(limit: 4))
    }
}
