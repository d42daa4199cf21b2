import Foundation
import JSON
import OCPP
import TestSupport
import Testing

/// One example request and response per modelled action (Tests/Fixtures/ocpp/messages-*.json): each is valid
/// against its version's schema table and survives decode → typed value → encode.
@Suite struct OCPPMessageCatalogTests {
    private func catalog(_ name: String) throws -> JSONObject {
        try #require(try JSONParser.value(Fixtures.text("ocpp/\(name)")).objectValue)
    }

    @Test(arguments: [
        ("messages-1.6.json", OCPPVersion.v16),
        ("messages-2.0.1.json", OCPPVersion.v201),
    ])
    func everyActionHasAValidExampleThatRoundTrips(file: String, version: OCPPVersion) throws {
        let examples = try catalog(file)
        let schema = version == .v16 ? OCPP16.schema : OCPP201.schema
        let types = version == .v16 ? OCPP16.requestTypes : OCPP201.requestTypes
        #expect(Set(examples.keys) == Set(schema.actions.map(\.action)))
        #expect(Set(types.keys) == Set(schema.actions.map(\.action)))
        for (action, example) in examples.members {
            let request = try #require(example["request"])
            let response = try #require(example["response"])
            #expect(schema.validate(action: action, role: .request, payload: request).isEmpty, "\(action) request")
            #expect(schema.validate(action: action, role: .response, payload: response).isEmpty, "\(action) response")
            let type = try #require(types[action])
            try roundTrip(type, request: request, response: response)
        }
    }

    @Test func requestTypesKnowTheirActionNames() {
        for (action, type) in OCPP16.requestTypes { #expect(type.action == action) }
        for (action, type) in OCPP201.requestTypes { #expect(type.action == action) }
    }

    @Test func callFramesCarryTheActionAndEncodedPayload() throws {
        let request = OCPP16.RemoteStopTransactionRequest(transactionId: 1)
        let call = try OCPPCoding.call(request, messageId: "m-1")
        #expect(OCPPMessage.call(call).text == #"[2,"m-1","RemoteStopTransaction",{"transactionId":1}]"#)
        let response = OCPP16.RemoteStopTransactionResponse(status: .accepted)
        let result = try OCPPCoding.callResult(response, messageId: "m-1")
        #expect(OCPPMessage.callResult(result).text == #"[3,"m-1",{"status":"Accepted"}]"#)
    }

    @Test func decimalsStayExactAndTimestampsAreWrittenInUTC() throws {
        let value = OCPP201.SampledValue(value: Decimal(string: "1234567.891")!)
        #expect(try OCPPCoding.encode(value) == ["value": .number(JSONNumber(text: "1234567.891"))])
        let offset = try #require(OCPPTimestamp.parse("2026-11-23T06:00:00+01:00"))
        #expect(OCPPTimestamp.format(offset) == "2026-11-23T05:00:00.000Z")
        #expect(OCPPTimestamp.parse("2026-11-23T05:00:00Z") == offset)
        #expect(OCPPTimestamp.parse("23/11/2026") == nil)
        let micro = OCPPTimestamp.parse("2026-11-23T05:00:00.123456Z")
        #expect(micro.map(OCPPTimestamp.format) == "2026-11-23T05:00:00.123Z")
        let half = OCPPTimestamp.parse("2026-11-23T05:00:00.5+00:00")
        #expect(half.map(OCPPTimestamp.format) == "2026-11-23T05:00:00.500Z")
        #expect(OCPPTimestamp.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }

    @Test func openEnumerationsKeepUnknownValues() throws {
        let payload: JSONValue = ["status": "Maybe", "currentTime": "2026-11-23T05:04:56Z", "interval": 60]
        let response = try OCPPCoding.decode(OCPP16.BootNotificationResponse.self, from: payload)
        #expect(response.status.rawValue == "Maybe")
        #expect(!response.status.isSpecified)
        #expect(OCPP16.RegistrationStatus.accepted.isSpecified)
        #expect(try OCPPCoding.encode(response)["status"] == "Maybe")
    }

    @Test func decodingErrorsNameTheField() {
        let payload: JSONValue = ["connectorId": 1, "idTag": "T", "timestamp": "2026-11-23T05:04:56Z"]
        #expect {
            _ = try OCPPCoding.decode(OCPP16.StartTransactionRequest.self, from: payload)
        } throws: { error in
            (error as? OCPPCodingError)?.path == "$.meterStart"
        }
    }

    @Test func sampledValueDefaultsFollowTheSpec() {
        let bare = OCPP16.SampledValue(value: "1250")
        #expect(bare.effectiveMeasurand == .energyActiveImportRegister)
        #expect(bare.effectiveUnit == .wh)
        #expect(bare.decimalValue == 1_250)
        let voltage = OCPP16.SampledValue(value: "230.1", measurand: .voltage)
        #expect(voltage.effectiveUnit == nil)
    }

    private func roundTrip<Request: OCPPRequest>(
        _ type: Request.Type,
        request: JSONValue,
        response: JSONValue
    ) throws {
        try expectRoundTrip(type, request)
        try expectRoundTrip(Request.Response.self, response)
    }
}

@Suite struct OCPP201TransactionEventTests {
    @Test func meterValuesDecodeAsExactDecimals() throws {
        let catalog = try #require(try JSONParser.value(Fixtures.text("ocpp/messages-2.0.1.json")).objectValue)
        let payload = try #require(catalog["TransactionEvent"]?["request"])
        let event = try OCPPCoding.decode(OCPP201.TransactionEventRequest.self, from: payload)
        #expect(event.eventType == .updated)
        #expect(event.triggerReason == .meterValuePeriodic)
        #expect(event.transactionInfo.transactionId == "f3c9b1a0-0001")
        #expect(event.transactionInfo.chargingState == .charging)
        let energy = try #require(event.meterValue?.first?.sampledValue.first)
        #expect(energy.value == Decimal(string: "1250.5"))
        #expect(energy.unitOfMeasure?.unit == "kWh")
        #expect(energy.signedMeterValue?.encodingMethod == "OCMF")
        #expect(event.meterValue?.first?.sampledValue.last?.phase == .l1N)
    }
}
