import Foundation
import JSON
import OCPP

/// The OCPP 1.6 words of the emulator: the payloads it sends and how it answers commands.
extension ChargerEmulator {
    var bootPayload16: JSONValue {
        [
            "chargePointVendor": .string(profile.vendor),
            "chargePointModel": .string(profile.model),
            "chargePointSerialNumber": .string(serialNumber),
            "firmwareVersion": .string(profile.firmware),
        ]
    }

    func statusPayload16(connector: Int, status: String, now: Date) -> JSONValue {
        [
            "connectorId": .number(JSONNumber(connector)),
            "errorCode": "NoError",
            "status": .string(status),
            "timestamp": .string(timestamp(now)),
        ]
    }

    func authorizePayload16(_ idTag: String) -> JSONValue {
        ["idTag": .string(idTag)]
    }

    func startTransactionPayload16(connector: Int, idTag: String, meterStart: Int, now: Date) -> JSONValue {
        [
            "connectorId": .number(JSONNumber(connector)),
            "idTag": .string(idTag),
            "meterStart": .number(JSONNumber(meterStart)),
            "timestamp": .string(timestamp(now)),
        ]
    }

    /// The 1.6 integer transaction id of a connector; before StartTransaction.conf it is unknown and
    /// a placeholder (minus the connector id) stands in, replaced when the answer arrives.
    func transactionNumber16(connector: Int) -> Int {
        connectors[connector - 1].transactionID.flatMap { Int($0) } ?? -connector
    }

    func stopTransactionPayload16(connector: Int, meterStop: Int, reason: StopReason, now: Date) -> JSONValue {
        var payload: JSONObject = [
            "transactionId": .number(JSONNumber(transactionNumber16(connector: connector))),
            "idTag": .string(connectors[connector - 1].idTag ?? ""),
            "meterStop": .number(JSONNumber(meterStop)),
            "timestamp": .string(timestamp(now)),
            "reason": .string(reason.rawValue),
        ]
        if profile.behaviour.stopWithTransactionData {
            payload["transactionData"] = [
                [
                    "timestamp": .string(timestamp(now)),
                    "sampledValue": [energySample16(connector: connector, context: "Transaction.End")],
                ]
            ]
        }
        return .object(payload)
    }

    func meterValuesPayload16(connector: Int, now: Date) -> JSONValue {
        let state = connectors[connector - 1]
        var samples: [JSONValue] = [
            energySample16(connector: connector, context: "Sample.Periodic"),
            [
                "value": .string(String(Int(state.powerWatts.rounded()))),
                "context": "Sample.Periodic",
                "measurand": "Power.Active.Import",
                "unit": "W",
            ],
        ]
        if profile.connector(connector)?.spec.isDC == true {
            samples.append(
                [
                    "value": .string(String(Int(state.soc.rounded()))), "context": "Sample.Periodic",
                    "measurand": "SoC", "unit": "Percent",
                ]
            )
        }
        var payload: JSONObject = [
            "connectorId": .number(JSONNumber(connector)),
            "meterValue": [["timestamp": .string(timestamp(now)), "sampledValue": .array(samples)]],
        ]
        // §6.31: transactionId only when the values belong to a transaction.
        if state.recordIndex != nil {
            payload["transactionId"] = .number(JSONNumber(transactionNumber16(connector: connector)))
        }
        return .object(payload)
    }

    /// The energy register as a 1.6 SampledValue: the value is text, in the firmware's unit (§7.45).
    func energySample16(connector: Int, context: String) -> JSONValue {
        let wattHours = energyRegisterWh[connector - 1]
        let kWh = profile.behaviour.energyUnit == "kWh"
        let value = kWh ? (Decimal(wattHours) / 1000).plainText : String(wattHours)
        return [
            "value": .string(value),
            "context": .string(context),
            "measurand": "Energy.Active.Import.Register",
            "unit": .string(kWh ? "kWh" : "Wh"),
        ]
    }

    /// Answers a schema-valid 1.6 CALL from the central system.
    mutating func answer16(_ action: String, _ payload: JSONValue, now: Date) -> CommandOutcome {
        func integer(_ key: String) -> Int? { payload[key]?.numberValue?.int }
        switch action {
        case "RemoteStartTransaction":
            // OCPP 1.6 §5.11 (the schema guarantees idTag).
            let idTag = payload["idTag"]?.stringValue ?? ""
            let started = remoteStart(connector: integer("connectorId"), idTag: idTag, remoteStartID: nil, now: now)
            return .status(started.connector == nil ? "Rejected" : "Accepted", started.actions)
        case "RemoteStopTransaction":
            // OCPP 1.6 §5.12.
            let transactionID = integer("transactionId").map(String.init) ?? ""
            guard let actions = remoteStop(transactionID: transactionID, now: now) else { return .status("Rejected") }
            return .status("Accepted", actions)
        case "UnlockConnector":
            // OCPP 1.6 §5.18: a running transaction is stopped first (reason UnlockCommand).
            let connector = integer("connectorId") ?? 0
            guard connectorState(connector) != nil else { return .status("NotSupported") }
            return .status("Unlocked", endTransaction(connector: connector, reason: .unlockCommand, now: now))
        case "ReserveNow":
            let status = reserve(
                connector: integer("connectorId") ?? 0,
                reservationID: integer("reservationId") ?? 0,
                idTag: payload["idTag"]?.stringValue,
                now: now
            )
            return .status(status)
        case "CancelReservation":
            return .status(cancelReservation(integer("reservationId") ?? 0, now: now) ? "Accepted" : "Rejected")
        case "ChangeAvailability":
            let connector = integer("connectorId") ?? 0
            let targets = connector == 0 ? Array(1...connectors.count) : [connector]
            let operative = payload["type"]?.stringValue != "Inoperative"
            return .status(changeAvailability(connectors: targets, operative: operative, now: now))
        case "Reset":
            let outcome = reset(hard: payload["type"]?.stringValue == "Hard", whenIdle: false, now: now)
            return .status(outcome.status, outcome.actions)
        case "TriggerMessage":
            return trigger16(
                payload["requestedMessage"]?.stringValue ?? "",
                connector: integer("connectorId"),
                now: now
            )
        case "SetChargingProfile":
            // OCPP 1.6 §5.16: the first period's limit applies to the meter model (W, or A per phase).
            let profile = payload["csChargingProfiles"]
            let schedule = profile?["chargingSchedule"]
            let period = schedule?["chargingSchedulePeriod"]?[0]
            guard let limit = period?["limit"]?.numberValue?.double else { return .status("Rejected") }
            let connector = integer("connectorId") ?? 0
            let watts = watts(
                limit: limit,
                unit: schedule?["chargingRateUnit"]?.stringValue ?? "W",
                phases: period?["numberPhases"]?.numberValue?.int ?? 3,
                connector: connector
            )
            // §3.13.2: a TxProfile needs a running transaction on its connector.
            if profile?["chargingProfilePurpose"]?.stringValue == "TxProfile",
                connector == 0 || transactionID(ofConnector: connector) == nil
            {
                return .status("Rejected")
            }
            return .status(setChargingLimit(watts: watts, connector: connector) ? "Accepted" : "Rejected")
        case "ClearChargingProfile":
            clearChargingLimits()
            return .status("Accepted")
        case "GetConfiguration":
            let keys: [JSONValue] = [
                [
                    "key": "HeartbeatInterval", "readonly": false,
                    "value": .string(String(self.profile.behaviour.heartbeatSeconds)),
                ],
                [
                    "key": "MeterValueSampleInterval", "readonly": false,
                    "value": .string(String(self.profile.behaviour.meterIntervalSeconds)),
                ],
                ["key": "NumberOfConnectors", "readonly": true, "value": .string(String(connectors.count))],
            ]
            return CommandOutcome(reply: .result(["configurationKey": .array(keys)]))
        case "ChangeConfiguration":
            return .status("Accepted")
        case "UpdateFirmware":
            return CommandOutcome(reply: .result([:]))
        case "DataTransfer":
            return .status("UnknownVendorId")
        default:
            // OCPP-J 1.6 §4.2.3: an action the charger does not support.
            return CommandOutcome(reply: .error(.notSupported, "\(action) is not supported by this charger"))
        }
    }

    /// OCPP 1.6 §5.17 TriggerMessage: accepted first, then the message is sent.
    private mutating func trigger16(_ requested: String, connector: Int?, now: Date) -> CommandOutcome {
        switch requested {
        case "BootNotification": enqueue("BootNotification", bootPayload16, context: .boot)
        case "Heartbeat": enqueue("Heartbeat", [:])
        case "StatusNotification":
            let connector = connector ?? 0
            let status = connector == 0 ? "Available" : (status(ofConnector: connector) ?? "Available")
            enqueue("StatusNotification", statusPayload16(connector: connector, status: status, now: now))
        case "MeterValues":
            let connector = connector ?? 1
            if connectorState(connector) != nil {
                enqueue("MeterValues", meterValuesPayload16(connector: connector, now: now))
            }
        default:
            return .status("NotImplemented")
        }
        return .status("Accepted")
    }
}
