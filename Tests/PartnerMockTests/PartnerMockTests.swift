import Foundation
import JSON
import OCPI
import PartnerMock
import Testing
import Wire

@Suite struct PartnerMockTests {
    let now = Date(timeIntervalSince1970: 1_770_000_000)

    func mock() -> PartnerMock {
        PartnerMock(
            configuration: PartnerConfiguration(
                credentialsToken: "secret-b",
                registrationToken: "token-a",
                tokens: [
                    PartnerToken(uid: "CARD1", contractID: "DE-RGE-C1"),
                    PartnerToken(uid: "CARD2", contractID: "DE-RGE-C2", authorization: "BLOCKED"),
                    PartnerToken(uid: "CARD3", contractID: "DE-RGE-C3"),
                ]
            )
        )
    }

    func request(
        _ method: HTTPMethod,
        _ path: String,
        token: String? = "secret-b",
        body: JSONValue? = nil
    ) -> HTTPRequest {
        var request = OCPIHTTP.request(
            method,
            url: "http://emsp.embedded" + path,
            token: token ?? "",
            body: body,
            requestID: "r1"
        )
        if token == nil { request.headers.remove("Authorization") }
        return request
    }

    func envelope(_ response: HTTPResponse) throws -> JSONValue {
        try #require(OCPIHTTP.envelope(of: response))
    }

    @Test func missingOrWrongTokenIs401() throws {
        let partner = mock()
        #expect(partner.handle(request(.get, "/ocpi/versions", token: nil), now: now).status == 401)
        #expect(partner.handle(request(.get, "/ocpi/versions", token: "wrong"), now: now).status == 401)
    }

    @Test func tokenAWorksOnVersionsOnly() throws {
        let partner = mock()
        #expect(partner.handle(request(.get, "/ocpi/versions", token: "token-a"), now: now).status == 200)
        #expect(partner.handle(request(.get, "/ocpi/2.2.1/tokens", token: "token-a"), now: now).status == 401)
    }

    @Test func plainTokenIsAcceptedToo() {
        var plain = request(.get, "/ocpi/versions")
        plain.headers.set("Authorization", "Token secret-b")
        #expect(mock().handle(plain, now: now).status == 200)
    }

    @Test func versionDetailsListReceiverAndSenderEndpoints() throws {
        let response = mock().handle(request(.get, "/ocpi/2.2.1"), now: now)
        let endpoints = try envelope(response)["data"]?["endpoints"]?.arrayValue ?? []
        let names = endpoints.compactMap { "\($0["identifier"]?.stringValue ?? "").\($0["role"]?.stringValue ?? "")" }
        #expect(names.contains("cdrs.RECEIVER"))
        #expect(names.contains("tokens.SENDER"))
    }

    @Test func invalidJSONBodyIs400With2001() throws {
        var bad = request(.put, "/ocpi/2.2.1/sessions/DE/RGC/S1")
        bad.body = Array("{\"id\": ".utf8)
        let response = mock().handle(bad, now: now)
        #expect(response.status == 400)
        #expect(try envelope(response)["status_code"]?.numberValue?.int == 2001)
    }

    @Test func sessionPatchAppendsChargingPeriodsAndNeedsLastUpdated() throws {
        let partner = mock()
        let session: JSONValue = [
            "id": "S1", "status": "ACTIVE", "kwh": 0, "charging_periods": [["start_date_time": "2026-01-01T10:00:00Z"]],
            "last_updated": "2026-01-01T10:00:00Z",
        ]
        #expect(partner.handle(request(.put, "/ocpi/2.2.1/sessions/DE/RGC/S1", body: session), now: now).status == 200)
        let noStamp = partner.handle(request(.patch, "/ocpi/2.2.1/sessions/DE/RGC/S1", body: ["kwh": 2]), now: now)
        #expect(try envelope(noStamp)["status_code"]?.numberValue?.int == 2001)
        let patch: JSONValue = [
            "kwh": 3, "charging_periods": [["start_date_time": "2026-01-01T11:00:00Z"]],
            "last_updated": "2026-01-01T11:00:00Z",
        ]
        #expect(partner.handle(request(.patch, "/ocpi/2.2.1/sessions/DE/RGC/S1", body: patch), now: now).status == 200)
        let stored = try #require(partner.store.sessions["DE/RGC/S1"])
        #expect(stored["charging_periods"]?.arrayValue?.count == 2)
        #expect(stored["kwh"]?.numberValue?.int == 3)
        #expect(partner.store.sessionUpdates.map(\.method) == ["PUT", "PATCH"])
    }

    @Test func putWithDifferentIDIs2001() throws {
        let response = mock().handle(
            request(
                .put,
                "/ocpi/2.2.1/sessions/DE/RGC/S1",
                body: ["id": "S2", "last_updated": "2026-01-01T10:00:00Z"]
            ),
            now: now
        )
        #expect(try envelope(response)["status_code"]?.numberValue?.int == 2001)
    }

    @Test func cdrPostAnswersWithLocationThatServesTheCDR() throws {
        let partner = mock()
        let cdr: JSONValue = ["id": "CDR1", "session_id": "S1"]
        let response = partner.handle(request(.post, "/ocpi/2.2.1/cdrs", body: cdr), now: now)
        #expect(response.status == 200)
        let location = try #require(response.headers["Location"])
        let path = try #require(URLParts(location)).target
        let fetched = partner.handle(request(.get, path), now: now)
        #expect(try envelope(fetched)["data"]?["id"]?.stringValue == "CDR1")
    }

    @Test func realTimeAuthorizationAnswersPerToken() throws {
        let partner = mock()
        let allowed = partner.handle(
            request(.post, "/ocpi/2.2.1/tokens/CARD1/authorize", body: ["location_id": "LOC1"]),
            now: now
        )
        #expect(try envelope(allowed)["data"]?["allowed"]?.stringValue == "ALLOWED")
        let blocked = partner.handle(request(.post, "/ocpi/2.2.1/tokens/CARD2/authorize"), now: now)
        #expect(try envelope(blocked)["data"]?["allowed"]?.stringValue == "BLOCKED")
        let unknown = partner.handle(request(.post, "/ocpi/2.2.1/tokens/NOPE/authorize"), now: now)
        #expect(unknown.status == 404)
        #expect(try envelope(unknown)["status_code"]?.numberValue?.int == 2004)
    }

    @Test func tokenListIsPaginatedWithLinkAndTotal() throws {
        let partner = mock()
        let first = partner.handle(request(.get, "/ocpi/2.2.1/tokens?limit=2"), now: now)
        #expect(first.headers["X-Total-Count"] == "3")
        #expect(try envelope(first)["data"]?.arrayValue?.count == 2)
        let next = try #require(OCPIHTTP.nextPageURL(first))
        let second = partner.handle(request(.get, try #require(URLParts(next)).target), now: now)
        #expect(try envelope(second)["data"]?.arrayValue?.count == 1)
        #expect(OCPIHTTP.nextPageURL(second) == nil)
    }

    @Test func failureWindowAnswers503ThenRecovers() {
        let partner = mock()
        partner.addFailure(FailureWindow(from: now, until: now.addingTimeInterval(60)))
        #expect(partner.handle(request(.get, "/ocpi/2.2.1/tokens"), now: now).status == 503)
        #expect(partner.handle(request(.get, "/ocpi/2.2.1/tokens"), now: now.addingTimeInterval(61)).status == 200)
    }

    @Test func commandResultIsStoredByResponseID() {
        let partner = mock()
        let response = partner.handle(
            request(.post, "/ocpi/2.2.1/commands/START_SESSION/abc", body: ["result": "ACCEPTED"]),
            now: now
        )
        #expect(response.status == 200)
        #expect(partner.store.commandResults["abc"]?.first?.result["result"]?.stringValue == "ACCEPTED")
    }

    @Test func evseStatusPatchIsRecorded() {
        let partner = mock()
        _ = partner.handle(
            request(
                .put,
                "/ocpi/2.2.1/locations/DE/RGC/LOC1",
                body: [
                    "id": "LOC1", "evses": [["uid": "E1", "status": "AVAILABLE"]],
                    "last_updated": "2026-01-01T00:00:00Z",
                ]
            ),
            now: now
        )
        _ = partner.handle(
            request(
                .patch,
                "/ocpi/2.2.1/locations/DE/RGC/LOC1/E1",
                body: ["status": "CHARGING", "last_updated": "2026-01-01T01:00:00Z"]
            ),
            now: now
        )
        #expect(partner.store.evseStatusChanges.map(\.status) == ["AVAILABLE", "CHARGING"])
        #expect(partner.store.locations["DE/RGC/LOC1"]?["evses"]?[0]?["status"]?.stringValue == "CHARGING")
    }
}
