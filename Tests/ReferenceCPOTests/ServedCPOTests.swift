import Foundation
import JSON
import OCPI
import OCPP
import PartnerMock
import ReferenceCPO
import Synchronization
import Testing
import Transport
import Wire

/// The reference CPO and the partner mock served over real sockets on 127.0.0.1: registration,
/// OCPP-J over WebSocket, real-time authorization, pushes and pulls over HTTP, and refusals.
@Suite(.timeLimit(.minutes(1)))
struct ServedCPOTests {
    /// A served CPO knowing charger CP1, with token A `token-a` and a partner token `partner-token`.
    static func cpo(chargerPassword: String? = nil) throws -> ServedCPO {
        try ServedCPO(
            chargers: [TestCharger.cp1],
            options: ServedCPO.Options(ocpiTimeout: .seconds(5), chargerPassword: chargerPassword)
        ) { baseURL in
            CPOConfiguration(baseURL: baseURL, registrationToken: "token-a", credentialsToken: "partner-token")
        }
    }

    static func get(_ url: String, token: String?) async throws -> HTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.set("Authorization", "Token " + Data(token.utf8).base64EncodedString()) }
        let request = HTTPRequest(method: .get, target: URL(string: url)?.path ?? "/", headers: headers)
        return try await SocketHTTPClient().send(request, to: try #require(URL(string: url)), timeout: .seconds(5))
    }

    /// An OCPP-J 1.6 charger speaking raw frames: sends a CALL and waits for the answer to it.
    struct RawCharger {
        let connection: WebSocketConnection
        var messages: AsyncStream<WebSocketMessage>.Iterator
        var number = 0

        init(_ connection: WebSocketConnection) {
            self.connection = connection
            self.messages = connection.messages.makeAsyncIterator()
        }

        mutating func call(_ action: String, _ payload: JSONValue) async throws -> JSONValue {
            number += 1
            let id = "m\(number)"
            let frame = OCPPMessage.call(OCPPMessage.Call(messageId: id, action: action, payload: payload))
            try await connection.send(.text(frame.text))
            while let message = await messages.next() {
                guard case .text(let text) = message else { continue }
                switch try OCPPMessage.decode(text) {
                case .callResult(let result) where result.messageId == id: return result.payload
                case .callError(let error) where error.messageId == id:
                    return .string("CALLERROR " + error.code.rawValue)
                case .call(let command):
                    // The central system's own CALLs (e.g. TriggerMessage) are acknowledged and skipped.
                    let reply = OCPPMessage.callResult(
                        .init(messageId: command.messageId, payload: ["status": "Accepted"])
                    )
                    try await connection.send(.text(reply.text))
                default: continue
                }
            }
            throw WebSocketError.closed(code: .abnormalClosure, reason: "no answer to \(action)")
        }
    }

    @Test func aChargerSessionReachesTheRegisteredPartnerAsSessionAndCDR() async throws {
        let evidence = Mutex<[EvidenceEntry]>([])
        let partner = try ServedPartner(
            evidence: { entry in evidence.withLock { $0.append(entry) } },
            configuration: { baseURL in
                PartnerConfiguration(baseURL: baseURL, tokens: [PartnerToken(uid: "CARD1", contractID: "DE-RGE-C1")])
            }
        )
        let cpo = try Self.cpo()
        defer { Task { await partner.shutdown() } }
        let cpoPort = try #require(cpo.port)
        let registered = await partner.register(
            cpoVersionsURL: "http://127.0.0.1:\(cpoPort)/ocpi/versions",
            tokenA: "token-a"
        )
        guard case .success(let party) = registered else {
            Issue.record("registration failed: \(registered)")
            return
        }
        #expect(party.endpoints["cdrs.SENDER"] != nil)

        let connection = try await WebSocketClient.connect(
            url: "ws://127.0.0.1:\(cpoPort)/ocpp/CP1",
            subprotocols: ["ocpp1.6"]
        )
        #expect(connection.subprotocol == "ocpp1.6")
        var charger = RawCharger(connection)
        let boot = try await charger.call(
            "BootNotification",
            ["chargePointVendor": "Test", "chargePointModel": "Served"]
        )
        #expect(boot["status"]?.stringValue == "Accepted")
        // Not whitelisted at the CPO: authorized in real time by the partner over HTTP.
        let authorized = try await charger.call("Authorize", ["idTag": "CARD1"])
        #expect(authorized["idTagInfo"]?["status"]?.stringValue == "Accepted")
        let started = try await charger.call(
            "StartTransaction",
            ["connectorId": 1, "idTag": "CARD1", "meterStart": 0, "timestamp": "2026-03-02T10:00:00Z"]
        )
        let transaction = try #require(started["transactionId"]?.numberValue?.int)
        _ = try await charger.call(
            "StopTransaction",
            [
                "transactionId": .number(JSONNumber(transaction)), "meterStop": 7_500,
                "timestamp": "2026-03-02T10:40:00Z",
            ]
        )
        await connection.close()

        var cdrs: [ReceivedCDR] = []
        for _ in 0..<100 {
            cdrs = await partner.inspect { $0.store.cdrs } ?? []
            if !cdrs.isEmpty { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(cdrs.count == 1)
        #expect(cdrs.first?.cdr["total_energy"]?.numberValue?.decimal == Decimal(string: "7.5"))
        let posts = evidence.withLock { $0 }.filter { $0.summary.hasPrefix("POST") && $0.summary.contains("/cdrs") }
        #expect(posts.count == 1)
        #expect(posts.first?.sessionID == cdrs.first?.cdr["session_id"]?.stringValue)
        #expect(posts.first?.headers?["Authorization"]?.stringValue?.hasPrefix("Token ") == true)

        // The same CDR over the CPO's sender interface, with the partner's token.
        let pulled = try await Self.get("http://127.0.0.1:\(cpoPort)/ocpi/2.2.1/cdrs", token: "partner-token")
        #expect(OCPIHTTP.envelope(of: pulled)?["data"]?.arrayValue?.count == 1)
        await cpo.shutdown()
    }

    @Test func ocpiRequestsWithoutTheRightTokenAreRefused() async throws {
        let cpo = try Self.cpo()
        let base = "http://127.0.0.1:\(try #require(cpo.port))/ocpi"
        #expect(try await Self.get(base + "/versions", token: nil).status == 401)
        #expect(try await Self.get(base + "/versions", token: "wrong").status == 401)
        #expect(try await Self.get(base + "/versions", token: "token-a").status == 200)
        // Token A opens the versions and credentials endpoints only (OCPI 2.2.1 §7.1).
        #expect(try await Self.get(base + "/2.2.1/locations", token: "token-a").status == 401)
        #expect(try await Self.get(base + "/2.2.1/locations", token: "partner-token").status == 200)
        let unknown = try await Self.get(base + "/2.2.1/locations/DE/RGC/NOPE", token: "partner-token")
        #expect(unknown.status == 404)
        await cpo.shutdown()
    }

    @Test func chargersOutsideTheMasterDataOrWithoutAnOCPPSubprotocolAreRefused() async throws {
        let cpo = try Self.cpo()
        let port = try #require(cpo.port)
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(404))) {
            _ = try await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(port)/ocpp/NOT-HERE",
                subprotocols: ["ocpp1.6"]
            )
        }
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(400))) {
            _ = try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/ocpp/CP1", subprotocols: ["chat"])
        }
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(404))) {
            _ = try await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(port)/elsewhere/CP1",
                subprotocols: ["ocpp1.6"]
            )
        }
        await cpo.shutdown()
    }

    @Test func basicCredentialsAreRequiredWhenAChargerPasswordIsSet() async throws {
        let cpo = try Self.cpo(chargerPassword: "s3cret")
        let url = "ws://127.0.0.1:\(try #require(cpo.port))/ocpp/CP1"
        func basic(_ text: String) -> HTTPHeaders {
            ["Authorization": "Basic " + Data(text.utf8).base64EncodedString()]
        }
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(401))) {
            _ = try await WebSocketClient.connect(url: url, subprotocols: ["ocpp1.6"])
        }
        await #expect(throws: WebSocketError.handshake(.unexpectedStatus(401))) {
            _ = try await WebSocketClient.connect(url: url, subprotocols: ["ocpp1.6"], headers: basic("CP1:wrong"))
        }
        let connection = try await WebSocketClient.connect(
            url: url,
            subprotocols: ["ocpp2.0.1"],
            headers: basic("CP1:s3cret")
        )
        #expect(connection.subprotocol == "ocpp2.0.1")
        await connection.close()
        await cpo.shutdown()
    }

    @Test func aMalformedFrameGetsACallErrorAndTheConnectionKeepsServing() async throws {
        let cpo = try Self.cpo()
        let connection = try await WebSocketClient.connect(
            url: "ws://127.0.0.1:\(try #require(cpo.port))/ocpp/CP1",
            subprotocols: ["ocpp1.6"]
        )
        var charger = RawCharger(connection)
        try await connection.send(.text(#"[2,"bad-1","BootNotification",{"chargePointVendor":42}]"#))
        var messages = connection.messages.makeAsyncIterator()
        let answer = await messages.next()
        guard case .text(let text) = answer, case .callError(let error) = try OCPPMessage.decode(text) else {
            Issue.record("expected a CALLERROR, got \(String(describing: answer))")
            return
        }
        #expect(error.messageId == "bad-1")
        #expect(error.code.rawValue == "TypeConstraintViolation")
        charger.messages = messages
        let boot = try await charger.call(
            "BootNotification",
            ["chargePointVendor": "Test", "chargePointModel": "Served"]
        )
        #expect(boot["status"]?.stringValue == "Accepted")
        await connection.close()
        await cpo.shutdown()
    }
}
