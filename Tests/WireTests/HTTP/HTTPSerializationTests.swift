import Testing
import Wire

@Suite struct HTTPSerializationTests {
    @Test("a request serializes with Content-Length and parses back to itself")
    func requestRoundTrip() throws {
        let request = HTTPRequest(
            method: .post,
            target: "/ocpi/2.2.1/sessions?x=1",
            headers: ["Host": "cpo.test", "Content-Type": "application/json"],
            body: .ascii("{\"a\":1}")
        )
        let bytes = request.serialized()
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "POST /ocpi/2.2.1/sessions?x=1 HTTP/1.1\r\nHost: cpo.test\r\nContent-Type: application/json\r\n"
                + "Content-Length: 7\r\n\r\n{\"a\":1}"
        )
        var expected = request
        expected.headers.add("Content-Length", "7")
        #expect(parseRequests(bytes).messages == [expected])
    }

    @Test("a GET without body gets no Content-Length; a PUT without body gets Content-Length: 0")
    func contentLengthRules() {
        let get = HTTPRequest(method: .get, target: "/", headers: ["Host": "h"]).serialized()
        #expect(String(decoding: get, as: UTF8.self) == "GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        let put = HTTPRequest(method: .put, target: "/", headers: ["Host": "h"]).serialized()
        #expect(String(decoding: put, as: UTF8.self) == "PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n")
    }

    @Test("a chunked request sends one chunk, the last chunk and the trailers")
    func chunkedRequest() {
        let request = HTTPRequest(
            method: .post,
            target: "/",
            headers: ["Host": "h", "Transfer-Encoding": "chunked"],
            body: .ascii("hello world, this is long"),
            trailers: ["X-Sum": "1"]
        )
        #expect(parseRequests(request.serialized()).messages == [request])
    }

    @Test("a response serializes with Content-Length and parses back to itself")
    func responseRoundTrip() {
        let response = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: .ascii("[]"))
        let bytes = response.serialized()
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"
        )
        var expected = response
        expected.headers.add("Content-Length", "2")
        #expect(parseResponses(bytes).messages == [expected])
    }

    @Test("204 and 101 carry neither Content-Length nor body; HEAD answers keep the length but drop the body")
    func noContentResponses() {
        #expect(
            String(decoding: HTTPResponse(status: 204).serialized(), as: UTF8.self) == "HTTP/1.1 204 No Content\r\n\r\n"
        )
        let head = HTTPResponse(status: 200, body: .ascii("abc")).serialized(includingBody: false)
        #expect(String(decoding: head, as: UTF8.self) == "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n")
    }
}

extension HTTPSerializationTests {
    @Test("found by fuzzing: a body is chunked only when chunked is the final coding, as the parser reads it")
    func chunkedOnlyWhenFinal() {
        let response = HTTPResponse(
            status: 200,
            headers: HTTPHeaders([("Transfer-Encoding", "chunked"), ("Transfer-Encoding", "gzip")]),
            body: .ascii("raw")
        )
        let bytes = response.serialized()
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\r\n\r\nraw"))
        #expect(parseResponses(bytes).messages.first?.body == .ascii("raw"))
    }
}
