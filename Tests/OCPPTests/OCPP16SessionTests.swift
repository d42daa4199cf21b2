import Foundation
import JSON
import OCPP
import TestSupport
import Testing

/// The captured 1.6J session of ocpp.md §2.4 (ids lengthened, elided timestamps filled in).
@Suite struct OCPP16SessionTests {
    private func frames() throws -> [OCPPMessage] {
        let text = try Fixtures.text("ocpp/session-1.6.jsonl")
        return try text.split(separator: "\n").map { line in try OCPPMessage.decode(String(line)) }
    }

    @Test func everyFrameDecodesAndReencodesToTheSameJSON() throws {
        let text = try Fixtures.text("ocpp/session-1.6.jsonl")
        for line in text.split(separator: "\n") {
            let message = try OCPPMessage.decode(String(line))
            #expect(try JSONParser.value(message.text) == JSONParser.value(String(line)))
        }
    }

    @Test func everyPayloadIsValidAndDecodesIntoItsTypedMessage() throws {
        var actions: [String: String] = [:]
        var checked = 0
        for message in try frames() {
            switch message {
            case .call(let call):
                actions[call.messageId] = call.action
                #expect(OCPP16.schema.validate(call).isEmpty, "\(call.action)")
                try roundTripRequest(call)
                checked += 1
            case .callResult(let result):
                let action = try #require(actions[result.messageId])
                let issues = OCPP16.schema.validate(action: action, role: .response, payload: result.payload)
                #expect(issues.isEmpty, "\(action) response: \(issues)")
                try roundTripResponse(action: action, payload: result.payload)
                checked += 1
            case .callError:
                Issue.record("the session has no CALLERROR")
            }
        }
        #expect(checked == 16)
    }

    @Test func typedFieldsCarryTheWireValues() throws {
        let all = try frames()
        guard case .call(let stop) = all[14] else { throw FixtureShapeError() }
        let request = try OCPPCoding.decode(OCPP16.StopTransactionRequest.self, from: stop.payload)
        #expect(request.meterStop == 1_750)
        #expect(request.reason == .local)
        #expect(request.transactionData?.count == 2)
        #expect(request.transactionData?.last?.sampledValue.first?.context == .transactionEnd)
        #expect(request.timestamp == OCPPTimestamp.parse("2026-11-23T05:06:56.887Z"))
        guard case .call(let meter) = all[12] else { throw FixtureShapeError() }
        let values = try OCPPCoding.decode(OCPP16.MeterValuesRequest.self, from: meter.payload)
        let power = try #require(values.meterValue.first?.sampledValue.last)
        #expect(power.measurand == .powerActiveImport)
        #expect(power.unit == .w)
        #expect(Decimal(string: power.value) == 7_400)
        guard case .callResult(let boot) = all[1] else { throw FixtureShapeError() }
        let response = try OCPPCoding.decode(OCPP16.BootNotificationResponse.self, from: boot.payload)
        #expect(response.status == .accepted && response.interval == 300)
    }

    private struct FixtureShapeError: Error {}

    private func roundTripRequest(_ call: OCPPMessage.Call) throws {
        switch call.action {
        case "BootNotification": try expectRoundTrip(OCPP16.BootNotificationRequest.self, call.payload)
        case "StatusNotification": try expectRoundTrip(OCPP16.StatusNotificationRequest.self, call.payload)
        case "Heartbeat": try expectRoundTrip(OCPP16.HeartbeatRequest.self, call.payload)
        case "Authorize": try expectRoundTrip(OCPP16.AuthorizeRequest.self, call.payload)
        case "StartTransaction": try expectRoundTrip(OCPP16.StartTransactionRequest.self, call.payload)
        case "MeterValues": try expectRoundTrip(OCPP16.MeterValuesRequest.self, call.payload)
        case "StopTransaction": try expectRoundTrip(OCPP16.StopTransactionRequest.self, call.payload)
        default: Issue.record("unexpected action \(call.action)")
        }
    }

    private func roundTripResponse(action: String, payload: JSONValue) throws {
        switch action {
        case "BootNotification": try expectRoundTrip(OCPP16.BootNotificationResponse.self, payload)
        case "StatusNotification": try expectRoundTrip(OCPP16.StatusNotificationResponse.self, payload)
        case "Heartbeat": try expectRoundTrip(OCPP16.HeartbeatResponse.self, payload)
        case "Authorize": try expectRoundTrip(OCPP16.AuthorizeResponse.self, payload)
        case "StartTransaction": try expectRoundTrip(OCPP16.StartTransactionResponse.self, payload)
        case "MeterValues": try expectRoundTrip(OCPP16.MeterValuesResponse.self, payload)
        case "StopTransaction": try expectRoundTrip(OCPP16.StopTransactionResponse.self, payload)
        default: Issue.record("unexpected action \(action)")
        }
    }
}

/// Decodes `payload` as `type`, encodes it again, and expects the same members and values.
func expectRoundTrip<Payload: OCPPPayload>(
    _ type: Payload.Type,
    _ payload: JSONValue,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let typed = try OCPPCoding.decode(type, from: payload)
    let encoded = try OCPPCoding.encode(typed)
    #expect(canonical(encoded) == canonical(payload), sourceLocation: sourceLocation)
    let again = try OCPPCoding.decode(type, from: encoded)
    #expect(try OCPPCoding.encode(again) == encoded, sourceLocation: sourceLocation)
}

/// Sorted-key compact text with numbers and timestamps normalised, so member order, `1750` vs `1750.0` and
/// `06:00:00+01:00` vs `05:00:00.000Z` do not matter.
func canonical(_ value: JSONValue) -> String {
    JSONWriter.canonicalCompact.string(normalised(value))
}

private func normalised(_ value: JSONValue) -> JSONValue {
    switch value {
    case .number(let number): .number(JSONNumber(number.decimal ?? 0))
    case .string(let text) where text.contains("T"):
        OCPPTimestamp.parse(text).map { .string(OCPPTimestamp.format($0)) } ?? value
    case .array(let items): .array(items.map(normalised))
    case .object(let object): .object(JSONObject(object.members.map { ($0.key, normalised($0.value)) }))
    default: value
    }
}
