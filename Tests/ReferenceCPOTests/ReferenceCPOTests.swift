import Foundation
import JSON
import OCPI
import OCPP
import PartnerMock
import ReferenceCPO
import Testing
import Wire

/// The reference CPO driven directly: OCPP frames in, OCPI requests in, with a partner mock behind it.
@Suite struct ReferenceCPOTests {
    final class Bench {
        var now = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02T00:00:00Z
        var toCharger: [(String, String)] = []
        var scheduled: [(Duration, () -> Void)] = []
        let partner = PartnerMock(
            configuration: PartnerConfiguration(
                partyID: "RGE",
                tokens: [PartnerToken(uid: "CARD1", contractID: "DE-RGE-C1")]
            )
        )
        var cpo: ReferenceCPO!

        init(defects: Set<CPODefect> = [], allowed: Set<String> = ["START_SESSION", "STOP_SESSION"]) {
            var counter = 0
            let environment = CPOEnvironment(
                sendOCPP: { [unowned self] id, text in self.toCharger.append((id, text)) },
                sendOCPI: { [unowned self] request, url in
                    guard URLParts(url)?.authority == "emsp.embedded" else { return nil }
                    return self.partner.handle(request, now: self.now)
                },
                schedule: { [unowned self] delay, action in self.scheduled.append((delay, action)) },
                makeToken: {
                    counter += 1
                    return "token-c-\(counter)"
                }
            )
            cpo = ReferenceCPO(
                configuration: CPOConfiguration(
                    registrationToken: "token-a",
                    allowedCommands: allowed,
                    defects: defects
                ),
                chargers: [TestCharger.cp1],
                environment: environment
            )
        }

        func register() throws {
            let result = partner.register(
                cpoVersionsURL: "http://cpo.embedded/ocpi/versions",
                tokenA: "token-a",
                tokenB: "token-b"
            ) { request, url in
                URLParts(url)?.authority == "cpo.embedded" ? self.cpo.handle(request, now: self.now) : nil
            }
            guard case .success = result else { throw RegistrationError.noMutualVersion }
        }

        /// Sends a CALL from the charger and returns the CALLRESULT payload.
        @discardableResult
        func call(_ action: String, _ payload: JSONValue) -> JSONValue? {
            toCharger.removeAll()
            cpo.receiveOCPP(
                from: "CP1",
                text: OCPPMessage.call(.init(messageId: "m\(action)", action: action, payload: payload)).text,
                now: now
            )
            guard let answer = toCharger.first(where: { $0.1.contains("\"m\(action)\"") }),
                case .callResult(let result) = try? OCPPMessage.decode(answer.1)
            else { return nil }
            return result.payload
        }

        func request(_ method: HTTPMethod, _ path: String, token: String, body: JSONValue? = nil) -> HTTPResponse {
            cpo.handle(
                OCPIHTTP.request(method, url: "http://cpo.embedded" + path, token: token, body: body, requestID: "t"),
                now: now
            )
        }
    }

    @Test func versionsNeedAToken() {
        let bench = Bench()
        var request = OCPIHTTP.request(.get, url: "http://cpo.embedded/ocpi/versions", token: "x", requestID: "t")
        request.headers.remove("Authorization")
        #expect(bench.cpo.handle(request, now: bench.now).status == 401)
        #expect(bench.request(.get, "/ocpi/versions", token: "token-a").status == 200)
        #expect(bench.request(.get, "/ocpi/2.2.1/locations", token: "token-a").status == 401)
    }

    @Test func registrationExchangesTokensAndRefusesASecondPost() throws {
        let bench = Bench()
        try bench.register()
        let tokenC = try #require(bench.partner.cpo?.token)
        #expect(tokenC == "token-c-1")
        #expect(bench.request(.get, "/ocpi/2.2.1/locations", token: tokenC).status == 200)
        let again = bench.request(
            .post,
            "/ocpi/2.2.1/credentials",
            token: tokenC,
            body: bench.partner.credentials(token: "x")
        )
        #expect(again.status == 405)
        // The CPO pushed its tariffs as soon as the partner registered.
        #expect(bench.partner.store.tariffs.keys.contains("DE/RGC/AC-2026"))
    }

    @Test func aSessionBecomesAPricedCDR() throws {
        let bench = Bench()
        try bench.register()
        #expect(
            bench.call("BootNotification", ["chargePointVendor": "V", "chargePointModel": "M"])?["status"]?.stringValue
                == "Accepted"
        )
        #expect(bench.partner.store.locations["DE/RGC/LOC1"] != nil)
        let start = bench.call(
            "StartTransaction",
            ["connectorId": 1, "idTag": "CARD1", "meterStart": 1000, "timestamp": "2026-03-02T00:00:00Z"]
        )
        let transaction = try #require(start?["transactionId"]?.numberValue?.int)
        #expect(bench.partner.store.sessionUpdates.first?.method == "PUT")
        bench.now = bench.now.addingTimeInterval(1800)
        bench.call(
            "MeterValues",
            [
                "connectorId": 1, "transactionId": .number(JSONNumber(transaction)),
                "meterValue": [
                    [
                        "timestamp": "2026-03-02T00:30:00Z",
                        "sampledValue": [
                            ["value": "6.5", "unit": "kWh", "measurand": "Energy.Active.Import.Register"]
                        ],
                    ]
                ],
            ]
        )
        #expect(bench.partner.store.sessionUpdates.last?.body["kwh"]?.numberValue?.decimal == Decimal(string: "5.5"))
        bench.now = bench.now.addingTimeInterval(1800)
        bench.call(
            "StopTransaction",
            [
                "transactionId": .number(JSONNumber(transaction)), "meterStop": 12_000,
                "timestamp": "2026-03-02T01:00:00Z",
            ]
        )
        let cdr = try #require(bench.partner.store.cdrs.first?.cdr)
        // 11 kWh at 0.39 €/kWh = 4.29 € excl. VAT; 19 % VAT → 5.1051 → 5.11 € (totals rounded to cents).
        #expect(cdr["total_energy"]?.numberValue?.decimal == 11)
        #expect(cdr["total_cost"]?["excl_vat"]?.numberValue?.decimal == Decimal(string: "4.29"))
        #expect(cdr["total_cost"]?["incl_vat"]?.numberValue?.decimal == Decimal(string: "5.11"))
        #expect(cdr["cdr_location"]?["evse_uid"]?.stringValue == "CP1-E1")
    }

    @Test func startSessionGoesToTheChargerAndItsResultToTheResponseURL() throws {
        let bench = Bench()
        try bench.register()
        bench.call("BootNotification", ["chargePointVendor": "V", "chargePointModel": "M"])
        let tokenC = try #require(bench.partner.cpo?.token)
        bench.toCharger.removeAll()
        let body: JSONValue = [
            "response_url": "http://emsp.embedded/ocpi/2.2.1/commands/START_SESSION/c1",
            "token": [
                "uid": "CARD1", "type": "RFID", "contract_id": "DE-RGE-C1", "country_code": "DE", "party_id": "RGE",
            ],
            "location_id": "LOC1", "evse_uid": "CP1-E1",
        ]
        let response = bench.request(.post, "/ocpi/2.2.1/commands/START_SESSION", token: tokenC, body: body)
        #expect(OCPIHTTP.envelope(of: response)?["data"]?["result"]?.stringValue == "ACCEPTED")
        let sent = try #require(bench.toCharger.first)
        guard case .call(let call) = try? OCPPMessage.decode(sent.1) else {
            Issue.record("expected a CALL, got \(sent.1)")
            return
        }
        #expect(call.action == "RemoteStartTransaction")
        bench.cpo.receiveOCPP(
            from: "CP1",
            text: OCPPMessage.callResult(.init(messageId: call.messageId, payload: ["status": "Accepted"])).text,
            now: bench.now
        )
        #expect(bench.partner.store.commandResults["c1"]?.first?.result["result"]?.stringValue == "ACCEPTED")
    }

    @Test func commandsOutsideTheContractAreRefused() throws {
        let bench = Bench()
        try bench.register()
        let tokenC = try #require(bench.partner.cpo?.token)
        let body: JSONValue = [
            "response_url": "http://emsp.embedded/x", "location_id": "LOC1", "evse_uid": "CP1-E1", "connector_id": "1",
        ]
        let response = bench.request(.post, "/ocpi/2.2.1/commands/UNLOCK_CONNECTOR", token: tokenC, body: body)
        #expect(OCPIHTTP.envelope(of: response)?["data"]?["result"]?.stringValue == "REJECTED")
    }

    @Test func unknownOCPPActionIsNotImplemented() {
        let bench = Bench()
        bench.cpo.receiveOCPP(from: "CP1", text: #"[2,"x1","FlyToTheMoon",{}]"#, now: bench.now)
        #expect(bench.toCharger.first?.1.contains("NotImplemented") == true)
    }

    @Test func truncatedFrameIsAProtocolError() {
        // ocpp.md §1.4: too few elements is a ProtocolError in 1.6 and 2.0.1.
        let bench = Bench()
        bench.cpo.receiveOCPP(from: "CP1", text: #"[2,"x2","Heartbeat"]"#, now: bench.now)
        #expect(bench.toCharger.first?.1.contains("ProtocolError") == true)
    }

    @Test func payloadAgainstTheSchemaIsRefusedWithItsViolation() {
        // OCPP 1.6 schema: StatusNotification.status is an enumeration.
        let bench = Bench()
        bench.cpo.receiveOCPP(
            from: "CP1",
            text: #"[2,"x3","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Flying"}]"#,
            now: bench.now
        )
        #expect(bench.toCharger.first?.1.contains("PropertyConstraintViolation") == true)
    }

    @Test func everyDefectHasASymptomText() {
        #expect(CPODefect.allCases.count == 20)
        for defect in CPODefect.allCases { #expect(!defect.symptom.isEmpty) }
    }
}

extension ReferenceCPOTests {
    @Test func unknownTokenIsRefusedInRealTime() throws {
        let bench = Bench()
        try bench.register()
        bench.call("BootNotification", ["chargePointVendor": "V", "chargePointModel": "M"])
        let answer = bench.call(
            "StartTransaction",
            ["connectorId": 1, "idTag": "STRANGER", "meterStart": 0, "timestamp": "2026-03-02T00:00:00Z"]
        )
        #expect(answer?["idTagInfo"]?["status"]?.stringValue == "Invalid")
        #expect(bench.partner.store.sessionUpdates.isEmpty)
        #expect(bench.cpo.realTimeAuthorizations["STRANGER"] == 1)
    }
}
