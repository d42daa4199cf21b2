import Foundation
import JSON
import OCPI
import PartnerMock
import Synchronization
import TestSupport
import Testing
import Transport
import Wire

/// Every endpoint of the served partner mock with good and bad requests, over a real socket on
/// 127.0.0.1 and over an in-process LoopbackPair; the evidence of each exchange.
@Suite(.timeLimit(.minutes(1)))
struct ServedPartnerTests {
    enum Way: String, CaseIterable, Sendable {
        case socket, loopback
    }

    /// A served mock with partner token `cpo-token` and token A `token-a`, and what it recorded.
    final class Bench: Sendable {
        /// The evidence entries the mock handed over, in order.
        final class Recorded: Sendable {
            private let list = Mutex<[EvidenceEntry]>([])
            var entries: [EvidenceEntry] { list.withLock { $0 } }
            func add(_ entry: EvidenceEntry) { list.withLock { $0.append(entry) } }
        }

        let served: ServedPartner
        let evidence: Recorded

        init() throws {
            let evidence = Recorded()
            self.evidence = evidence
            served = try ServedPartner(
                evidence: { entry in evidence.add(entry) },
                configuration: { baseURL in
                    PartnerConfiguration(
                        baseURL: baseURL,
                        credentialsToken: "cpo-token",
                        registrationToken: "token-a",
                        tokens: [
                            PartnerToken(uid: "CARD1", contractID: "DE-RGE-C1"),
                            PartnerToken(uid: "CARD2", contractID: "DE-RGE-C2", authorization: "BLOCKED"),
                        ]
                    )
                }
            )
        }

        /// Sends one request over `way` and returns the answer.
        func send(
            _ method: HTTPMethod,
            _ path: String,
            token: String? = "cpo-token",
            body: [UInt8] = [],
            way: Way
        ) async throws -> HTTPResponse {
            var headers: HTTPHeaders = ["Host": "127.0.0.1", "Content-Type": "application/json"]
            if let token { headers.set("Authorization", "Token " + Data(token.utf8).base64EncodedString()) }
            let request = HTTPRequest(method: method, target: path, headers: headers, body: body)
            switch way {
            case .socket:
                let port = try #require(served.port)
                let url = try #require(URL(string: "http://127.0.0.1:\(port)" + path))
                return try await SocketHTTPClient().send(request, to: url, timeout: .seconds(10))
            case .loopback:
                let stream = try #require(served.connectInProcess())
                try await stream.write(request.serialized())
                var parser = HTTPResponseParser()
                for _ in 0..<1_000 {
                    if let response = try parser.next(respondingTo: method) { return response }
                    let bytes = try await stream.read(maxBytes: 64 * 1024)
                    if bytes.isEmpty { break }
                    parser.append(bytes)
                }
                throw TransportError.connectionClosed
            }
        }
    }

    static func fixture(_ name: String, _ changes: [String: JSONValue] = [:]) throws -> [UInt8] {
        guard case .object(var object) = try JSONParser().parse(try Fixtures.bytes("ocpi/" + name)).value else {
            throw TransportError.connectionClosed
        }
        for (key, value) in changes { object[key] = value }
        return Array(JSONWriter.compact.string(.object(object)).utf8)
    }

    static func ocpiStatus(_ response: HTTPResponse) -> Int? {
        OCPIHTTP.envelope(of: response)?["status_code"]?.numberValue?.int
    }

    @Test(arguments: Way.allCases)
    func versionsAndTokens(way: Way) async throws {
        let bench = try Bench()
        #expect(try await bench.send(.get, "/ocpi/versions", token: nil, way: way).status == 401)
        #expect(try await bench.send(.get, "/ocpi/versions", token: "wrong", way: way).status == 401)
        #expect(try await bench.send(.get, "/ocpi/versions", token: "token-a", way: way).status == 200)
        let details = try await bench.send(.get, "/ocpi/2.2.1", way: way)
        let identifiers = OCPIHTTP.envelope(of: details)?["data"]?["endpoints"]?.arrayValue?.compactMap {
            $0["identifier"]?.stringValue
        }
        #expect(
            Set(identifiers ?? []).isSuperset(of: ["credentials", "locations", "sessions", "cdrs", "tariffs", "tokens"])
        )
        // Token A opens versions and credentials only.
        #expect(
            try await bench.send(.get, "/ocpi/2.2.1/locations/DE/RGC/LOC1", token: "token-a", way: way).status == 401
        )
        #expect(try await bench.send(.get, "/ocpi/elsewhere", way: way).status == 404)
        await bench.served.shutdown()
    }

    @Test(arguments: Way.allCases)
    func locationsSessionsCDRsAndTariffs(way: Way) async throws {
        let bench = try Bench()
        let location = try Self.fixture("location_example.json", ["country_code": "DE", "party_id": "RGC"])
        #expect(try await bench.send(.put, "/ocpi/2.2.1/locations/DE/RGC/LOC1", body: location, way: way).status == 200)
        #expect(try await bench.send(.get, "/ocpi/2.2.1/locations/DE/RGC/LOC1", way: way).status == 200)
        #expect(try await bench.send(.get, "/ocpi/2.2.1/locations/DE/RGC/NOPE", way: way).status == 404)

        let session = try Self.fixture(
            "session_example_1_simple_start.json",
            ["country_code": "DE", "party_id": "RGC"]
        )
        #expect(try await bench.send(.put, "/ocpi/2.2.1/sessions/DE/RGC/101", body: session, way: way).status == 200)
        let patch = Array(#"{"kwh": 5.5, "last_updated": "2015-06-29T22:39:09Z"}"#.utf8)
        #expect(try await bench.send(.patch, "/ocpi/2.2.1/sessions/DE/RGC/101", body: patch, way: way).status == 200)
        let read = try await bench.send(.get, "/ocpi/2.2.1/sessions/DE/RGC/101", way: way)
        #expect(OCPIHTTP.envelope(of: read)?["data"]?["kwh"]?.numberValue?.decimal == Decimal(string: "5.5"))
        #expect(try await bench.send(.get, "/ocpi/2.2.1/sessions/DE/RGC/none", way: way).status == 404)

        let cdr = try Self.fixture("cdr_example.json", ["country_code": "DE", "party_id": "RGC"])
        let posted = try await bench.send(.post, "/ocpi/2.2.1/cdrs", body: cdr, way: way)
        #expect(Self.ocpiStatus(posted) == 1000)
        let cdrURL = try #require(posted.headers["Location"].flatMap(URL.init(string:)))
        #expect(try await bench.send(.get, cdrURL.path, way: way).status == 200)
        let notACDR = try await bench.send(.post, "/ocpi/2.2.1/cdrs", body: Array("[1, 2]".utf8), way: way)
        #expect(Self.ocpiStatus(notACDR) == 2001)

        let tariff = try Self.fixture("tariff_1_simple_2hour.json", ["country_code": "DE", "party_id": "RGC"])
        #expect(try await bench.send(.put, "/ocpi/2.2.1/tariffs/DE/RGC/12", body: tariff, way: way).status == 200)
        #expect(try await bench.send(.delete, "/ocpi/2.2.1/tariffs/DE/RGC/12", way: way).status == 200)
        #expect(try await bench.send(.get, "/ocpi/2.2.1/tariffs/DE/RGC/12", way: way).status == 404)

        // The evidence names the session, carries the routing and header fields, and judges bodies.
        let entries = bench.evidence.entries
        #expect(entries.map(\.seq) == Array(1...entries.count))
        #expect(entries.contains { $0.sessionID == "101" && $0.summary.hasPrefix("PATCH") })
        #expect(entries.allSatisfy { $0.headers?["Authorization"] != nil })
        await bench.served.shutdown()
    }

    @Test(arguments: Way.allCases)
    func tokensAuthorizationAndCommandResults(way: Way) async throws {
        let bench = try Bench()
        let tokens = try await bench.send(.get, "/ocpi/2.2.1/tokens?limit=1", way: way)
        #expect(tokens.headers["X-Total-Count"] == "2")
        #expect(OCPIHTTP.envelope(of: tokens)?["data"]?.arrayValue?.count == 1)
        #expect(tokens.headers["Link"] != nil)
        let allowed = try await bench.send(.post, "/ocpi/2.2.1/tokens/CARD1/authorize?type=RFID", way: way)
        #expect(OCPIHTTP.envelope(of: allowed)?["data"]?["allowed"]?.stringValue == "ALLOWED")
        let blocked = try await bench.send(.post, "/ocpi/2.2.1/tokens/CARD2/authorize?type=RFID", way: way)
        #expect(OCPIHTTP.envelope(of: blocked)?["data"]?["allowed"]?.stringValue == "BLOCKED")
        let unknown = try await bench.send(.post, "/ocpi/2.2.1/tokens/NOPE/authorize?type=RFID", way: way)
        #expect(unknown.status == 404)
        let result = Array(#"{"result": "ACCEPTED"}"#.utf8)
        let posted = try await bench.send(.post, "/ocpi/2.2.1/commands/START_SESSION/c1", body: result, way: way)
        #expect(Self.ocpiStatus(posted) == 1000)
        let bad = try await bench.send(.post, "/ocpi/2.2.1/commands/START_SESSION/c2", body: Array("{}".utf8), way: way)
        #expect(Self.ocpiStatus(bad) == 2001)
        await bench.served.shutdown()
    }

    @Test(arguments: Way.allCases)
    func malformedAndOversizedBodies(way: Way) async throws {
        let bench = try Bench()
        let broken = try await bench.send(
            .put,
            "/ocpi/2.2.1/locations/DE/RGC/L2",
            body: Array(#"{"id": "#.utf8),
            way: way
        )
        #expect(broken.status == 400)
        #expect(Self.ocpiStatus(broken) == 2001)
        let invalidUTF8 = try await bench.send(
            .put,
            "/ocpi/2.2.1/locations/DE/RGC/L3",
            body: [0x7B, 0xFF, 0x7D],
            way: way
        )
        #expect(invalidUTF8.status == 400)
        let oversized = try await bench.send(
            .post,
            "/ocpi/2.2.1/cdrs",
            body: [UInt8](repeating: 0x20, count: HTTPParserLimits.default.maxBodySize + 1),
            way: way
        )
        #expect(oversized.status == 413)
        // The server still serves after each.
        #expect(try await bench.send(.get, "/ocpi/versions", way: way).status == 200)
        await bench.served.shutdown()
    }
}
