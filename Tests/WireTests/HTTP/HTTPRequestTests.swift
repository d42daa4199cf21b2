import Testing
import Wire

@Suite struct HTTPRequestTests {
    @Test func pathAndQueryArePercentDecoded() {
        let request = HTTPRequest(method: .get, target: "/ocpi/2.2.1/tokens/A%20B/authorize?type=RFID&x=a+b&empty")
        #expect(request.path == "/ocpi/2.2.1/tokens/A B/authorize")
        #expect(request.pathSegments == ["ocpi", "2.2.1", "tokens", "A B", "authorize"])
        #expect(request.query("type") == "RFID")
        #expect(request.query("x") == "a b")
        #expect(request.query("empty") == "")
        #expect(request.query("missing") == nil)
    }

    @Test func pathSeparatorsInsideASegmentStayInside() {
        let request = HTTPRequest(method: .get, target: "/a/b%2Fc/d")
        #expect(request.pathSegments == ["a", "b/c", "d"])
    }

    @Test func headersAreCaseInsensitiveAndOrdered() {
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/json")
        headers.add("X-Request-ID", "1")
        headers.add("x-request-id", "2")
        #expect(headers["content-type"] == "application/json")
        #expect(headers.values(for: "X-REQUEST-ID") == ["1", "2"])
        headers.set("X-Request-Id", "3")
        #expect(headers.values(for: "x-request-id") == ["3"])
        #expect(headers.fields.map(\.name) == ["Content-Type", "X-Request-Id"])
    }

    @Test func percentEncodingRoundTripsAndRejectsBadSequences() {
        #expect(PercentEncoding.encode("a b/ü") == "a%20b%2F%C3%BC")
        #expect(PercentEncoding.decode("a%20b%2F%C3%BC") == "a b/ü")
        #expect(PercentEncoding.decode("%zz") == nil)
        #expect(PercentEncoding.decode("%C3") == nil)
    }

    @Test func responseHasTheStandardReason() {
        #expect(HTTPResponse(status: 431).reason == "Request Header Fields Too Large")
        #expect(HTTPResponse(status: 299).reason == "Status 299")
    }
}

extension HTTPRequestTests {
    @Test("RFC 9112 §3.2.2: an absolute-form target gives the same path and query as origin form")
    func absoluteFormTarget() {
        let request = HTTPRequest(method: .get, target: "http://cpo.test:8080/ocpi/versions?x=1")
        #expect(request.path == "/ocpi/versions")
        #expect(request.query("x") == "1")
        #expect(HTTPRequest(method: .get, target: "https://cpo.test").path == "/")
        #expect(HTTPRequest(method: .get, target: "http://h?a=b").query("a") == "b")
        #expect(HTTPRequest(method: .get, target: "/a?next=http://b/c").path == "/a")
    }
}
