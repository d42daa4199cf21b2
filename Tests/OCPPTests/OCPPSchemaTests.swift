import JSON
import OCPP
import Testing

@Suite struct OCPPSchemaTests {
    private func number(_ literal: String) -> JSONValue {
        .number(JSONNumber(text: literal))
    }

    private func issues16(
        _ action: String,
        _ payload: JSONValue,
        role: OCPPSchema.PayloadRole = .request
    )
        -> [ValidationIssue]
    {
        OCPP16.schema.validate(action: action, role: role, payload: payload)
    }

    private let boot: JSONValue = ["chargePointVendor": "VendorX", "chargePointModel": "Model"]

    @Test func validPayloadHasNoIssues() {
        #expect(issues16("BootNotification", boot).isEmpty)
    }

    @Test func missingRequiredFieldIsAnOccurrenceViolation() {
        let issues = issues16("BootNotification", ["chargePointVendor": "VendorX"])
        #expect(issues == [ValidationIssue(path: .root / "chargePointModel", kind: .missingRequired)])
        #expect(issues[0].callErrorCode(in: .v16) == .occurenceConstraintViolation)
        #expect(issues[0].description == "$.chargePointModel: required field is missing")
    }

    @Test func wrongEnumValueIsAPropertyViolation() {
        let issues = issues16("Reset", ["type": "Medium"])
        #expect(issues == [ValidationIssue(path: .root / "type", kind: .notInEnumeration("Medium"))])
        #expect(issues[0].callErrorCode(in: .v16) == .propertyConstraintViolation)
    }

    @Test func tooLongStringIsAPropertyViolation() {
        let issues = issues16("Authorize", ["idTag": .string(String(repeating: "A", count: 21))])
        #expect(issues == [ValidationIssue(path: .root / "idTag", kind: .tooLong(length: 21, maxLength: 20))])
        #expect(issues[0].callErrorCode(in: .v16) == .propertyConstraintViolation)
        #expect(issues16("Authorize", ["idTag": .string(String(repeating: "é", count: 20))]).isEmpty)
    }

    @Test func wrongTypeIsATypeViolation() {
        let issues = issues16(
            "StartTransaction",
            [
                "connectorId": "1", "idTag": "T", "meterStart": number("10.5"),
                "timestamp": "2026-11-23T05:04:56Z",
            ]
        )
        #expect(issues.map(\.path.description) == ["$.connectorId", "$.meterStart"])
        #expect(issues.allSatisfy { $0.callErrorCode(in: .v16) == .typeConstraintViolation })
    }

    @Test func unexpectedPropertyIsAFormationViolationAtAnyDepth() {
        let issues = issues16("Authorize", ["idTagInfo": ["status": "Accepted", "colour": "green"]], role: .response)
        #expect(issues == [ValidationIssue(path: .root / "idTagInfo" / "colour", kind: .unexpectedProperty)])
        #expect(issues[0].callErrorCode(in: .v16) == .formationViolation)
        #expect(issues[0].callErrorCode(in: .v201) == .formatViolation)
    }

    @Test func unknownActionIsNotImplemented() throws {
        let call = OCPPMessage.Call(messageId: "q1", action: "MakeCoffee", payload: [:])
        let issues = OCPP16.schema.validate(call)
        #expect(issues == [ValidationIssue(path: .root, kind: .unknownAction("MakeCoffee"))])
        let error = try #require(OCPP16.schema.callError(for: issues, messageId: "q1"))
        #expect(error.code == .notImplemented)
        #expect(OCPPMessage.callError(error).text == #"[4,"q1","NotImplemented","unknown action 'MakeCoffee'",{}]"#)
        #expect(OCPP16.schema.callError(for: [], messageId: "q1") == nil)
        #expect(OCPP16.schema.callError(validating: call)?.code == .notImplemented)
        let heartbeat = OCPPMessage.Call(messageId: "q2", action: "Heartbeat", payload: [:])
        #expect(OCPP16.schema.callError(validating: heartbeat) == nil)
    }

    @Test func badDateTimesAndURIsAreReported() {
        let issues = issues16("UpdateFirmware", ["location": "not a uri", "retrieveDate": "tomorrow"])
        #expect(issues.map(\.kind) == [.notAURI("not a uri"), .notADateTime("tomorrow")])
    }

    @Test func arraysCheckTheirBoundsAndElements() {
        let empty = issues16("MeterValues", ["connectorId": 1, "meterValue": []])
        #expect(empty == [ValidationIssue(path: .root / "meterValue", kind: .tooFewItems(count: 0, minItems: 1))])
        let nested = issues16(
            "MeterValues",
            [
                "connectorId": 1,
                "meterValue": [["timestamp": "2026-11-23T05:04:56Z", "sampledValue": [["value": 12]]]],
            ]
        )
        #expect(nested.map(\.path.description) == ["$.meterValue[0].sampledValue[0].value"])
    }

    // ocpp.md §2.6: the 1.6 schema errata RoamGate replicates.
    @Test func errataBothCelsiusSpellingsAreAccepted() {
        for unit: JSONValue in ["Celcius", "Celsius"] {
            let payload: JSONValue = [
                "connectorId": 1,
                "meterValue": [
                    ["timestamp": "2026-11-23T05:04:56Z", "sampledValue": [["value": "21", "unit": unit]]]
                ],
            ]
            #expect(issues16("MeterValues", payload).isEmpty)
        }
    }

    @Test func errataHertzOnlyInMeterValues() {
        let sample: JSONValue = [
            "timestamp": "2026-11-23T05:04:56Z", "sampledValue": [["value": "50", "unit": "Hertz"]],
        ]
        #expect(issues16("MeterValues", ["connectorId": 1, "meterValue": [sample]]).isEmpty)
        let stop = issues16(
            "StopTransaction",
            [
                "meterStop": 10, "timestamp": "2026-11-23T05:04:56Z", "transactionId": 1, "transactionData": [sample],
            ]
        )
        #expect(stop.map(\.kind) == [.notInEnumeration("Hertz")])
    }

    @Test func errataStopReasonIsOptionalAndIntervalIsAnInteger() {
        #expect(
            issues16("StopTransaction", ["meterStop": 10, "timestamp": "2026-11-23T05:04:56Z", "transactionId": 1])
                .isEmpty
        )
        let fractional = issues16(
            "BootNotification",
            ["status": "Accepted", "currentTime": "2026-11-23T05:04:56Z", "interval": number("300.5")],
            role: .response
        )
        #expect(fractional.map(\.kind) == [.wrongType(expected: "integer", found: "number")])
        let retries = issues16(
            "UpdateFirmware",
            [
                "location": "ftp://x/y", "retrieveDate": "2026-11-23T05:04:56Z", "retries": number("2.5"),
            ]
        )
        #expect(retries.map(\.path.description) == ["$.retries"])
    }

    @Test func chargingLimitsAreMultiplesOfATenthCheckedExactly() {
        func profile(_ limit: String) -> JSONValue {
            [
                "connectorId": 1,
                "csChargingProfiles": [
                    "chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                    "chargingProfileKind": "Absolute",
                    "chargingSchedule": [
                        "chargingRateUnit": "A",
                        "chargingSchedulePeriod": [["startPeriod": 0, "limit": number(limit)]],
                    ],
                ],
            ]
        }
        #expect(issues16("SetChargingProfile", profile("21.4")).isEmpty)
        #expect(issues16("SetChargingProfile", profile("32")).isEmpty)
        #expect(
            issues16("SetChargingProfile", profile("21.45")).map(\.kind) == [
                .tooManyFractionDigits("21.45", maxFractionDigits: 1)
            ]
        )
    }

    @Test func version201AcceptsCustomDataAndIntegralNumbers() {
        let payload: JSONValue = [
            "timestamp": "2026-11-23T05:04:56Z", "connectorStatus": "Available", "evseId": number("1.0"),
            "connectorId": 1,
            "customData": ["vendorId": "com.example", "anything": [1, 2]],
        ]
        #expect(OCPP201.schema.validate(action: "StatusNotification", role: .request, payload: payload).isEmpty)
        let noVendor: JSONValue = [
            "timestamp": "2026-11-23T05:04:56Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1,
            "customData": ["anything": true],
        ]
        let issues = OCPP201.schema.validate(action: "StatusNotification", role: .request, payload: noVendor)
        #expect(issues == [ValidationIssue(path: .root / "customData" / "vendorId", kind: .missingRequired)])
        let strict = issues16(
            "StatusNotification",
            ["connectorId": number("1.0"), "errorCode": "NoError", "status": "Available"]
        )
        #expect(strict.map(\.kind) == [.wrongType(expected: "integer", found: "number")])
    }

    @Test func version201ChecksArrayBounds() {
        let idToken: JSONValue = ["idToken": "T", "type": "Central"]
        let hash: JSONValue = [
            "hashAlgorithm": "SHA256", "issuerNameHash": "a", "issuerKeyHash": "b", "serialNumber": "1",
            "responderURL": "http://ocsp.example.com",
        ]
        let empty = OCPP201.schema.validate(
            action: "Authorize",
            role: .request,
            payload: ["idToken": idToken, "iso15118CertificateHashData": []]
        )
        #expect(empty.map(\.kind) == [.tooFewItems(count: 0, minItems: 1)])
        let five = OCPP201.schema.validate(
            action: "Authorize",
            role: .request,
            payload: ["idToken": idToken, "iso15118CertificateHashData": .array(Array(repeating: hash, count: 5))]
        )
        #expect(five.map(\.kind) == [.tooManyItems(count: 5, maxItems: 4)])
    }
}
