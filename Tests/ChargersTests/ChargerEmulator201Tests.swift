import Chargers
import Foundation
import JSON
import OCPP
import Testing

/// The emulator speaking OCPP 2.0.1: every frame it sends must pass the official 2.0.1 schemas.
@Suite struct ChargerEmulator201Tests {
    /// All schema issues of the CALLs sent and the answers given, as readable lines.
    static func schemaIssues(_ bench: EmulatorBench) -> [String] {
        var issues = bench.sent.flatMap { call in
            OCPP201.schema.validate(call).map { "\(call.action) request: \($0)" }
        }
        for reply in bench.replies {
            if case .callResult(let result) = reply, let action = bench.commandActions[result.messageId] {
                issues += OCPP201.schema.validate(action: action, role: .response, payload: result.payload).map {
                    "\(action) response: \($0)"
                }
            }
        }
        return issues
    }

    static func booted(_ profile: String = "ac-22kw-201") throws -> EmulatorBench {
        var bench = EmulatorBench(profile: try EmulatorBench.profile(profile))
        bench.feed(.connected)
        return bench
    }

    @Test func bootReportsEveryConnectorWith201Words() throws {
        let bench = try Self.booted()
        #expect(bench.sent.first?.action == "BootNotification")
        #expect(bench.sent.first?.payload["chargingStation"]?["vendorName"]?.stringValue == "Stromkraft")
        let statuses = bench.sent.filter { $0.action == "StatusNotification" }
        // B01.FR.05: one per connector, no connector 0; EVSEs 1 and 2.
        #expect(statuses.map { $0.payload["evseId"]?.numberValue?.int } == [1, 2])
        #expect(statuses.allSatisfy { $0.payload["connectorStatus"]?.stringValue == "Available" })
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func localSessionAuthorizesThenSendsStartedUpdatedEnded() throws {
        var bench = try Self.booted()
        bench.feed(.plugIn(connector: 2, ev: EVModel(batteryKWh: 60, startSoC: 20, maxACKW: 22)), after: 10)
        #expect(bench.sent.last?.payload["connectorStatus"]?.stringValue == "Occupied")
        let start = bench.feed(.presentToken(connector: 2, idTag: "CARD1"), after: 10)
        #expect(start.map(\.action) == ["Authorize", "TransactionEvent"])
        let started = try #require(start.last?.payload)
        #expect(started["eventType"]?.stringValue == "Started")
        #expect(started["seqNo"]?.numberValue?.int == 0)
        #expect(started["triggerReason"]?.stringValue == "Authorized")
        #expect(started["evse"]?["id"]?.numberValue?.int == 2)
        #expect(started["idToken"]?["idToken"]?.stringValue == "CARD1")
        let transactionID = try #require(started["transactionInfo"]?["transactionId"]?.stringValue)
        #expect(bench.emulator.transactionID(ofConnector: 2) == transactionID)

        // 300 s at 22 kW = 1.8333 kWh → 1833 Wh.
        let tick = bench.feed(.timerFired(.meterValues(connector: 2)), after: 300)
        let updated = try #require(tick.first { $0.action == "TransactionEvent" }?.payload)
        #expect(updated["eventType"]?.stringValue == "Updated")
        #expect(updated["seqNo"]?.numberValue?.int == 1)
        #expect(updated["triggerReason"]?.stringValue == "MeterValuePeriodic")
        let energy = updated["meterValue"]?[0]?["sampledValue"]?[0]
        #expect(energy?["value"]?.numberValue?.int == 1833)
        #expect(energy?["unitOfMeasure"]?["unit"]?.stringValue == "Wh")

        let stop = bench.feed(.unplug(connector: 2), after: 60)
        let ended = try #require(stop.first { $0.action == "TransactionEvent" }?.payload)
        #expect(ended["eventType"]?.stringValue == "Ended")
        #expect(ended["seqNo"]?.numberValue?.int == 2)
        #expect(ended["transactionInfo"]?["stoppedReason"]?.stringValue == "EVDisconnected")
        #expect(ended["triggerReason"]?.stringValue == "EVDeparted")
        #expect(stop.last?.payload["connectorStatus"]?.stringValue == "Available")
        #expect(bench.emulator.sessions.first?.energyWh == 1833)
        #expect(bench.emulator.sessions.first?.transactionID == transactionID)
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func rejectedCardStartsNothing() throws {
        var bench = try EmulatorBench(profile: EmulatorBench.profile("ac-22kw-201")) { call in
            call.action == "Authorize" ? ["idTokenInfo": ["status": "Blocked"]] : EmulatorBench.accepting(call)
        }
        bench.feed(.connected)
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        let calls = bench.feed(.presentToken(connector: 1, idTag: "BLOCKED"))
        #expect(calls.map(\.action) == ["Authorize"])
        #expect(bench.emulator.statistics.authorizationsRejected == 1)
        #expect(bench.emulator.transactionID(ofConnector: 1) == nil)
    }

    @Test func remoteStartEchoesRemoteStartIdAndRemoteStopEnds() throws {
        var bench = try Self.booted()
        let accepted = bench.command(
            "RequestStartTransaction",
            ["idToken": ["idToken": "EMSP-TOKEN", "type": "eMAID"], "remoteStartId": 77, "evseId": 1]
        )
        #expect(accepted.resultPayload?["status"]?.stringValue == "Accepted")
        let start = bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)), after: 30)
        let started = try #require(start.first { $0.action == "TransactionEvent" }?.payload)
        #expect(started["triggerReason"]?.stringValue == "RemoteStart")
        #expect(started["transactionInfo"]?["remoteStartId"]?.numberValue?.int == 77)
        #expect(started["idToken"]?["type"]?.stringValue == "eMAID")
        let transactionID = try #require(bench.emulator.transactionID(ofConnector: 1))
        #expect(
            bench.command("RequestStopTransaction", ["transactionId": "nope"]).resultPayload?["status"] == "Rejected"
        )
        let stopped = bench.command("RequestStopTransaction", ["transactionId": .string(transactionID)])
        #expect(stopped.resultPayload?["status"]?.stringValue == "Accepted")
        let ended = try #require(bench.sent.last { $0.action == "TransactionEvent" }?.payload)
        #expect(ended["transactionInfo"]?["stoppedReason"]?.stringValue == "Remote")
        #expect(ended["triggerReason"]?.stringValue == "RemoteStop")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    /// A SetChargingProfile request with one TxProfile period of `limit` in `unit`.
    static func txProfile(evse: Int, unit: String, limit: Int) -> JSONValue {
        let period: JSONValue = ["startPeriod": 0, "limit": .number(JSONNumber(limit))]
        return [
            "evseId": .number(JSONNumber(evse)),
            "chargingProfile": [
                "id": .number(JSONNumber(evse)), "stackLevel": 0, "chargingProfilePurpose": "TxProfile",
                "chargingProfileKind": "Relative",
                "chargingSchedule": [["id": 1, "chargingRateUnit": .string(unit), "chargingSchedulePeriod": [period]]],
            ],
        ]
    }

    @Test func chargingProfileLimitsTheMeterModel() throws {
        var bench = try Self.booted()
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 80, startSoC: 10, maxACKW: 22)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        let limited = bench.command("SetChargingProfile", Self.txProfile(evse: 1, unit: "A", limit: 16))
        #expect(limited.resultPayload?["status"]?.stringValue == "Accepted")
        let tick = bench.feed(.timerFired(.meterValues(connector: 1)), after: 300)
        // 16 A × 230 V × 3 phases = 11.04 kW for 300 s = 920 Wh (22 kW unlimited would be 1833 Wh).
        let energy = tick.first { $0.action == "TransactionEvent" }?.payload["meterValue"]?[0]?["sampledValue"]?[0]
        #expect(energy?["value"]?.numberValue?.int == 920)
        #expect(bench.emulator.power(ofConnector: 1) == 11_040)
        // K01.FR.09: a TxProfile for an EVSE without a transaction is rejected.
        let refused = bench.command("SetChargingProfile", Self.txProfile(evse: 2, unit: "W", limit: 3000))
        #expect(refused.resultPayload?["status"]?.stringValue == "Rejected")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func answersEveryCSMSCommandWithSchemaValidResponses() throws {
        var bench = try Self.booted()
        #expect(
            bench.command("UnlockConnector", ["evseId": 9, "connectorId": 1]).resultPayload?["status"]
                == "UnknownConnector"
        )
        #expect(
            bench.command("UnlockConnector", ["evseId": 1, "connectorId": 1]).resultPayload?["status"] == "Unlocked"
        )
        let reserve: JSONValue = [
            "id": 5, "expiryDateTime": "2026-03-02T01:00:00Z", "idToken": ["idToken": "CARD9", "type": "ISO14443"],
            "evseId": 2,
        ]
        #expect(bench.command("ReserveNow", reserve).resultPayload?["status"] == "Accepted")
        #expect(bench.emulator.reportedStatus(ofConnector: 2) == "Reserved")
        #expect(bench.command("CancelReservation", ["reservationId": 5]).resultPayload?["status"] == "Accepted")
        #expect(bench.command("CancelReservation", ["reservationId": 5]).resultPayload?["status"] == "Rejected")
        let inoperative = bench.command("ChangeAvailability", ["operationalStatus": "Inoperative", "evse": ["id": 2]])
        #expect(inoperative.resultPayload?["status"] == "Accepted")
        #expect(bench.emulator.reportedStatus(ofConnector: 2) == "Unavailable")
        let sentBefore = bench.sent.count
        let triggered = bench.command(
            "TriggerMessage",
            ["requestedMessage": "StatusNotification", "evse": ["id": 1, "connectorId": 1]]
        )
        #expect(triggered.resultPayload?["status"] == "Accepted")
        #expect(bench.sent.dropFirst(sentBefore).map(\.action) == ["StatusNotification"])
        #expect(
            bench.command("TriggerMessage", ["requestedMessage": "LogStatusNotification"]).resultPayload?["status"]
                == "NotImplemented"
        )
        #expect(
            bench.command("TriggerMessage", ["requestedMessage": "MeterValues"]).resultPayload?["status"] == "Accepted"
        )

        // A reset on idle waits for the running transaction (B12), then the station restarts.
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        #expect(
            bench.command("UnlockConnector", ["evseId": 1, "connectorId": 1]).resultPayload?["status"]
                == "OngoingAuthorizedTransaction"
        )
        #expect(bench.command("Reset", ["type": "OnIdle"]).resultPayload?["status"] == "Scheduled")
        #expect(!bench.otherActions.contains { if case .reconnect = $0 { true } else { false } })
        bench.feed(.unplug(connector: 1), after: 60)
        #expect(bench.otherActions.contains { if case .reconnect = $0 { true } else { false } })

        // An action outside the schema table is NotImplemented; a malformed request a FormatViolation-class error.
        guard case .callError(let unknown)? = bench.command("GetVariables", ["getVariableData": []]) else {
            Issue.record("expected a CALLERROR")
            return
        }
        #expect(unknown.code == .notImplemented)
        guard case .callError(let malformed)? = bench.command("RequestStartTransaction", ["remoteStartId": 1]) else {
            Issue.record("expected a CALLERROR")
            return
        }
        #expect(malformed.code != .notImplemented)
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func dcFirmwareReportsKWhAndSoC() throws {
        var bench = try Self.booted("dc-150kw-201")
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 75, startSoC: 20, maxDCKW: 200)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        let tick = bench.feed(.timerFired(.meterValues(connector: 1)), after: 60)
        let samples = tick.first { $0.action == "TransactionEvent" }?.payload["meterValue"]?[0]?["sampledValue"]
        // 150 kW for 60 s = 2.5 kWh, written in kWh by this firmware.
        #expect(samples?[0]?["value"]?.numberValue?.decimal == Decimal(string: "2.5"))
        #expect(samples?[0]?["unitOfMeasure"]?["unit"]?.stringValue == "kWh")
        #expect(samples?[2]?["measurand"]?.stringValue == "SoC")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func offlineEventsAreQueuedFlaggedAndReplayedInOrder() throws {
        var bench = try Self.booted()
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        bench.feed(.disconnected, after: 10)
        #expect(bench.feed(.timerFired(.meterValues(connector: 1)), after: 290).isEmpty)
        #expect(bench.feed(.unplug(connector: 1), after: 60).isEmpty)
        let replay = bench.feed(.connected, after: 60).filter { $0.action == "TransactionEvent" }
        #expect(replay.map { $0.payload["seqNo"]?.numberValue?.int } == [1, 2])
        #expect(replay.allSatisfy { $0.payload["offline"]?.boolValue == true })
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func unansweredTransactionEventIsSentAgainAfterTheResponseTimeout() throws {
        var bench = try Self.booted()
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        bench.answer = { call in call.action == "TransactionEvent" ? nil : EmulatorBench.accepting(call) }
        let first = bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        let started = try #require(first.last)
        #expect(started.action == "TransactionEvent")
        #expect(bench.otherActions.contains(.startTimer(.callTimeout(started.messageId), after: .seconds(30))))
        bench.answer = EmulatorBench.accepting
        let retry = bench.feed(.timerFired(.callTimeout(started.messageId)), after: 30)
        #expect(retry.first?.payload == started.payload)
    }
}

extension Optional where Wrapped == OCPPMessage {
    var resultPayload: JSONValue? {
        if case .callResult(let result)? = self { return result.payload }
        return nil
    }
}
