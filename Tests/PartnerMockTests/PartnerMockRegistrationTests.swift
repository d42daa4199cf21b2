import Foundation
import JSON
import OCPI
import PartnerMock
import Testing
import Wire

/// A CPO registering with the mock (OCPI 2.2.1 §7.2.1–§7.2.4), with the CPO's side played by a
/// closure that answers the mock's version requests.
@Suite struct PartnerMockRegistrationTests {
    let now = Date(timeIntervalSince1970: 1_770_000_000)

    /// The CPO's versions and details, readable with `cpo-token-b` only; records what the mock asked.
    final class CPOSide {
        var asked: [String] = []
        func answer(_ request: HTTPRequest, _ url: String) -> HTTPResponse? {
            asked.append(url)
            let presented = request.headers["Authorization"].map { String($0.dropFirst("Token ".count)) } ?? ""
            guard OCPIHTTP.tokenMatches(presented, expected: "cpo-token-b") else { return HTTPResponse(status: 401) }
            let data: JSONValue =
                url.hasSuffix("/versions")
                ? [["version": "2.2.1", "url": "http://cpo.test/ocpi/2.2.1"]]
                : [
                    "version": "2.2.1",
                    "endpoints": [
                        [
                            "identifier": "credentials", "role": "SENDER",
                            "url": "http://cpo.test/ocpi/2.2.1/credentials",
                        ],
                        ["identifier": "cdrs", "role": "SENDER", "url": "http://cpo.test/ocpi/2.2.1/cdrs"],
                    ],
                ]
            return OCPIHTTP.response(data: data, now: Date(timeIntervalSince1970: 0))
        }
    }

    func credentials(token: String) -> JSONValue {
        [
            "token": .string(token), "url": "http://cpo.test/ocpi/versions",
            "roles": [["role": "CPO", "country_code": "DE", "party_id": "RGC", "business_details": ["name": "CPO"]]],
        ]
    }

    func send(_ method: HTTPMethod, token: String, body: JSONValue? = nil, to mock: PartnerMock) -> HTTPResponse {
        let request = OCPIHTTP.request(
            method,
            url: "http://emsp.embedded/ocpi/2.2.1/credentials",
            token: token,
            body: body,
            requestID: "r1"
        )
        return mock.handle(request, now: now)
    }

    @Test func aCPORegistersWithTokenAAndGetsTokenC() throws {
        let cpo = CPOSide()
        let mock = PartnerMock(configuration: PartnerConfiguration(registrationToken: "token-a"))
        var issued = 0
        mock.network = PartnerNetwork(send: cpo.answer) {
            issued += 1
            return "token-c-\(issued)"
        }
        let answer = send(.post, token: "token-a", body: credentials(token: "cpo-token-b"), to: mock)
        #expect(answer.status == 200)
        #expect(OCPIHTTP.envelope(of: answer)?["data"]?["token"]?.stringValue == "token-c-1")
        #expect(cpo.asked == ["http://cpo.test/ocpi/versions", "http://cpo.test/ocpi/2.2.1"])
        let party = try #require(mock.cpo)
        #expect(party.token == "cpo-token-b")
        #expect(party.partyID == "RGC")
        #expect(party.endpoints["cdrs.SENDER"] == "http://cpo.test/ocpi/2.2.1/cdrs")
        // Token A is spent; token C works; a second POST is refused; PUT rotates token C.
        #expect(send(.get, token: "token-a", to: mock).status == 401)
        #expect(send(.get, token: "token-c-1", to: mock).status == 200)
        #expect(send(.post, token: "token-c-1", body: credentials(token: "cpo-token-b"), to: mock).status == 405)
        let rotated = send(.put, token: "token-c-1", body: credentials(token: "cpo-token-b"), to: mock)
        #expect(OCPIHTTP.envelope(of: rotated)?["data"]?["token"]?.stringValue == "token-c-2")
        #expect(send(.get, token: "token-c-1", to: mock).status == 401)
        // §7.2.4: DELETE unregisters; the token stops working.
        #expect(send(.delete, token: "token-c-2", to: mock).status == 200)
        #expect(send(.get, token: "token-c-2", to: mock).status == 401)
    }

    @Test func aCPOWhoseVersionsCannotBeReadGetsStatus3001() {
        let mock = PartnerMock(configuration: PartnerConfiguration(registrationToken: "token-a"))
        mock.network = PartnerNetwork(send: { _, _ in nil }, makeToken: { "never" })
        let answer = send(.post, token: "token-a", body: credentials(token: "cpo-token-b"), to: mock)
        #expect(OCPIHTTP.envelope(of: answer)?["status_code"]?.numberValue?.int == 3001)
        #expect(mock.cpo == nil)
        #expect(send(.post, token: "token-a", body: ["token": 5], to: mock).status == 400)
    }

    @Test func withoutANetworkTheMockRegistersItselfInstead() {
        let mock = PartnerMock(configuration: PartnerConfiguration(registrationToken: "token-a"))
        #expect(send(.post, token: "token-a", body: credentials(token: "cpo-token-b"), to: mock).status == 405)
    }
}
