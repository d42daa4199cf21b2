import Foundation
import Harness
import JSON
import OCPI
import PartnerMock
import Testing
import Transport

/// The calls mirror mode makes as the CPO, against the partner mock served as an eMSP.
@Suite(.timeLimit(.minutes(1)))
struct OCPIRemoteReceiversTests {
    private static let token = "token-shared"

    private func startEMSP() throws -> PartnerHost {
        try PartnerHost(host: "127.0.0.1", port: 0) { baseURL in
            PartnerMock(
                configuration: PartnerConfiguration(
                    baseURL: baseURL,
                    credentialsToken: Self.token,
                    tokens: [
                        PartnerToken(uid: "RGER0001", contractID: "DE-RGE-C00001"),
                        PartnerToken(uid: "RGER0002", contractID: "DE-RGE-C00002"),
                        PartnerToken(
                            uid: "RGEBLOCKED1",
                            contractID: "DE-RGE-C99999",
                            whitelist: "NEVER",
                            authorization: "BLOCKED"
                        ),
                    ]
                )
            )
        }
    }

    private func endpoints(of host: PartnerHost, remote: OCPIRemote) async throws -> [String: String] {
        let details = try await remote.get(host.baseURL + "/ocpi/2.2.1", token: Self.token, step: "details")
        var endpoints: [String: String] = [:]
        for endpoint in details["endpoints"]?.arrayValue ?? [] {
            guard let id = endpoint["identifier"]?.stringValue, let url = endpoint["url"]?.stringValue,
                let role = endpoint["role"]?.stringValue
            else { continue }
            endpoints[id + "." + role] = url
        }
        return endpoints
    }

    @Test func aPushedLocationIsStoredAndReadBackUnchanged() async throws {
        let emsp = try startEMSP()
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let receiver = try #require(try await endpoints(of: emsp, remote: remote)["locations.RECEIVER"])
        let location: JSONValue = [
            "country_code": "DE", "party_id": "RGC", "id": "LOC 1", "publish": true,
            "address": "Alexanderplatz 1", "city": "Berlin", "country": "DEU",
            "coordinates": ["latitude": "52.521918", "longitude": "13.413215"],
            "time_zone": "Europe/Berlin", "last_updated": "2026-11-23T10:00:00Z",
        ]
        try await remote.put(location, receiver: receiver, token: Self.token, step: "push location")
        #expect(emsp.store.locations["DE/RGC/LOC 1"] == location)
        let url = try #require(OCPIRemote.objectURL(receiver: receiver, object: location))
        #expect(url == receiver + "/DE/RGC/LOC%201")
        #expect(try await remote.get(url, token: Self.token, step: "read back") == location)
        await emsp.shutdown()
    }

    @Test func aPostedCDRIsStoredAndItsLocationReturned() async throws {
        let emsp = try startEMSP()
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let receiver = try #require(try await endpoints(of: emsp, remote: remote)["cdrs.RECEIVER"])
        let cdr: JSONValue = ["country_code": "DE", "party_id": "RGC", "id": "CDR-1", "total_energy": 12]
        let location = try await remote.postCDR(cdr, receiver: receiver, token: Self.token)
        #expect(location == emsp.baseURL + "/ocpi/2.2.1/cdrs/1")
        #expect(try await remote.get(location, token: Self.token, step: "read back") == cdr)
        #expect(emsp.store.cdrs.map(\.cdr) == [cdr])
        await emsp.shutdown()
    }

    @Test func tokensArePulledAndAuthorizedInRealTime() async throws {
        let emsp = try startEMSP()
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let sender = try #require(try await endpoints(of: emsp, remote: remote)["tokens.SENDER"])
        let tokens = try await remote.pullAll(sender + "?limit=2", token: Self.token, step: "tokens")
        #expect(tokens.compactMap { $0["uid"]?.stringValue } == ["RGER0001", "RGER0002", "RGEBLOCKED1"])

        let allowed = try await remote.authorize(
            tokenUID: "RGER0001",
            tokensSender: sender,
            token: Self.token,
            locationID: "LOC-1"
        )
        #expect(allowed["allowed"]?.stringValue == "ALLOWED")
        #expect(allowed["location"]?["location_id"]?.stringValue == "LOC-1")
        let blocked = try await remote.authorize(tokenUID: "RGEBLOCKED1", tokensSender: sender, token: Self.token)
        #expect(blocked["allowed"]?.stringValue == "BLOCKED")
        // §12.2.1.2: an unknown token is answered 404 with status_code 2004.
        await #expect(
            throws: ExternalRunError.badAnswer(
                step: "authorize UNKNOWN",
                url: sender + "/UNKNOWN/authorize?type=RFID",
                httpStatus: 404,
                statusCode: 2004,
                message: "unknown token"
            )
        ) {
            _ = try await remote.authorize(tokenUID: "UNKNOWN", tokensSender: sender, token: Self.token)
        }
        await emsp.shutdown()
    }

    @Test func anObjectWithoutItsAddressIsNotSent() async throws {
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(1))
        #expect(OCPIRemote.objectURL(receiver: "http://emsp.test/locations", object: ["id": "1"]) == nil)
        await #expect(throws: ExternalRunError.self) {
            try await remote.put(["id": "1"], receiver: "http://emsp.test/locations", token: "t", step: "push")
        }
    }
}
