import Chargers
import Foundation
import JSON
import OCPP
import Testing

@Suite struct ChargerEmulatorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let now = Date(timeIntervalSince1970: 1_772_409_600)

    static func profile(_ name: String) throws -> ChargerProfile {
        let url = root.appendingPathComponent("Scenarios/chargers/\(name).json")
        return try ChargerProfile.load([UInt8](try Data(contentsOf: url)), fileName: url.path)
    }

    /// The CALLs among `actions`, as (id, action, payload).
    func calls(_ actions: [ChargerAction]) -> [(String, String, JSONValue)] {
        actions.compactMap {
            guard case .send(let text) = $0, case .call(let call) = try? OCPPMessage.decode(text) else { return nil }
            return (call.messageId, call.action, call.payload)
        }
    }

    /// Answers every CALL the emulator sends with `answer(action)` until it is quiet; returns all CALLs.
    func drain(
        _ emulator: inout ChargerEmulator,
        _ actions: [ChargerAction],
        answer: (String) -> JSONValue
    ) -> [(String, String, JSONValue)] {
        var pending = calls(actions)
        var all: [(String, String, JSONValue)] = []
        while let call = pending.first {
            pending.removeFirst()
            all.append(call)
            pending += calls(
                emulator.handle(
                    .received(OCPPMessage.callResult(.init(messageId: call.0, payload: answer(call.1))).text),
                    now: now
                )
            )
        }
        return all
    }

    func centralSystem(_ action: String) -> JSONValue {
        switch action {
        case "BootNotification": ["status": "Accepted", "currentTime": "2026-03-02T00:00:00Z", "interval": 300]
        case "StartTransaction": ["transactionId": 42, "idTagInfo": ["status": "Accepted"]]
        case "Authorize", "StopTransaction": ["idTagInfo": ["status": "Accepted"]]
        default: [:]
        }
    }

    @Test(
        "every shipped profile loads",
        arguments: ["ac-11kw", "ac-22kw-twin", "dc-50kw", "dc-150kw", "dc-350kw", "ac-22kw-201", "dc-150kw-201"]
    )
    func profileLoads(name: String) throws {
        let profile = try Self.profile(name)
        #expect(profile.name == name)
        #expect(profile.connectorCount >= 1)
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
        var emulator = ChargerEmulator(id: "CP1", profile: try Self.profile("ac-11kw"))
        let boot = drain(&emulator, emulator.handle(.connected, now: now), answer: centralSystem)
        #expect(boot.first?.1 == "BootNotification")
        #expect(boot.filter { $0.1 == "StatusNotification" }.count == 2)  // connector 0 and 1
        _ = drain(
            &emulator,
            emulator.handle(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)), now: now),
            answer: centralSystem
        )
        let start = drain(
            &emulator,
            emulator.handle(.presentToken(connector: 1, idTag: "CARD1"), now: now),
            answer: centralSystem
        )
        #expect(start.contains { $0.1 == "StartTransaction" && $0.2["idTag"]?.stringValue == "CARD1" })
        #expect(emulator.transactionID(ofConnector: 1) == "42")
        // One meter interval (300 s) at 11 kW: 11 × 300 / 3600 = 0.9167 kWh → 917 Wh.
        let tick = drain(
            &emulator,
            emulator.handle(.timerFired(.meterValues(connector: 1)), now: now.addingTimeInterval(300)),
            answer: centralSystem
        )
        let sample = tick.first { $0.1 == "MeterValues" }?.2["meterValue"]?[0]?["sampledValue"]?[0]
        #expect(sample?["value"]?.stringValue == "917")
        #expect(sample?["unit"]?.stringValue == "Wh")
        let stop = drain(
            &emulator,
            emulator.handle(.unplug(connector: 1), now: now.addingTimeInterval(600)),
            answer: centralSystem
        )
        let payload = try #require(stop.first { $0.1 == "StopTransaction" }?.2)
        #expect(payload["transactionId"]?.numberValue?.int == 42)
        #expect(payload["meterStop"]?.numberValue?.int == 917)
        #expect(emulator.sessions.first?.energyWh == 917)
    }

    @Test func sendsOneCallAtATime() throws {
        var emulator = ChargerEmulator(id: "CP1", profile: try Self.profile("ac-22kw-twin"))
        let first = calls(emulator.handle(.connected, now: now))
        #expect(first.count == 1)
        let second = calls(
            emulator.handle(
                .received(
                    OCPPMessage.callResult(.init(messageId: first[0].0, payload: centralSystem("BootNotification")))
                        .text
                ),
                now: now
            )
        )
        #expect(second.count == 1)  // three status notifications queued, one sent
    }

    @Test func kWhFirmwareReportsKWh() throws {
        var emulator = ChargerEmulator(id: "CP2", profile: try Self.profile("ac-22kw-twin"))
        _ = drain(&emulator, emulator.handle(.connected, now: now), answer: centralSystem)
        _ = drain(
            &emulator,
            emulator.handle(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20, maxACKW: 22)), now: now),
            answer: centralSystem
        )
        _ = drain(
            &emulator,
            emulator.handle(.presentToken(connector: 1, idTag: "CARD1"), now: now),
            answer: centralSystem
        )
        let tick = drain(
            &emulator,
            emulator.handle(.timerFired(.meterValues(connector: 1)), now: now.addingTimeInterval(600)),
            answer: centralSystem
        )
        let sample = tick.first { $0.1 == "MeterValues" }?.2["meterValue"]?[0]?["sampledValue"]?[0]
        // 22 kW for 600 s = 3.6667 kWh → 3667 Wh, written as kWh by this firmware.
        #expect(sample?["value"]?.stringValue == "3.667")
        #expect(sample?["unit"]?.stringValue == "kWh")
    }

    @Test func offlineStopIsQueuedAndReplayedAfterBoot() throws {
        var emulator = ChargerEmulator(id: "CP1", profile: try Self.profile("ac-11kw"))
        _ = drain(&emulator, emulator.handle(.connected, now: now), answer: centralSystem)
        _ = drain(
            &emulator,
            emulator.handle(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)), now: now),
            answer: centralSystem
        )
        _ = drain(
            &emulator,
            emulator.handle(.presentToken(connector: 1, idTag: "CARD1"), now: now),
            answer: centralSystem
        )
        _ = emulator.handle(.disconnected, now: now)
        #expect(calls(emulator.handle(.unplug(connector: 1), now: now.addingTimeInterval(60))).isEmpty)
        let after = drain(
            &emulator,
            emulator.handle(.connected, now: now.addingTimeInterval(120)),
            answer: centralSystem
        )
        #expect(after.first?.1 == "BootNotification")
        #expect(after.contains { $0.1 == "StopTransaction" })
    }

    @Test func unknownActionIsNotImplementedAndRejectFaultRejectsRemoteStart() throws {
        var emulator = ChargerEmulator(id: "CP1", profile: try Self.profile("dc-50kw"))
        _ = drain(&emulator, emulator.handle(.connected, now: now), answer: centralSystem)
        let unknown = emulator.handle(.received(#"[2,"z1","Teleport",{}]"#), now: now)
        #expect(unknown.contains { if case .send(let text) = $0 { text.contains("NotImplemented") } else { false } })
        _ = emulator.handle(.fault(.rejectRemoteStart(true)), now: now)
        let rejected = emulator.handle(
            .received(#"[2,"z2","RemoteStartTransaction",{"connectorId":1,"idTag":"CARD1"}]"#),
            now: now
        )
        #expect(rejected.contains { if case .send(let text) = $0 { text.contains("Rejected") } else { false } })
    }

    @Test func dcSessionFollowsTheChargingCurve() throws {
        let profile = try Self.profile("dc-150kw")
        #expect(profile.curveLimit(atSoC: 20) == 150)
        #expect(profile.curveLimit(atSoC: 65) == 110)  // halfway between 150 kW at 50 % and 70 kW at 80 %
        #expect(profile.curveLimit(atSoC: 100) == 10)
    }
}
