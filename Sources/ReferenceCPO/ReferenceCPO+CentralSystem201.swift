import Foundation
import JSON
import OCPP

/// The OCPP 2.0.1 face of the central system. It reads 2.0.1 messages into the same session
/// logic the 1.6 path uses (authorization, OCPI sessions, CDRs) and words commands for 2.0.1
/// chargers. Transactions get an integer number inside the CPO, mapped from the station's
/// string transaction id (OCPP 2.0.1 E01: the station makes the id).
extension ReferenceCPO {
    /// The answer to a schema-valid 2.0.1 CALL, waiting for its message id.
    func handleCall201(
        _ action: String,
        _ payload: JSONValue,
        chargerID: String,
        now: Date
    ) -> (String) -> OCPPMessage {
        func result(_ body: JSONValue) -> (String) -> OCPPMessage {
            { .callResult(.init(messageId: $0, payload: body)) }
        }
        let timestamp = JSONValue.string(OCPPTimestamp.format(now))
        switch action {
        case "BootNotification":
            // B01: the schema guarantees chargingStation.model and vendorName.
            let station = payload["chargingStation"]
            var runtime = chargers[chargerID] ?? ChargerRuntime(chargerID: chargerID)
            let firstBoot = !(locationPublications[chargerID] ?? 0 > 0)
            runtime.vendor = station?["vendorName"]?.stringValue ?? ""
            runtime.model = station?["model"]?.stringValue ?? ""
            runtime.firmware = station?["firmwareVersion"]?.stringValue ?? ""
            runtime.booted = true
            runtime.ocppVersion = .v201
            chargers[chargerID] = runtime
            if firstBoot { publishLocation(chargerID, now: now) }
            return result(["status": "Accepted", "currentTime": timestamp, "interval": 900])
        case "Heartbeat":
            return result(["currentTime": timestamp])
        case "StatusNotification":
            // G01: the five connector states; OCPI's view needs only "in use" (Occupied) from them.
            guard
                let connector = ocppConnector(
                    chargerID: chargerID,
                    evseID: payload["evseId"]?.numberValue?.int,
                    connectorID: payload["connectorId"]?.numberValue?.int
                )
            else { return result([:]) }
            let status = payload["connectorStatus"]?.stringValue ?? "Available"
            statusChanged(
                chargerID: chargerID,
                connector: connector,
                status: status == "Occupied" ? "Preparing" : status,
                now: now
            )
            return result([:])
        case "Authorize":
            // C01: idTokenInfo.status uses the same words as 1.6 for the statuses we give.
            let idTag = payload["idToken"]?["idToken"]?.stringValue ?? ""
            let decision = authorize(idTag: idTag, chargerID: chargerID, now: now)
            return result(["idTokenInfo": ["status": .string(decision.status)]])
        case "TransactionEvent":
            return result(transactionEvent(payload, chargerID: chargerID, now: now))
        case "MeterValues":
            return result([:])
        default:
            return { .callError(.init(messageId: $0, code: .notSupported, description: "\(action) is not supported")) }
        }
    }

    // MARK: - Transactions (OCPP 2.0.1 E01-E07)

    private func transactionEvent(_ payload: JSONValue, chargerID: String, now: Date) -> JSONValue {
        let stationID = payload["transactionInfo"]?["transactionId"]?.stringValue ?? ""
        let key = chargerID + "|" + stationID
        let eventType = payload["eventType"]?.stringValue ?? ""
        let time = payload["timestamp"]?.stringValue.flatMap(OCPPTimestamp.parse) ?? now
        let samples = (payload["meterValue"]?.arrayValue ?? []).flatMap { meterValue in
            (meterValue["sampledValue"]?.arrayValue ?? []).map {
                (time: meterValue["timestamp"]?.stringValue.flatMap(OCPPTimestamp.parse) ?? time, sample: $0)
            }
        }
        var answer: JSONObject = [:]
        var transactionID = transactions201[key]
        if transactionID == nil {
            // The first event we see opens the transaction (normally Started; a lost Started is tolerated).
            let number = nextTransactionID
            nextTransactionID += 1
            transactions201[key] = number
            transactionIDs201[number] = stationID
            transactionID = number
            let idTag = payload["idToken"]?["idToken"]?.stringValue ?? ""
            let decision = authorize(idTag: idTag, chargerID: chargerID, now: now)
            answer["idTokenInfo"] = ["status": .string(decision.status)]
            let meterStart = samples.first { Self.isEnergyRegister($0.sample) }.map { Self.wattHours($0.sample) } ?? 0
            if decision.status == "Accepted",
                let connector = ocppConnector(
                    chargerID: chargerID,
                    evseID: payload["evse"]?["id"]?.numberValue?.int,
                    connectorID: payload["evse"]?["connectorId"]?.numberValue?.int
                )
            {
                startSession(
                    chargerID: chargerID,
                    connector: connector,
                    transactionID: number,
                    meterStartWh: meterStart,
                    start: time,
                    decision: decision,
                    now: now
                )
            }
        }
        guard let transactionID else { return .object(answer) }
        // A charging state change moves the session between charging and parking periods.
        let chargingStates = [
            "Charging": "Charging", "SuspendedEVSE": "SuspendedEVSE", "SuspendedEV": "SuspendedEV",
            "EVConnected": "SuspendedEV",
        ]
        if eventType != "Ended",
            let status = payload["transactionInfo"]?["chargingState"]?.stringValue.flatMap({ chargingStates[$0] }),
            let connector = sessionByTransaction[transactionID].flatMap({ sessions[$0]?.ocppConnector })
        {
            statusChanged(chargerID: chargerID, connector: connector, status: status, now: now)
        }
        switch eventType {
        case "Updated":
            for (sampleTime, sample) in samples where Self.isEnergyRegister(sample) {
                meterSample(transactionID: transactionID, sample: Self.sample16(sample), time: sampleTime, now: now)
            }
        case "Ended":
            let session = sessionByTransaction[transactionID].flatMap { sessions[$0] }
            let meterStop = samples.last { Self.isEnergyRegister($0.sample) }.map { Self.wattHours($0.sample) }
            stopSession(
                transactionID: transactionID,
                meterStopWh: meterStop ?? session?.lastMeterWh ?? 0,
                time: time,
                reason: payload["transactionInfo"]?["stoppedReason"]?.stringValue,
                now: now
            )
        default:
            break
        }
        return .object(answer)
    }

    /// True for an Energy.Active.Import.Register sample (the default measurand, 2.0.1 Part 2 §2).
    static func isEnergyRegister(_ sample: JSONValue) -> Bool {
        (sample["measurand"]?.stringValue ?? "Energy.Active.Import.Register") == "Energy.Active.Import.Register"
    }

    /// A 2.0.1 energy sample in Wh: number value, unitOfMeasure.unit (default Wh) and a power-of-ten multiplier.
    static func wattHours(_ sample: JSONValue) -> Int {
        let value = sample16Value(sample)
        let unit = sample["unitOfMeasure"]?["unit"]?.stringValue ?? "Wh"
        return NSDecimalNumber(decimal: unit == "kWh" ? value * 1000 : value).intValue
    }

    private static func sample16Value(_ sample: JSONValue) -> Decimal {
        var value = sample["value"]?.numberValue?.decimal ?? 0
        let multiplier = sample["unitOfMeasure"]?["multiplier"]?.numberValue?.int ?? 0
        for _ in 0..<abs(multiplier) { value = multiplier > 0 ? value * 10 : value / 10 }
        return value
    }

    /// The 1.6 shape of a 2.0.1 sample (text value, flat unit), which the session logic reads.
    static func sample16(_ sample: JSONValue) -> JSONValue {
        [
            "value": .string(NSDecimalNumber(decimal: sample16Value(sample)).stringValue),
            "measurand": "Energy.Active.Import.Register",
            "unit": .string(sample["unitOfMeasure"]?["unit"]?.stringValue ?? "Wh"),
        ]
    }

    // MARK: - Addressing and commands

    /// The OCPP 1.6-style connector number (as in the master data) of a 2.0.1 EVSE and connector.
    func ocppConnector(chargerID: String, evseID: Int?, connectorID: Int?) -> Int? {
        guard let master = masterData[chargerID], let evseID, master.evses.indices.contains(evseID - 1) else {
            return nil
        }
        let connectors = master.evses[evseID - 1].connectors
        let index = (connectorID ?? 1) - 1
        return connectors.indices.contains(index) ? connectors[index].ocppConnectorID : nil
    }

    /// The 2.0.1 (evseId, connectorId) of a master-data connector number.
    func address201(chargerID: String, connector: Int) -> (evseID: Int, connectorID: Int) {
        guard let master = masterData[chargerID], let (evse, found) = master.connector(ocppID: connector),
            let index = master.evses[evse].connectors.firstIndex(of: found)
        else { return (connector, 1) }
        return (evse + 1, index + 1)
    }

    /// A command written in 1.6 words, reworded for a 2.0.1 charger (RemoteStartTransaction →
    /// RequestStartTransaction F01, RemoteStopTransaction → RequestStopTransaction F03,
    /// UnlockConnector F05, ReserveNow H01, CancelReservation H02).
    func translatedTo201(_ call: OCPPMessage.Call, chargerID: String, remoteStartID: Int) -> OCPPMessage.Call {
        let payload = call.payload
        let connector = payload["connectorId"]?.numberValue?.int ?? 1
        let address = address201(chargerID: chargerID, connector: connector)
        func token(_ key: String) -> JSONValue { ["idToken": payload[key] ?? "", "type": "Central"] }
        var translated = call
        switch call.action {
        case "RemoteStartTransaction":
            translated.action = "RequestStartTransaction"
            translated.payload = [
                "idToken": token("idTag"), "remoteStartId": .number(JSONNumber(remoteStartID)),
                "evseId": .number(JSONNumber(address.evseID)),
            ]
        case "RemoteStopTransaction":
            let number = payload["transactionId"]?.numberValue?.int ?? 0
            translated.action = "RequestStopTransaction"
            translated.payload = ["transactionId": .string(transactionIDs201[number] ?? String(number))]
        case "UnlockConnector":
            translated.payload = [
                "evseId": .number(JSONNumber(address.evseID)), "connectorId": .number(JSONNumber(address.connectorID)),
            ]
        case "ReserveNow":
            translated.payload = [
                "id": payload["reservationId"] ?? 0, "expiryDateTime": payload["expiryDate"] ?? "",
                "idToken": token("idTag"), "evseId": .number(JSONNumber(address.evseID)),
            ]
        default:
            break
        }
        return translated
    }
}
