import Testing
import Wire

@Suite struct HTTPParserLimitsTests {
    let limits = HTTPParserLimits(
        maxStartLineLength: 32,
        maxHeaderCount: 3,
        maxHeaderBytes: 64,
        maxBodySize: 10,
        maxChunkLineLength: 8
    )

    @Test("request line at the limit passes; one byte more is 414")
    func requestLine() {
        let target = String(repeating: "a", count: 32 - "GET / HTTP/1.1".count)
        let atLimit = "GET /\(target) HTTP/1.1"
        #expect(atLimit.utf8.count == 32)
        #expect(parseRequests(.ascii(atLimit + "\r\nHost: h\r\n\r\n"), limits: limits).error == nil)
        let outcome = parseRequests(.ascii("GET /a\(target) HTTP/1.1\r\nHost: h\r\n\r\n"), limits: limits)
        #expect(outcome.error == .requestLineTooLong(limit: 32))
        #expect(outcome.error?.responseStatus == 414)
    }

    @Test("a request line with no end at all is refused once it passes the limit")
    func endlessRequestLine() {
        var parser = HTTPRequestParser(limits: limits)
        parser.append([UInt8](repeating: UInt8(ascii: "A"), count: 34))
        #expect(throws: HTTPParseError.requestLineTooLong(limit: 32)) { try parser.next() }
    }

    @Test("header count: 3 pass, 4 are 431")
    func headerCount() {
        let three = "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n"
        #expect(parseRequests(.ascii(three), limits: limits).error == nil)
        let four = "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"
        #expect(parseRequests(.ascii(four), limits: limits).error == .tooManyHeaderFields(limit: 3))
    }

    @Test("header bytes beyond the limit are 431, also without a line end")
    func headerBytes() {
        let long = "GET / HTTP/1.1\r\nHost: h\r\nX: \(String(repeating: "v", count: 60))\r\n\r\n"
        #expect(parseRequests(.ascii(long), limits: limits).error == .headerSectionTooLarge(limit: 64))
        var parser = HTTPRequestParser(limits: limits)
        parser.append([UInt8].ascii("GET / HTTP/1.1\r\nX: ") + [UInt8](repeating: 0x61, count: 100))
        #expect(throws: HTTPParseError.headerSectionTooLarge(limit: 64)) { try parser.next() }
    }

    @Test("body size: Content-Length over the limit is 413 before the body arrives")
    func contentLengthLimit() {
        #expect(
            parseRequests(.ascii("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789"), limits: limits)
                .error == nil
        )
        var parser = HTTPRequestParser(limits: limits)
        parser.append([UInt8].ascii("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n"))
        #expect(throws: HTTPParseError.bodyTooLarge(limit: 10)) { try parser.next() }
        let huge = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n"
        #expect(parseRequests(.ascii(huge), limits: limits).error == .bodyTooLarge(limit: 10))
    }

    @Test("chunked body size counts every chunk; chunk lines have their own limit")
    func chunkedLimits() {
        let fits =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n01234\r\n5\r\n56789\r\n0\r\n\r\n"
        #expect(parseRequests(.ascii(fits), limits: limits).error == nil)
        let over = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n01234\r\n6\r\n"
        #expect(parseRequests(.ascii(over), limits: limits).error == .bodyTooLarge(limit: 10))
        let hugeChunk = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n"
        #expect(
            parseRequests(.ascii(hugeChunk), limits: HTTPParserLimits(maxChunkLineLength: 64)).error
                == .bodyTooLarge(limit: HTTPParserLimits.default.maxBodySize)
        )
        let longLine = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1;abcdefgh\r\n"
        #expect(parseRequests(.ascii(longLine), limits: limits).error == .chunkLineTooLong(limit: 8))
    }

    @Test("trailers count against the header limits")
    func trailerLimits() {
        let trailers =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n"
        #expect(parseRequests(.ascii(trailers), limits: limits).error == .tooManyHeaderFields(limit: 3))
    }
}
