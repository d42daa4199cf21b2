import Foundation
import JSON
import OCPI
import OCPP
import PartnerMock
import ReferenceCPO
import Testing
import Wire

/// The reference CPO's OCPP 2.0.1 central system: TransactionEvents become OCPI sessions and CDRs,
/// and OCPI commands reach a 2.0.1 charger in 2.0.1 words.
@Suite struct ReferenceCPO201Tests {
    typealias Bench = ReferenceCPOTests.Bench

    /// A registered CPO with CP1 connected over 2.0.1 and booted.
    static func booted() throws -> Bench {
        let bench = Bench()
        try bench.register()
        #expect(bench.cpo.chargerConnected("CP1", version: .v201))
        let boot = bench.call(
            "BootNotification",
            ["reason": "PowerUp", "chargingStation": ["model": "M", "vendorName": "V"]]
        )
        #expect(boot?["status"]?.stringValue == "Accepted")
        expectValid(boot, action: "BootNotification")
        return bench
    }

    static func expectValid(_ payload: JSONValue?, action: String) {
        guard let payload else {
            Issue.record("\(action): no CALLRESULT")
            return
        }
        let issues = OCPP201.schema.validate(action: action, role: .response, payload: payload)
        #expect(issues.isEmpty, "\(action): \(issues)")
    }

    static func event(
        _ type: String,
        seqNo: Int,
        trigger: String,
        energy: String,
        unit: String,
        time: String,
        extra: JSONObject = [:]
    ) -> JSONValue {
        var payload: JSONObject = [
            "eventType": .string(type), "timestamp": .string(time), "triggerReason": .string(trigger),
            "seqNo": .number(JSONNumber(seqNo)),
            "transactionInfo": ["transactionId": "CP1-T1", "chargingState": "Charging"],
            "meterValue": [
                [
                    "timestamp": .string(time),
                    "sampledValue": [
                        [
                            "value": .number(JSONNumber(text: energy)), "measurand": "Energy.Active.Import.Register",
                            "unitOfMeasure": ["unit": .string(unit)],
                        ]
                    ],
                ]
            ],
        ]
        for (key, value) in extra.members { payload[key] = value }
        return .object(payload)
    }

    @Test func transactionEventsBecomeAPricedCDR() throws {
        let bench = try Self.booted()
        #expect(bench.partner.store.locations["DE/RGC/LOC1"] != nil)
        let started = bench.call(
            "TransactionEvent",
            Self.event(
                "Started",
                seqNo: 0,
                trigger: "Authorized",
                energy: "1",
                unit: "kWh",
                time: "2026-03-02T00:00:00Z",
                extra: ["evse": ["id": 1, "connectorId": 1], "idToken": ["idToken": "CARD1", "type": "ISO14443"]]
            )
        )
        #expect(started?["idTokenInfo"]?["status"]?.stringValue == "Accepted")
        Self.expectValid(started, action: "TransactionEvent")
        #expect(bench.partner.store.sessionUpdates.first?.method == "PUT")
        bench.now = bench.now.addingTimeInterval(1800)
        let updated = bench.call(
            "TransactionEvent",
            Self.event(
                "Updated",
                seqNo: 1,
                trigger: "MeterValuePeriodic",
                energy: "6.5",
                unit: "kWh",
                time: "2026-03-02T00:30:00Z"
            )
        )
        Self.expectValid(updated, action: "TransactionEvent")
        #expect(bench.partner.store.sessionUpdates.last?.body["kwh"]?.numberValue?.decimal == Decimal(string: "5.5"))
        bench.now = bench.now.addingTimeInterval(1800)
        bench.call(
            "TransactionEvent",
            Self.event(
                "Ended",
                seqNo: 2,
                trigger: "EVDeparted",
                energy: "12000",
                unit: "Wh",
                time: "2026-03-02T01:00:00Z",
                extra: ["transactionInfo": ["transactionId": "CP1-T1", "stoppedReason": "EVDisconnected"]]
            )
        )
        #expect(bench.partner.store.cdrs.count == 1)
        let cdr = try #require(bench.partner.store.cdrs.first?.cdr)
        // The same session as the 1.6 test: 11 kWh at 0.39 €/kWh = 4.29 € excl. VAT, 5.11 € incl. 19 % VAT.
        #expect(cdr["total_energy"]?.numberValue?.decimal == 11)
        #expect(cdr["total_cost"]?["excl_vat"]?.numberValue?.decimal == Decimal(string: "4.29"))
        #expect(cdr["total_cost"]?["incl_vat"]?.numberValue?.decimal == Decimal(string: "5.11"))
        #expect(cdr["cdr_location"]?["evse_uid"]?.stringValue == "CP1-E1")
    }

    @Test func startAndStopSessionBecomeRequestStartAndRequestStop() throws {
        let bench = try Self.booted()
        let tokenC = try #require(bench.partner.cpo?.token)
        bench.toCharger.removeAll()
        let start: JSONValue = [
            "response_url": "http://emsp.embedded/ocpi/2.2.1/commands/START_SESSION/c1",
            "token": [
                "uid": "CARD1", "type": "RFID", "contract_id": "DE-RGE-C1", "country_code": "DE", "party_id": "RGE",
            ],
            "location_id": "LOC1", "evse_uid": "CP1-E1",
        ]
        let response = bench.request(.post, "/ocpi/2.2.1/commands/START_SESSION", token: tokenC, body: start)
        #expect(OCPIHTTP.envelope(of: response)?["data"]?["result"]?.stringValue == "ACCEPTED")
        guard case .call(let request)? = try? OCPPMessage.decode(try #require(bench.toCharger.first).1) else {
            Issue.record("expected a CALL")
            return
        }
        #expect(request.action == "RequestStartTransaction")
        #expect(OCPP201.schema.validate(request).isEmpty, "\(OCPP201.schema.validate(request))")
        #expect(request.payload["evseId"]?.numberValue?.int == 1)
        #expect(request.payload["idToken"]?["idToken"]?.stringValue == "CARD1")
        let remoteStartID = try #require(request.payload["remoteStartId"])
        bench.cpo.receiveOCPP(
            from: "CP1",
            text: OCPPMessage.callResult(.init(messageId: request.messageId, payload: ["status": "Accepted"])).text,
            now: bench.now
        )
        #expect(bench.partner.store.commandResults["c1"]?.first?.result["result"]?.stringValue == "ACCEPTED")

        let started = bench.call(
            "TransactionEvent",
            Self.event(
                "Started",
                seqNo: 0,
                trigger: "RemoteStart",
                energy: "0",
                unit: "Wh",
                time: "2026-03-02T00:00:00Z",
                extra: [
                    "evse": ["id": 1, "connectorId": 1], "idToken": ["idToken": "CARD1", "type": "Central"],
                    "transactionInfo": ["transactionId": "CP1-T1", "remoteStartId": remoteStartID],
                ]
            )
        )
        #expect(started?["idTokenInfo"]?["status"]?.stringValue == "Accepted")
        let session = try #require(bench.cpo.sessionObjects.first)
        #expect(session["auth_method"]?.stringValue == "COMMAND")
        bench.toCharger.removeAll()
        let stop: JSONValue = [
            "response_url": "http://emsp.embedded/ocpi/2.2.1/commands/STOP_SESSION/c2",
            "session_id": session["id"] ?? "",
        ]
        _ = bench.request(.post, "/ocpi/2.2.1/commands/STOP_SESSION", token: tokenC, body: stop)
        guard case .call(let stopRequest)? = try? OCPPMessage.decode(try #require(bench.toCharger.first).1) else {
            Issue.record("expected a CALL")
            return
        }
        #expect(stopRequest.action == "RequestStopTransaction")
        #expect(stopRequest.payload["transactionId"]?.stringValue == "CP1-T1")
        #expect(OCPP201.schema.validate(stopRequest).isEmpty)
    }

    @Test func unknownTokenIsRefusedInRealTime() throws {
        let bench = try Self.booted()
        let answer = bench.call("Authorize", ["idToken": ["idToken": "STRANGER", "type": "ISO14443"]])
        #expect(answer?["idTokenInfo"]?["status"]?.stringValue == "Invalid")
        Self.expectValid(answer, action: "Authorize")
        #expect(bench.cpo.realTimeAuthorizations["STRANGER"] == 1)
    }

    @Test func a16PayloadOnA201ConnectionIsRefusedByThe201Schema() throws {
        let bench = try Self.booted()
        bench.toCharger.removeAll()
        bench.cpo.receiveOCPP(
            from: "CP1",
            text:
                #"[2,"x","StartTransaction",{"connectorId":1,"idTag":"A","meterStart":0,"timestamp":"2026-03-02T00:00:00Z"}]"#,
            now: bench.now
        )
        guard case .callError(let error)? = try? OCPPMessage.decode(try #require(bench.toCharger.first).1) else {
            Issue.record("expected a CALLERROR")
            return
        }
        #expect(error.code == .notImplemented)
    }
}
