import Foundation
import Harness
import JSON
import OCPI
import PartnerMock
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct EMSPReceiverProbeTests {
    private static let location: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "LOC-1", "publish": true, "address": "Alexanderplatz 1",
        "city": "Berlin", "country": "DEU", "coordinates": ["latitude": "52.521918", "longitude": "13.413215"],
        "time_zone": "Europe/Berlin", "last_updated": "2026-11-23T10:00:00Z",
    ]
    private static let tariff: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "AC-2026", "currency": "EUR",
        "elements": [["price_components": [["type": "ENERGY", "price": "0.39", "step_size": 1]]]],
        "last_updated": "2026-11-23T10:00:00Z",
    ]
    private static let session: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "S-1", "status": "ACTIVE", "kwh": 0,
        "last_updated": "2026-11-23T10:00:00Z",
    ]
    private static let cdr: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "CDR-1", "total_energy": 12,
        "last_updated": "2026-11-23T10:00:00Z",
    ]
    private static let objects: [(module: String, objects: [JSONValue])] = [
        ("locations", [location]), ("tariffs", [tariff]), ("sessions", [session]), ("cdrs", [cdr]),
    ]

    @Test func aWellBehavedEMSPAcceptsEveryPushAndGivesItBackUnchanged() async throws {
        let emsp = try PartnerHost(host: "127.0.0.1", port: 0) { baseURL in
            PartnerMock(configuration: PartnerConfiguration(baseURL: baseURL, credentialsToken: "shared"))
        }
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let details = try await remote.get(emsp.baseURL + "/ocpi/2.2.1", token: "shared", step: "details")
        var endpoints: [String: String] = [:]
        for endpoint in details["endpoints"]?.arrayValue ?? [] {
            if let id = endpoint["identifier"]?.stringValue, let role = endpoint["role"]?.stringValue {
                endpoints[id + "." + role] = endpoint["url"]?.stringValue
            }
        }
        let observations = await EMSPReceiverProbe(remote: remote, endpoints: endpoints, token: "shared")
            .run(Self.objects)
        #expect(observations.map(\.module) == ["locations", "tariffs", "sessions", "cdrs"])
        #expect(observations.map(\.key) == ["DE/RGC/LOC-1", "DE/RGC/AC-2026", "DE/RGC/S-1", "DE/RGC/CDR-1"])
        for observation in observations {
            #expect(observation.pushError == nil, "\(observation.module)")
            #expect(observation.readBackUnchanged == true, "\(observation.module)")
        }
        #expect(emsp.store.cdrs.map(\.cdr) == [Self.cdr])
        await emsp.shutdown()
    }

    @Test func aMisbehavingEMSPIsObservedModuleByModule() async throws {
        // Refuses locations with 500, keeps tariffs but gives back another price, answers a CDR POST
        // without Location, and offers no sessions receiver.
        let client = MisbehavingEMSP()
        let endpoints = [
            "locations.RECEIVER": "http://emsp.test/locations",
            "tariffs.RECEIVER": "http://emsp.test/tariffs",
            "cdrs.RECEIVER": "http://emsp.test/cdrs",
        ]
        let observations = await EMSPReceiverProbe(
            remote: OCPIRemote(client: client, timeout: .seconds(1)),
            endpoints: endpoints,
            token: "shared"
        ).run(Self.objects)
        let byModule = Dictionary(uniqueKeysWithValues: observations.map { ($0.module, $0) })
        guard case .badAnswer(_, _, 500, _, _) = byModule["locations"]?.pushError else {
            Issue.record("locations: \(String(describing: byModule["locations"]))")
            return
        }
        #expect(byModule["tariffs"]?.pushError == nil)
        #expect(byModule["tariffs"]?.readBackUnchanged == false)
        #expect(byModule["sessions"]?.pushError == .missingEndpoint("sessions RECEIVER"))
        guard case .badAnswer(let step, _, 200, 1000, let message) = byModule["cdrs"]?.pushError else {
            Issue.record("cdrs: \(String(describing: byModule["cdrs"]))")
            return
        }
        #expect(step == "post CDR")
        #expect(message?.contains("Location") == true)
    }
}

/// An eMSP that gets each receiver interface wrong in its own way, answered without any network.
private struct MisbehavingEMSP: HTTPClient {
    func send(_ request: HTTPRequest, to url: URL, timeout: Duration) async throws(HTTPClientError) -> HTTPResponse {
        let now = Date()
        switch (request.method, url.path) {
        case (.put, let path) where path.hasPrefix("/locations"):
            return OCPIHTTP.response(httpStatus: 500, statusCode: 3000, message: "database down", now: now)
        case (.get, let path) where path.hasPrefix("/tariffs"):
            let changed: JSONValue = ["country_code": "DE", "party_id": "RGC", "id": "AC-2026", "currency": "USD"]
            return OCPIHTTP.response(data: changed, now: now)
        default:
            return OCPIHTTP.response(now: now)
        }
    }
}
