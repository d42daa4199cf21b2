import Chargers
import Foundation
import JSON
import OCPP
import Simulation
import Testing

/// Long seeded random schedules of drivers, commands, timers, disconnections and faults: whatever
/// happens, every frame each profile sends (CALLs and the answers to the central system's CALLs)
/// passes the official schemas of its OCPP version.
@Suite struct ChargerEmulatorScheduleTests {
    static let profiles = ["ac-11kw", "ac-22kw-twin", "dc-50kw", "dc-150kw", "dc-350kw", "ac-22kw-201", "dc-150kw-201"]

    @Test("every frame passes the version's schemas", arguments: profiles, [UInt64(1), 2, 3])
    func randomScheduleSendsOnlyValidFrames(profileName: String, seed: UInt64) throws {
        let profile = try EmulatorBench.profile(profileName)
        let is201 = profile.ocppVersionName == "2.0.1"
        let schema = is201 ? OCPP201.schema : OCPP16.schema
        var bench = EmulatorBench(profile: profile)
        var random = SeededRandom(seed: seed)
        bench.feed(.connected)
        var online = true
        for step in 0..<400 {
            let connector = random.int(in: 1...profile.connectorCount)
            let evse = profile.connector(connector).map { $0.evse + 1 } ?? 1
            let transaction = bench.emulator.transactionID(ofConnector: connector)
            switch random.int(in: 0...15) {
            case 0: bench.feed(.plugIn(connector: connector, ev: EVModel(batteryKWh: 50, startSoC: 30)), after: 30)
            case 1: bench.feed(.presentToken(connector: connector, idTag: "CARD\(step % 3)"), after: 10)
            case 2: bench.feed(.unplug(connector: connector), after: 60)
            case 3, 4: bench.feed(.timerFired(.meterValues(connector: connector)), after: 60)
            case 5: bench.feed(.timerFired(.heartbeat), after: 30)
            case 6:
                bench.feed(online ? .disconnected : .connected, after: 120)
                online.toggle()
            case 7:
                let faults: [ChargerFault] = [
                    .meterJump(wattHours: 500), .duplicateMessages(step % 2 == 0), .clockSkew(seconds: 90), .reboot,
                ]
                bench.feed(.fault(faults[random.int(in: 0...3)]))
            case 8:
                _ =
                    is201
                    ? bench.command(
                        "RequestStartTransaction",
                        [
                            "idToken": ["idToken": "REMOTE", "type": "Central"],
                            "remoteStartId": .number(JSONNumber(step)), "evseId": .number(JSONNumber(evse)),
                        ]
                    )
                    : bench.command(
                        "RemoteStartTransaction",
                        ["idTag": "REMOTE", "connectorId": .number(JSONNumber(connector))]
                    )
            case 9:
                guard let transaction else { continue }
                _ =
                    is201
                    ? bench.command("RequestStopTransaction", ["transactionId": .string(transaction)])
                    : bench.command("RemoteStopTransaction", ["transactionId": .number(JSONNumber(text: transaction))])
            case 10:
                _ =
                    is201
                    ? bench.command("UnlockConnector", ["evseId": .number(JSONNumber(evse)), "connectorId": 1])
                    : bench.command("UnlockConnector", ["connectorId": .number(JSONNumber(connector))])
            case 11:
                _ =
                    is201
                    ? bench.command(
                        "ReserveNow",
                        [
                            "id": 7, "expiryDateTime": "2026-03-03T00:00:00Z",
                            "idToken": ["idToken": "CARD1", "type": "ISO14443"], "evseId": .number(JSONNumber(evse)),
                        ]
                    )
                    : bench.command(
                        "ReserveNow",
                        [
                            "connectorId": .number(JSONNumber(connector)), "expiryDate": "2026-03-03T00:00:00Z",
                            "idTag": "CARD1", "reservationId": 7,
                        ]
                    )
                _ = bench.command("CancelReservation", ["reservationId": 7])
            case 12:
                let operative = random.bool(probability: 0.6) ? "Operative" : "Inoperative"
                _ =
                    is201
                    ? bench.command(
                        "ChangeAvailability",
                        ["operationalStatus": .string(operative), "evse": ["id": .number(JSONNumber(evse))]]
                    )
                    : bench.command(
                        "ChangeAvailability",
                        ["connectorId": .number(JSONNumber(connector)), "type": .string(operative)]
                    )
            case 13:
                let kinds =
                    is201
                    ? ["BootNotification", "Heartbeat", "StatusNotification", "MeterValues", "TransactionEvent"]
                    : ["BootNotification", "Heartbeat", "StatusNotification", "MeterValues"]
                _ = bench.command(
                    "TriggerMessage",
                    ["requestedMessage": .string(kinds[random.int(in: 0...kinds.count - 1)])]
                )
            case 14:
                let limit = JSONNumber(random.int(in: 6...32))
                _ =
                    is201
                    ? bench.command(
                        "SetChargingProfile",
                        [
                            "evseId": .number(JSONNumber(evse)),
                            "chargingProfile": [
                                "id": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                                "chargingProfileKind": "Absolute",
                                "chargingSchedule": [
                                    [
                                        "id": 1, "chargingRateUnit": "A",
                                        "chargingSchedulePeriod": [["startPeriod": 0, "limit": .number(limit)]],
                                    ]
                                ],
                            ],
                        ]
                    )
                    : bench.command(
                        "SetChargingProfile",
                        [
                            "connectorId": .number(JSONNumber(connector)),
                            "csChargingProfiles": [
                                "chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                                "chargingProfileKind": "Absolute",
                                "chargingSchedule": [
                                    "chargingRateUnit": "A",
                                    "chargingSchedulePeriod": [["startPeriod": 0, "limit": .number(limit)]],
                                ],
                            ],
                        ]
                    )
            default:
                _ = bench.command("Reset", ["type": is201 ? (step % 2 == 0 ? "OnIdle" : "Immediate") : "Soft"])
            }
        }
        bench.feed(.connected, after: 60)
        var issues = bench.sent.flatMap { call in schema.validate(call).map { "\(call.action) \(call.payload): \($0)" }
        }
        for case .callResult(let result) in bench.replies {
            guard let action = bench.commandActions[result.messageId] else { continue }
            issues += schema.validate(action: action, role: .response, payload: result.payload).map {
                "\(action) answer \(result.payload): \($0)"
            }
        }
        #expect(issues.isEmpty, "\(issues.prefix(5))")
        #expect(bench.sent.count > 100)
        #expect(!bench.replies.contains { if case .callError = $0 { true } else { false } })
        // 2.0.1: every transaction's events are numbered 0, 1, 2, … in the order they were made.
        if is201 {
            var numbers: [String: [Int]] = [:]
            var seen = Set<String>()
            for call in bench.sent where call.action == "TransactionEvent" && seen.insert(call.messageId).inserted {
                guard let id = call.payload["transactionInfo"]?["transactionId"]?.stringValue,
                    let seqNo = call.payload["seqNo"]?.numberValue?.int
                else { continue }
                numbers[id, default: []].append(seqNo)
            }
            for (id, sequence) in numbers {
                #expect(Set(sequence) == Set(0..<(sequence.max() ?? 0) + 1), "\(id): \(sequence)")
            }
        }
    }
}
