import Foundation
import JSON
import OCPP

/// The OCPP 2.0.1 words of the emulator: EVSE/connector addressing, TransactionEvent, and how it
/// answers the CSMS's requests. Connectors are numbered 1…n across EVSEs inside the emulator and
/// addressed as (evseId, connectorId) on the wire (OCPP 2.0.1 Part 1 §4: EVSE ids from 1,
/// connector ids from 1 within their EVSE).
extension ChargerEmulator {
    /// The 2.0.1 (evseId, connectorId) of emulator connector `connector`.
    func address201(_ connector: Int) -> (evseID: Int, connectorID: Int) {
        guard let evse = profile.connector(connector)?.evse else { return (1, connector) }
        return (evse + 1, connector - profile.firstConnector(ofEVSE: evse) + 1)
    }

    /// The emulator connector at a 2.0.1 address, or nil when the station has no such connector.
    func connector201(evseID: Int, connectorID: Int = 1) -> Int? {
        guard profile.evses.indices.contains(evseID - 1),
            profile.evses[evseID - 1].connectors.indices.contains(connectorID - 1)
        else { return nil }
        return profile.firstConnector(ofEVSE: evseID - 1) + connectorID - 1
    }

    /// The connectors of EVSE `evseID` (0: the whole station).
    func connectors201(evseID: Int) -> [Int] {
        guard evseID != 0 else { return Array(1...connectors.count) }
        guard profile.evses.indices.contains(evseID - 1) else { return [] }
        let first = profile.firstConnector(ofEVSE: evseID - 1)
        return Array(first..<first + profile.evses[evseID - 1].connectors.count)
    }

    /// OCPP 2.0.1 ConnectorStatusEnumType from the emulator's finer connector status.
    static func connectorStatus201(_ status: String) -> String {
        switch status {
        case "Available", "Reserved", "Unavailable", "Faulted": status
        default: "Occupied"
        }
    }

    /// OCPP 2.0.1 ChargingStateEnumType of a connector.
    func chargingState201(_ connector: Int) -> String {
        switch connectors[connector - 1].status {
        case "Charging": "Charging"
        case "SuspendedEV": "SuspendedEV"
        case "SuspendedEVSE": "SuspendedEVSE"
        case "Preparing", "Finishing": "EVConnected"
        default: "Idle"
        }
    }

    var bootPayload201: JSONValue {
        [
            "reason": "PowerUp",
            "chargingStation": [
                "model": .string(String(profile.model.prefix(20))),
                "vendorName": .string(String(profile.vendor.prefix(50))),
                "serialNumber": .string(serialNumber),
                "firmwareVersion": .string(String(profile.firmware.prefix(50))),
            ],
        ]
    }

    func statusPayload201(connector: Int, status: String, now: Date) -> JSONValue {
        let address = address201(connector)
        return [
            "timestamp": .string(timestamp(now)),
            "connectorStatus": .string(Self.connectorStatus201(status)),
            "evseId": .number(JSONNumber(address.evseID)),
            "connectorId": .number(JSONNumber(address.connectorID)),
        ]
    }

    func authorizePayload201(_ idTag: String) -> JSONValue {
        ["idToken": ["idToken": .string(idTag), "type": "ISO14443"]]
    }

    // MARK: - TransactionEvent (OCPP 2.0.1 E01-E07)

    /// The first event of a transaction: who started it, on which EVSE, the register at the start.
    mutating func transactionStarted201(
        connector: Int,
        trigger: StartTrigger,
        reservationID: Int?,
        now: Date
    ) -> JSONValue {
        let state = connectors[connector - 1]
        let address = address201(connector)
        var info: JSONObject = [
            "transactionId": .string(state.transactionID ?? ""),
            "chargingState": .string(chargingState201(connector)),
        ]
        if let remoteStartID = state.remoteStartID { info["remoteStartId"] = .number(JSONNumber(remoteStartID)) }
        let triggerReason: OCPP201.TriggerReason =
            switch trigger {
            case .authorized: .authorized
            case .cablePluggedIn: .cablePluggedIn
            case .remoteStart: .remoteStart
            }
        var payload = transactionEvent201(
            "Started",
            connector: connector,
            trigger: triggerReason,
            info: info,
            samples: [energySample201(connector: connector, context: "Transaction.Begin")],
            now: now
        )
        payload["evse"] = [
            "id": .number(JSONNumber(address.evseID)), "connectorId": .number(JSONNumber(address.connectorID)),
        ]
        payload["idToken"] = ["idToken": .string(state.idTag ?? ""), "type": .string(state.idTokenType)]
        if let reservationID { payload["reservationId"] = .number(JSONNumber(reservationID)) }
        return .object(payload)
    }

    /// A periodic (or triggered) event with the meter values of the running transaction.
    mutating func transactionUpdated201(
        connector: Int,
        trigger: OCPP201.TriggerReason,
        context: String,
        now: Date
    ) -> JSONValue {
        let info: JSONObject = [
            "transactionId": .string(connectors[connector - 1].transactionID ?? ""),
            "chargingState": .string(chargingState201(connector)),
        ]
        return .object(
            transactionEvent201(
                "Updated",
                connector: connector,
                trigger: trigger,
                info: info,
                samples: meterSamples201(connector: connector, context: context),
                now: now
            )
        )
    }

    /// The last event: why the transaction stopped, and the register at the end.
    mutating func transactionEnded201(connector: Int, reason: StopReason, stillPlugged: Bool, now: Date) -> JSONValue {
        let (trigger, stoppedReason): (OCPP201.TriggerReason, String) =
            switch reason {
            case .local: (.stopAuthorized, "Local")
            case .evDisconnected: (.evDeparted, "EVDisconnected")
            case .remote: (.remoteStop, "Remote")
            case .unlockCommand: (.unlockCommand, "Other")
            case .hardReset, .softReset: (.resetCommand, "ImmediateReset")
            case .reboot: (.abnormalCondition, "Reboot")
            case .deauthorized: (.deauthorized, "DeAuthorized")
            }
        let info: JSONObject = [
            "transactionId": .string(connectors[connector - 1].transactionID ?? ""),
            "chargingState": .string(stillPlugged ? "EVConnected" : "Idle"),
            "stoppedReason": .string(stoppedReason),
        ]
        return .object(
            transactionEvent201(
                "Ended",
                connector: connector,
                trigger: trigger,
                info: info,
                samples: [energySample201(connector: connector, context: "Transaction.End")],
                now: now
            )
        )
    }

    private mutating func transactionEvent201(
        _ eventType: String,
        connector: Int,
        trigger: OCPP201.TriggerReason,
        info: JSONObject,
        samples: [JSONValue],
        now: Date
    ) -> JSONObject {
        // E01.FR.16 / E02.FR.16: seqNo counts every event of the transaction from 0.
        let sequenceNumber = connectors[connector - 1].sequenceNumber
        connectors[connector - 1].sequenceNumber += 1
        var payload: JSONObject = [
            "eventType": .string(eventType),
            "timestamp": .string(timestamp(now)),
            "triggerReason": .string(trigger.rawValue),
            "seqNo": .number(JSONNumber(sequenceNumber)),
            "transactionInfo": .object(info),
        ]
        // Offline events are flagged (E04.FR.02).
        if !connected || !booted { payload["offline"] = true }
        payload["meterValue"] = [["timestamp": .string(timestamp(now)), "sampledValue": .array(samples)]]
        return payload
    }

    /// Energy, power and (DC) state of charge, as 2.0.1 SampledValues: numbers with a unitOfMeasure.
    func meterSamples201(connector: Int, context: String) -> [JSONValue] {
        let state = connectors[connector - 1]
        var samples: [JSONValue] = [
            energySample201(connector: connector, context: context),
            [
                "value": .number(JSONNumber(Int(state.powerWatts.rounded()))),
                "context": .string(context),
                "measurand": "Power.Active.Import",
                "unitOfMeasure": ["unit": "W"],
            ],
        ]
        if profile.connector(connector)?.spec.isDC == true {
            samples.append(
                [
                    "value": .number(JSONNumber(Int(state.soc.rounded()))),
                    "context": .string(context),
                    "measurand": "SoC",
                    "unitOfMeasure": ["unit": "Percent"],
                ]
            )
        }
        return samples
    }

    func energySample201(connector: Int, context: String) -> JSONValue {
        let wattHours = energyRegisterWh[connector - 1]
        let kWh = profile.behaviour.energyUnit == "kWh"
        return [
            "value": .number(kWh ? JSONNumber(Decimal(wattHours) / 1000) : JSONNumber(wattHours)),
            "context": .string(context),
            "measurand": "Energy.Active.Import.Register",
            "unitOfMeasure": ["unit": .string(kWh ? "kWh" : "Wh")],
        ]
    }

    // MARK: - Answering the CSMS

    /// Answers a schema-valid 2.0.1 CALL from the CSMS.
    mutating func answer201(_ action: String, _ payload: JSONValue, now: Date) -> CommandOutcome {
        func integer(_ value: JSONValue?) -> Int? { value?.numberValue?.int }
        switch action {
        case "RequestStartTransaction":
            // F01: the EVSE is optional; the station picks one when absent.
            let requested = integer(payload["evseId"]).map { connector201(evseID: $0) }
            if requested == .some(nil) { return .status("Rejected") }
            let started = remoteStart(
                connector: requested ?? nil,
                idTag: payload["idToken"]?["idToken"]?.stringValue ?? "",
                idTokenType: payload["idToken"]?["type"]?.stringValue ?? "Central",
                remoteStartID: integer(payload["remoteStartId"]),
                now: now
            )
            guard let connector = started.connector else { return .status("Rejected") }
            if let profile = payload["chargingProfile"] {
                _ = applyChargingProfile201(profile, connectors: [connector])
            }
            var answer: JSONObject = ["status": "Accepted"]
            if let transactionID = transactionID(ofConnector: connector) {
                answer["transactionId"] = .string(transactionID)
            }
            return CommandOutcome(reply: .result(.object(answer)), actions: started.actions)
        case "RequestStopTransaction":
            // F03.
            let transactionID = payload["transactionId"]?.stringValue ?? ""
            guard let actions = remoteStop(transactionID: transactionID, now: now) else { return .status("Rejected") }
            return .status("Accepted", actions)
        case "UnlockConnector":
            // F05: a connector with an authorized transaction is not unlocked.
            guard
                let connector = connector201(
                    evseID: integer(payload["evseId"]) ?? 0,
                    connectorID: integer(payload["connectorId"]) ?? 0
                )
            else { return .status("UnknownConnector") }
            return .status(connectors[connector - 1].recordIndex != nil ? "OngoingAuthorizedTransaction" : "Unlocked")
        case "Reset":
            // B11 / B12.
            let outcome = reset(hard: true, whenIdle: payload["type"]?.stringValue == "OnIdle", now: now)
            return .status(outcome.status, outcome.actions)
        case "ChangeAvailability":
            // G03 / G04: no EVSE is the whole station; an EVSE without connector is all its connectors.
            let evse = payload["evse"]
            var targets = connectors201(evseID: integer(evse?["id"]) ?? 0)
            if let evseID = integer(evse?["id"]), let connectorID = integer(evse?["connectorId"]) {
                targets = connector201(evseID: evseID, connectorID: connectorID).map { [$0] } ?? []
            }
            guard !targets.isEmpty else { return .status("Rejected") }
            let operative = payload["operationalStatus"]?.stringValue != "Inoperative"
            return .status(changeAvailability(connectors: targets, operative: operative, now: now))
        case "TriggerMessage":
            return trigger201(
                payload["requestedMessage"]?.stringValue ?? "",
                evse: integer(payload["evse"]?["id"]),
                connector: integer(payload["evse"]?["connectorId"]),
                now: now
            )
        case "ReserveNow":
            // H01: a reservation for an EVSE takes its first connector; none means any connector.
            var connector = 0
            if let evseID = integer(payload["evseId"]) {
                guard let found = connector201(evseID: evseID) else { return .status("Rejected") }
                connector = found
            }
            let status = reserve(
                connector: connector,
                reservationID: integer(payload["id"]) ?? 0,
                idTag: payload["idToken"]?["idToken"]?.stringValue,
                now: now
            )
            return .status(status)
        case "CancelReservation":
            return .status(
                cancelReservation(integer(payload["reservationId"]) ?? 0, now: now) ? "Accepted" : "Rejected"
            )
        case "SetChargingProfile":
            // K01: EVSE 0 is the station; a TxProfile needs a running transaction on its EVSE (K01.FR.09).
            let evseID = integer(payload["evseId"]) ?? 0
            let targets = connectors201(evseID: evseID)
            guard let profile = payload["chargingProfile"], !targets.isEmpty else { return .status("Rejected") }
            if profile["chargingProfilePurpose"]?.stringValue == "TxProfile",
                evseID == 0 || !targets.contains(where: { connectors[$0 - 1].transactionID != nil })
            {
                return .status("Rejected")
            }
            return .status(
                applyChargingProfile201(profile, connectors: evseID == 0 ? [0] : targets) ? "Accepted" : "Rejected"
            )
        default:
            return CommandOutcome(reply: .error(.notSupported, "\(action) is not supported by this charging station"))
        }
    }

    /// Applies the first period of a 2.0.1 ChargingProfile's first schedule as a limit on `targets`
    /// (connector 0: station-wide).
    private mutating func applyChargingProfile201(_ profile: JSONValue, connectors targets: [Int]) -> Bool {
        let schedule = profile["chargingSchedule"]?[0]
        let period = schedule?["chargingSchedulePeriod"]?[0]
        guard let limit = period?["limit"]?.numberValue?.double else { return false }
        for target in targets {
            let watts = watts(
                limit: limit,
                unit: schedule?["chargingRateUnit"]?.stringValue ?? "W",
                phases: period?["numberPhases"]?.numberValue?.int ?? 3,
                connector: target
            )
            guard setChargingLimit(watts: watts, connector: target) else { return false }
        }
        return true
    }

    /// F06 TriggerMessage: accepted first, then the message is sent.
    private mutating func trigger201(_ requested: String, evse: Int?, connector: Int?, now: Date) -> CommandOutcome {
        let targets = connectors201(evseID: evse ?? 0)
        if evse != nil && targets.isEmpty { return .status("Rejected") }
        switch requested {
        case "BootNotification":
            var payload = bootPayload201
            if var object = payload.objectValue {
                object["reason"] = "Triggered"
                payload = .object(object)
            }
            enqueue("BootNotification", payload, context: .boot)
        case "Heartbeat":
            enqueue("Heartbeat", [:])
        case "StatusNotification":
            var selected = targets
            if let evse, let connector {
                selected = connector201(evseID: evse, connectorID: connector).map { [$0] } ?? []
            }
            for target in selected {
                enqueueStatus(connector: target, status: connectors[target - 1].status, now: now)
            }
        case "MeterValues":
            for evseID in Set(targets.map { address201($0).evseID }).sorted() {
                guard let target = connector201(evseID: evseID) else { continue }
                enqueue(
                    "MeterValues",
                    [
                        "evseId": .number(JSONNumber(evseID)),
                        "meterValue": [
                            [
                                "timestamp": .string(timestamp(now)),
                                "sampledValue": .array(meterSamples201(connector: target, context: "Trigger")),
                            ]
                        ],
                    ]
                )
            }
        case "TransactionEvent":
            for target in targets where connectors[target - 1].transactionID != nil {
                enqueue(
                    "TransactionEvent",
                    transactionUpdated201(connector: target, trigger: .trigger, context: "Trigger", now: now),
                    transactional: true
                )
            }
        default:
            return .status("NotImplemented")
        }
        return .status("Accepted")
    }
}
