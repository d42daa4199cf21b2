import Chargers
import Foundation
import JSON
import OCPP
import Testing

/// The emulator speaking OCPP 1.6 (the profile says which version): every frame it sends must pass
/// the official 1.6 schemas.
@Suite struct ChargerEmulatorTests {
    static func schemaIssues(_ bench: EmulatorBench) -> [String] {
        var issues = bench.sent.flatMap { call in OCPP16.schema.validate(call).map { "\(call.action): \($0)" } }
        for case .callResult(let result) in bench.replies {
            guard let action = bench.commandActions[result.messageId] else { continue }
            issues += OCPP16.schema.validate(action: action, role: .response, payload: result.payload).map {
                "\(action) response: \($0)"
            }
        }
        return issues
    }

    static func booted(_ profile: String) throws -> EmulatorBench {
        var bench = EmulatorBench(profile: try EmulatorBench.profile(profile))
        bench.feed(.connected)
        return bench
    }

    @Test(
        "every shipped profile loads",
        arguments: ["ac-11kw", "ac-22kw-twin", "dc-50kw", "dc-150kw", "dc-350kw", "ac-22kw-201", "dc-150kw-201"]
    )
    func profileLoads(name: String) throws {
        let profile = try EmulatorBench.profile(name)
        #expect(profile.name == name)
        #expect(profile.connectorCount >= 1)
        #expect(profile.ocppVersionName == (name.hasSuffix("-201") ? "2.0.1" : "1.6"))
    }

    @Test func brokenProfileNamesFileLineAndPath() {
        let text =
            #"{"name": "x", "ocpp_version": "1.7", "vendor": "v", "model": "m", "firmware": "f", "evses": [], "behaviour": {}}"#
        #expect {
            try ChargerProfile.load(Array(text.utf8), fileName: "x.json")
        } throws: { error in
            (error as? ChargerProfileError)?.message.hasPrefix("x.json:1:") == true
                && (error as? ChargerProfileError)?.message.contains("$.ocpp_version: expected \"1.6\" or \"2.0.1\"")
                    == true
        }
    }

    @Test func bootsSendsStatusAndRunsATransaction() throws {
        var bench = try Self.booted("ac-11kw")
        #expect(bench.sent.first?.action == "BootNotification")
        #expect(bench.sent.filter { $0.action == "StatusNotification" }.count == 2)  // connector 0 and 1
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        let start = bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        #expect(start.contains { $0.action == "StartTransaction" && $0.payload["idTag"]?.stringValue == "CARD1" })
        #expect(bench.emulator.transactionID(ofConnector: 1) == "42")
        // One meter interval (300 s) at 11 kW: 11 × 300 / 3600 = 0.9167 kWh → 917 Wh.
        let tick = bench.feed(.timerFired(.meterValues(connector: 1)), after: 300)
        let sample = tick.first { $0.action == "MeterValues" }?.payload["meterValue"]?[0]?["sampledValue"]?[0]
        #expect(sample?["value"]?.stringValue == "917")
        #expect(sample?["unit"]?.stringValue == "Wh")
        let stop = bench.feed(.unplug(connector: 1), after: 300)
        let payload = try #require(stop.first { $0.action == "StopTransaction" }?.payload)
        #expect(payload["transactionId"]?.numberValue?.int == 42)
        #expect(payload["meterStop"]?.numberValue?.int == 917)
        #expect(payload["reason"]?.stringValue == "EVDisconnected")
        #expect(bench.emulator.sessions.first?.energyWh == 917)
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func sendsOneCallAtATime() throws {
        var emulator = ChargerEmulator(id: "CP1", profile: try EmulatorBench.profile("ac-22kw-twin"))
        func calls(_ actions: [ChargerAction]) -> [OCPPMessage.Call] {
            actions.compactMap {
                guard case .send(let text) = $0, case .call(let call) = try? OCPPMessage.decode(text) else {
                    return nil
                }
                return call
            }
        }
        let now = Date(timeIntervalSince1970: 1_772_409_600)
        let first = calls(emulator.handle(.connected, now: now))
        #expect(first.count == 1)
        let accepted = EmulatorBench.accepting(first[0]) ?? [:]
        let answer = OCPPMessage.callResult(.init(messageId: first[0].messageId, payload: accepted)).text
        let second = calls(emulator.handle(.received(answer), now: now))
        #expect(second.count == 1)  // three status notifications queued, one sent
    }

    @Test func kWhFirmwareReportsKWh() throws {
        var bench = try Self.booted("ac-22kw-twin")
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20, maxACKW: 22)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        let tick = bench.feed(.timerFired(.meterValues(connector: 1)), after: 600)
        let sample = tick.first { $0.action == "MeterValues" }?.payload["meterValue"]?[0]?["sampledValue"]?[0]
        // 22 kW for 600 s = 3.6667 kWh → 3667 Wh, written as kWh by this firmware.
        #expect(sample?["value"]?.stringValue == "3.667")
        #expect(sample?["unit"]?.stringValue == "kWh")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func offlineStopIsQueuedAndReplayedAfterBoot() throws {
        var bench = try Self.booted("ac-11kw")
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        bench.feed(.disconnected)
        #expect(bench.feed(.unplug(connector: 1), after: 60).isEmpty)
        let after = bench.feed(.connected, after: 60)
        #expect(after.first?.action == "BootNotification")
        #expect(after.contains { $0.action == "StopTransaction" })
    }

    @Test func unknownActionIsNotImplementedAndRejectFaultRejectsRemoteStart() throws {
        var bench = try Self.booted("dc-50kw")
        guard case .callError(let unknown)? = bench.command("Teleport", [:]) else {
            Issue.record("expected a CALLERROR")
            return
        }
        #expect(unknown.code == .notImplemented)
        bench.feed(.fault(.rejectRemoteStart(true)))
        let rejected = bench.command("RemoteStartTransaction", ["connectorId": 1, "idTag": "CARD1"])
        #expect(rejected.resultPayload?["status"] == "Rejected")
        bench.feed(.fault(.rejectRemoteStart(false)))
        #expect(bench.command("RemoteStartTransaction", ["idTag": "CARD1"]).resultPayload?["status"] == "Accepted")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func commandsShareTheirBehaviourWith201() throws {
        var bench = try Self.booted("ac-22kw-twin")
        let reserve: JSONValue = [
            "connectorId": 2, "expiryDate": "2026-03-02T01:00:00Z", "idTag": "CARD9", "reservationId": 3,
        ]
        #expect(bench.command("ReserveNow", reserve).resultPayload?["status"] == "Accepted")
        #expect(bench.emulator.status(ofConnector: 2) == "Reserved")
        #expect(bench.command("CancelReservation", ["reservationId": 3]).resultPayload?["status"] == "Accepted")
        bench.feed(.plugIn(connector: 1, ev: EVModel(batteryKWh: 80, startSoC: 10, maxACKW: 22)))
        bench.feed(.presentToken(connector: 1, idTag: "CARD1"))
        // §5.16: 16 A on three phases limits the meter model to 11.04 kW.
        let profile: JSONValue = [
            "connectorId": 1,
            "csChargingProfiles": [
                "chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxProfile",
                "chargingProfileKind": "Relative",
                "chargingSchedule": [
                    "chargingRateUnit": "A", "chargingSchedulePeriod": [["startPeriod": 0, "limit": 16]],
                ],
            ],
        ]
        #expect(bench.command("SetChargingProfile", profile).resultPayload?["status"] == "Accepted")
        bench.feed(.timerFired(.meterValues(connector: 1)), after: 600)
        #expect(bench.emulator.energyRegister(ofConnector: 1) == 1840)  // 11.04 kW × 600 s
        #expect(
            bench.command("ChangeAvailability", ["connectorId": 0, "type": "Inoperative"]).resultPayload?["status"]
                == "Scheduled"
        )
        #expect(bench.emulator.status(ofConnector: 2) == "Unavailable")
        #expect(bench.command("UnlockConnector", ["connectorId": 1]).resultPayload?["status"] == "Unlocked")
        #expect(bench.sent.last { $0.action == "StopTransaction" }?.payload["reason"] == "UnlockCommand")
        // The scheduled change applies once the transaction is over.
        #expect(bench.emulator.status(ofConnector: 1) == "Unavailable")
        #expect(Self.schemaIssues(bench).isEmpty)
    }

    @Test func dcSessionFollowsTheChargingCurve() throws {
        let profile = try EmulatorBench.profile("dc-150kw")
        #expect(profile.curveLimit(atSoC: 20) == 150)
        #expect(profile.curveLimit(atSoC: 65) == 110)  // halfway between 150 kW at 50 % and 70 kW at 80 %
        #expect(profile.curveLimit(atSoC: 100) == 10)
    }
}
