import Foundation
import JSON
import OCPI
import Testing
import Wire

@Suite struct OCPIHTTPTests {
    @Test func authorizationHeaderIsBase64OfTheToken() {
        // OCPI 2.2.1 §4.1.3: Token base64(token); "example-token" → ZXhhbXBsZS10b2tlbg==.
        let request = OCPIHTTP.request(
            .get,
            url: "https://cpo.example/ocpi/versions",
            token: "example-token",
            requestID: "1"
        )
        #expect(request.headers["Authorization"] == "Token ZXhhbXBsZS10b2tlbg==")
        #expect(request.headers["Host"] == "cpo.example")
        #expect(request.target == "/ocpi/versions")
    }

    @Test func tokenMatchesBase64PlainAndTheSpecsNewlineSample() {
        #expect(OCPIHTTP.tokenMatches("ZXhhbXBsZS10b2tlbg==", expected: "example-token"))
        #expect(OCPIHTTP.tokenMatches("example-token", expected: "example-token"))
        // The 2.2.1-d2 sample encodes a trailing newline (ocpi.md §1.5): tolerated.
        #expect(OCPIHTTP.tokenMatches("ZXhhbXBsZS10b2tlbgo=", expected: "example-token"))
        #expect(!OCPIHTTP.tokenMatches("ZXhhbXBsZS10b2tlbg==", expected: "other-token"))
        #expect(!OCPIHTTP.tokenMatches("", expected: "example-token"))
    }

    @Test func tokenIsReadOnlyFromTheTokenScheme() {
        var request = HTTPRequest(method: .get, target: "/")
        request.headers.add("Authorization", "Basic abc")
        #expect(OCPIHTTP.token(of: request) == nil)
        request.headers.set("Authorization", "Token abc")
        #expect(OCPIHTTP.token(of: request) == "abc")
    }

    @Test func envelopeCarriesStatusAndTimestampInUTC() throws {
        let envelope = OCPIHTTP.envelope(
            data: ["a": 1],
            statusCode: 2001,
            message: "bad",
            now: Date(timeIntervalSince1970: 1_772_409_600.5)
        )
        #expect(envelope["status_code"]?.numberValue?.int == 2001)
        #expect(envelope["timestamp"]?.stringValue == "2026-03-02T00:00:00.500Z")
    }

    @Test func pageLinksToTheNextPageKeepingFilters() throws {
        let items: [JSONValue] = (1...5).map { .number(JSONNumber($0)) }
        let request = HTTPRequest(method: .get, target: "/x?date_from=2026-01-01T00:00:00Z&limit=2&offset=2")
        let response = OCPIHTTP.page(
            items,
            request: request,
            baseURL: "http://h/x",
            maxLimit: 50,
            now: Date(timeIntervalSince1970: 0)
        )
        #expect(response.headers["X-Total-Count"] == "5")
        #expect(response.headers["X-Limit"] == "50")
        let next = try #require(OCPIHTTP.nextPageURL(response))
        #expect(next.contains("offset=4"))
        #expect(next.contains("date_from=2026-01-01T00%3A00%3A00Z"))
        #expect(OCPIHTTP.envelope(of: response)?["data"]?.arrayValue?.count == 2)
    }

    @Test func dateFilterIsInclusiveFromExclusiveTo() {
        let items: [JSONValue] = ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"].map {
            ["last_updated": .string($0)]
        }
        let request = HTTPRequest(
            method: .get,
            target: "/x?date_from=2026-01-01T00:00:00Z&date_to=2026-01-03T00:00:00Z"
        )
        #expect(OCPIHTTP.filterByDate(items, request: request).count == 2)
    }

    @Test func routingHeadersRoundTrip() {
        let routing = OCPIHTTP.Routing(fromCountryCode: "DE", fromPartyID: "RGE", toCountryCode: "DE", toPartyID: "RGC")
        let request = OCPIHTTP.request(
            .post,
            url: "http://h/x",
            token: "t",
            body: [:],
            requestID: "1",
            routing: routing
        )
        #expect(OCPIHTTP.Routing(request) == routing)
        #expect(OCPIHTTP.Routing(HTTPRequest(method: .get, target: "/")) == nil)
    }

    @Test func urlPartsSplitOriginAndTarget() throws {
        let parts = try #require(URLParts("HTTPS://cpo.example:8443/ocpi/2.2.1?x=1"))
        #expect(parts.scheme == "https")
        #expect(parts.authority == "cpo.example:8443")
        #expect(parts.target == "/ocpi/2.2.1?x=1")
        #expect(URLParts("no-scheme") == nil)
        #expect(URLParts("http://") == nil)
    }
}

@Suite struct TariffModelTests {
    @Test(
        "spec tariff example decodes",
        arguments: [
            "tariff_1_simple_2hour.json", "tariff_4_complex.json", "tariff_6_025kwh_start_max_price.json",
            "tariff_14_step_size.json", "tariff_17_reservation_with_expire_fee.json",
        ]
    )
    func decodes(file: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ocpi/\(file)")
        let tariff = try Tariff(json: try JSONParser.value(Array(try Data(contentsOf: url))))
        #expect(!tariff.elements.isEmpty)
        #expect(tariff.currency == "EUR")
    }

    @Test func wrongTypeNamesThePath() {
        let value: JSONValue = [
            "country_code": "DE", "party_id": "X", "id": "1", "currency": "EUR", "last_updated": "2026-01-01T00:00:00Z",
            "elements": [["price_components": [["type": "ENERGY", "price": "0.25"]]]],
        ]
        #expect {
            try Tariff(json: value)
        } throws: { error in
            (error as? JSONDecodingError)?.path.description == "$.elements[0].price_components[0].price"
        }
    }
}
