import Foundation
import JSON
import OCPP

/// The connector state machine, transactions and the meter model, shared by both OCPP versions.
extension ChargerEmulator {
    /// Why a transaction ended, in the charger's own record (OCPP 1.6 §7.40 Reason vocabulary).
    enum StopReason: String, Sendable {
        case local = "Local"
        case evDisconnected = "EVDisconnected"
        case remote = "Remote"
        case unlockCommand = "UnlockCommand"
        case hardReset = "HardReset"
        case softReset = "SoftReset"
        case reboot = "Reboot"
        case deauthorized = "DeAuthorized"
    }

    /// What made a transaction start (2.0.1 names it in the Started event's triggerReason).
    enum StartTrigger: Sendable {
        case authorized
        case cablePluggedIn
        case remoteStart
    }

    mutating func plugIn(connector: Int, ev: EVModel, now: Date) -> [ChargerAction] {
        guard var state = connectorState(connector), state.ev == nil else { return [] }
        state.ev = ev
        state.soc = ev.startSoC
        connectors[connector - 1] = state
        // An inoperative or faulted connector does not start charging (OCPP 1.6 §4.9 Unavailable).
        guard state.status != "Unavailable", state.status != "Faulted" else { return [] }
        setStatus(connector, "Preparing", now: now)
        guard let idTag = state.authorizedIdTag else { return [] }
        return beginTransaction(
            connector: connector,
            idTag: idTag,
            trigger: state.remoteStartID != nil ? .remoteStart : .cablePluggedIn,
            now: now
        )
    }

    mutating func unplug(connector: Int, now: Date) -> [ChargerAction] {
        guard let state = connectorState(connector), state.ev != nil else { return [] }
        var actions: [ChargerAction] = []
        if state.recordIndex != nil {
            actions += endTransaction(connector: connector, reason: .evDisconnected, now: now)
        }
        connectors[connector - 1].ev = nil
        connectors[connector - 1].authorizedIdTag = nil
        connectors[connector - 1].remoteStartID = nil
        // An inoperative or faulted connector stays so when the vehicle leaves.
        if !["Unavailable", "Faulted"].contains(connectors[connector - 1].status) {
            setStatus(connector, "Available", now: now)
        }
        return actions
    }

    /// A driver presents a card. Firmware that authorizes first asks the central system (1.6 §4.1,
    /// 2.0.1 C01); offline it accepts the card locally (LocalAuthorizeOffline).
    mutating func presentToken(connector: Int, idTag: String, now: Date) -> [ChargerAction] {
        guard connectorState(connector) != nil else { return [] }
        connectors[connector - 1].idTokenType = "ISO14443"
        if profile.behaviour.authorizeBeforeStart && connected && booted {
            let payload = version == .v16 ? authorizePayload16(idTag) : authorizePayload201(idTag)
            enqueue("Authorize", payload, context: .authorize(connector: connector, idTag: idTag))
            return []
        }
        return tokenAuthorized(connector: connector, idTag: idTag, trigger: .authorized, now: now)
    }

    mutating func tokenAuthorized(connector: Int, idTag: String, trigger: StartTrigger, now: Date) -> [ChargerAction] {
        connectors[connector - 1].authorizedIdTag = idTag
        guard connectors[connector - 1].ev != nil else { return [] }
        return beginTransaction(connector: connector, idTag: idTag, trigger: trigger, now: now)
    }

    mutating func beginTransaction(
        connector: Int,
        idTag: String,
        trigger: StartTrigger,
        now: Date
    ) -> [ChargerAction] {
        guard connectors[connector - 1].recordIndex == nil else { return [] }
        connectors[connector - 1].idTag = idTag
        connectors[connector - 1].authorizedIdTag = nil
        let reservationID = connectors[connector - 1].reservationID
        connectors[connector - 1].reservationID = nil
        let meterStart = energyRegisterWh[connector - 1]
        sessions.append(
            ChargerSessionRecord(
                chargerID: id,
                connector: connector,
                idTag: idTag,
                transactionID: nil,
                started: now,
                meterStartWh: meterStart,
                meterDisturbed: false
            )
        )
        connectors[connector - 1].recordIndex = sessions.count - 1
        statistics.transactionsStarted += 1
        if version == .v16 {
            enqueue(
                "StartTransaction",
                startTransactionPayload16(connector: connector, idTag: idTag, meterStart: meterStart, now: now),
                context: .startTransaction(connector: connector),
                transactional: true
            )
            setStatus(connector, "Charging", now: now)
            return []
        }
        // OCPP 2.0.1 E01: the station makes the transaction id itself and numbers its events from 0.
        let transactionID = String("\(id)-T\(nextTransactionNumber)".suffix(36))
        nextTransactionNumber += 1
        connectors[connector - 1].transactionID = transactionID
        connectors[connector - 1].sequenceNumber = 0
        sessions[sessions.count - 1].transactionID = transactionID
        setStatus(connector, "Charging", now: now)
        enqueue(
            "TransactionEvent",
            transactionStarted201(connector: connector, trigger: trigger, reservationID: reservationID, now: now),
            context: .transactionStarted(connector: connector),
            transactional: true
        )
        connectors[connector - 1].remoteStartID = nil
        return [
            .startTimer(.meterValues(connector: connector), after: .seconds(profile.behaviour.meterIntervalSeconds))
        ]
    }

    /// OCPP 1.6 StartTransaction.conf: the central system's transaction id, or a refusal (§5.19 note:
    /// a rejected idTag ends the transaction at once).
    mutating func startTransactionConfirmed(connector: Int, payload: JSONValue, now: Date) -> [ChargerAction] {
        guard let transactionID = payload["transactionId"]?.numberValue?.int else { return [] }
        let accepted = payload["idTagInfo"]?["status"]?.stringValue == "Accepted"
        if let index = connectors[connector - 1].recordIndex { sessions[index].transactionID = String(transactionID) }
        connectors[connector - 1].transactionID = String(transactionID)
        guard accepted else {
            statistics.authorizationsRejected += 1
            return endTransaction(connector: connector, reason: .deauthorized, now: now)
        }
        // Queued messages that referred to this transaction before its id was known get it now.
        for index in queue.indices where queue[index].payload["transactionId"]?.numberValue?.int == -connector {
            var payload = queue[index].payload.objectValue ?? [:]
            payload["transactionId"] = .number(JSONNumber(transactionID))
            queue[index].payload = .object(payload)
        }
        return [
            .startTimer(.meterValues(connector: connector), after: .seconds(profile.behaviour.meterIntervalSeconds))
        ]
    }

    mutating func endTransaction(connector: Int, reason: StopReason, now: Date) -> [ChargerAction] {
        guard let recordIndex = connectors[connector - 1].recordIndex else { return [] }
        let meterStop = energyRegisterWh[connector - 1]
        sessions[recordIndex].stopped = now
        sessions[recordIndex].meterStopWh = meterStop
        sessions[recordIndex].stopReason = reason.rawValue
        statistics.transactionsStopped += 1
        let stillPlugged = connectors[connector - 1].ev != nil
        if version == .v16 {
            enqueue(
                "StopTransaction",
                stopTransactionPayload16(connector: connector, meterStop: meterStop, reason: reason, now: now),
                context: .stopTransaction,
                transactional: true
            )
        } else {
            enqueue(
                "TransactionEvent",
                transactionEnded201(connector: connector, reason: reason, stillPlugged: stillPlugged, now: now),
                context: .stopTransaction,
                transactional: true
            )
        }
        connectors[connector - 1].transactionID = nil
        connectors[connector - 1].recordIndex = nil
        connectors[connector - 1].powerWatts = 0
        connectors[connector - 1].limitWatts = nil
        setStatus(
            connector,
            stillPlugged && profile.behaviour.finishingBeforeAvailable ? "Finishing" : "Available",
            now: now
        )
        if let operative = connectors[connector - 1].scheduledOperative {
            connectors[connector - 1].scheduledOperative = nil
            if !operative { setStatus(connector, "Unavailable", now: now) }
        }
        var actions: [ChargerAction] = [.cancelTimer(.meterValues(connector: connector))]
        if resetWhenIdle, connectors.allSatisfy({ $0.recordIndex == nil }) {
            resetWhenIdle = false
            actions += flush() + [.reconnect(after: .seconds(30))]
        }
        return actions
    }

    // MARK: - Meter model

    /// The power the connector can deliver now, in kW: hardware, vehicle, charging curve and any
    /// charging profile (OCPP 1.6 §3.13 / 2.0.1 K01: the lowest limit wins).
    func deliverablePower(connector: Int, state: ConnectorState, ev: EVModel) -> Double {
        guard let spec = profile.connector(connector)?.spec else { return 0 }
        var kilowatts = NSDecimalNumber(decimal: spec.maxPowerKW).doubleValue
        kilowatts = min(kilowatts, spec.isDC ? ev.maxDCKW : ev.maxACKW)
        if spec.isDC, let curve = profile.curveLimit(atSoC: state.soc) { kilowatts = min(kilowatts, curve) }
        if let limit = stationLimitWatts { kilowatts = min(kilowatts, limit / 1000) }
        if let limit = state.limitWatts { kilowatts = min(kilowatts, limit / 1000) }
        if state.soc >= ev.targetSoC { kilowatts = 0 }
        return max(0, kilowatts)
    }

    mutating func meterTick(connector: Int, now: Date) -> [ChargerAction] {
        guard var state = connectorState(connector), state.recordIndex != nil, let ev = state.ev else { return [] }
        let interval = Double(profile.behaviour.meterIntervalSeconds)
        let kilowatts = deliverablePower(connector: connector, state: state, ev: ev)
        let energyWh = Int((kilowatts * interval / 3.6).rounded())
        energyRegisterWh[connector - 1] += energyWh
        state.soc = min(100, state.soc + Double(energyWh) / 10 / ev.batteryKWh)
        state.powerWatts = kilowatts * 1000
        connectors[connector - 1] = state
        let before = state.status
        if kilowatts == 0 && state.status == "Charging" { setStatus(connector, "SuspendedEV", now: now) }
        if version == .v16 {
            enqueue("MeterValues", meterValuesPayload16(connector: connector, now: now), transactional: true)
        } else {
            let trigger: OCPP201.TriggerReason = before != state.status ? .chargingStateChanged : .meterValuePeriodic
            enqueue(
                "TransactionEvent",
                transactionUpdated201(connector: connector, trigger: trigger, context: "Sample.Periodic", now: now),
                transactional: true
            )
        }
        return [
            .startTimer(.meterValues(connector: connector), after: .seconds(profile.behaviour.meterIntervalSeconds))
        ]
    }

    /// A charging limit in `unit` (`W` or `A`) converted to watts for connector `connector` (0: AC phases assumed).
    func watts(limit: Double, unit: String, phases: Int, connector: Int) -> Double {
        guard unit == "A" else { return limit }
        guard let spec = profile.connector(connector)?.spec, spec.isDC else { return limit * 230 * Double(phases) }
        return limit * Double(spec.maxVoltage)
    }

    // MARK: - Faults

    mutating func apply(_ fault: ChargerFault, now: Date) -> [ChargerAction] {
        switch fault {
        case .rejectRemoteStart(let on): rejectRemoteStart = on
        case .duplicateMessages(let on): duplicateMessages = on
        case .clockSkew(let seconds): clockSkew = TimeInterval(seconds)
        case .meterJump(let wattHours):
            for index in energyRegisterWh.indices {
                energyRegisterWh[index] += wattHours
                if let record = connectors[index].recordIndex { sessions[record].meterDisturbed = true }
            }
        case .meterReset:
            for index in energyRegisterWh.indices {
                energyRegisterWh[index] = 0
                if let record = connectors[index].recordIndex { sessions[record].meterDisturbed = true }
            }
        case .reboot:
            var actions: [ChargerAction] = []
            for connector in 1...connectors.count where connectors[connector - 1].recordIndex != nil {
                actions += endTransaction(connector: connector, reason: .reboot, now: now)
            }
            return actions + flush() + [.reconnect(after: .seconds(60))]
        }
        return []
    }
}
