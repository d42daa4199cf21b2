public import Foundation
import JSON
import OCPP

/// An emulated charger speaking OCPP-J 1.6, as a pure state machine: each event returns the actions
/// its driver must perform (send a frame, start a timer). The same emulator runs in process on the
/// simulated clock or over a real WebSocket on the wall clock; it never reads a clock itself.
///
/// It sends one CALL at a time (OCPP-J 1.6 §4.1.1) and queues the rest; while offline it keeps
/// transaction-related messages and replays them on reconnect (OCPP 1.6 §3.7, ocpp.md §2.5).
public struct ChargerEmulator: Sendable {
    public let id: String
    public let profile: ChargerProfile
    /// Every transaction the charger ran, in order: its own account of the truth.
    public private(set) var sessions: [ChargerSessionRecord] = []
    /// Counters for `roamgate emulate`'s summary.
    public private(set) var statistics = Statistics()

    public struct Statistics: Sendable, Hashable {
        public var bootAccepted = false
        public var callErrorsReceived = 0
        public var commandsAnswered = 0
        public var transactionsStarted = 0
        public var transactionsStopped = 0
    }

    private var connected = false
    private var booted = false
    private var connectors: [ConnectorState]
    private var energyRegisterWh: [Int]
    private var queue: [OutgoingCall] = []
    private var inFlight: OutgoingCall?
    private var nextMessageNumber = 1
    private var rejectRemoteStart = false
    private var duplicateMessages = false
    private var clockSkew: TimeInterval = 0
    private var chargingLimitWatts: Double?

    private struct ConnectorState: Sendable {
        var status = "Available"
        var ev: EVModel?
        var soc: Double = 0
        var powerWatts: Double = 0
        var transactionID: Int?
        var idTag: String?
        var pendingIdTag: String?
        var reservationID: Int?
        var recordIndex: Int?
    }

    private struct OutgoingCall: Sendable {
        var id: String
        var action: String
        var payload: JSONValue
        var context: Context
        var isTransactionMessage: Bool

        enum Context: Sendable {
            case boot
            case startTransaction(connector: Int)
            case stopTransaction, other
        }
    }

    public init(id: String, profile: ChargerProfile) {
        self.id = id
        self.profile = profile
        self.connectors = Array(repeating: ConnectorState(), count: profile.connectorCount)
        self.energyRegisterWh = Array(repeating: 0, count: profile.connectorCount)
    }

    /// The OCPP status of connector `id` (1-based).
    public func status(ofConnector id: Int) -> String? {
        connectors.indices.contains(id - 1) ? connectors[id - 1].status : nil
    }

    /// The energy register of connector `id`, in Wh.
    public func energyRegister(ofConnector id: Int) -> Int? {
        energyRegisterWh.indices.contains(id - 1) ? energyRegisterWh[id - 1] : nil
    }

    /// The open transaction on connector `id`, if any.
    public func transactionID(ofConnector id: Int) -> Int? {
        connectors.indices.contains(id - 1) ? connectors[id - 1].transactionID : nil
    }

    /// Handles one event at simulated or wall-clock time `now`.
    public mutating func handle(_ event: ChargerEvent, now: Date) -> [ChargerAction] {
        var actions: [ChargerAction] = []
        switch event {
        case .connected:
            connected = true
            booted = false
            // A CALL lost with the old connection is sent again when it was transaction-related.
            if let lost = inFlight {
                if lost.isTransactionMessage { queue.insert(lost, at: 0) }
                inFlight = nil
            }
            enqueue("BootNotification", bootPayload, context: .boot, front: true)
        case .disconnected:
            connected = false
            booted = false
            actions.append(.cancelTimer(.heartbeat))
        case .received(let text):
            actions += receive(text, now: now)
        case .timerFired(.heartbeat):
            if booted {
                enqueue("Heartbeat", [:])
                actions.append(.startTimer(.heartbeat, after: .seconds(profile.behaviour.heartbeatSeconds)))
            }
        case .timerFired(.bootRetry):
            if connected && !booted { enqueue("BootNotification", bootPayload, context: .boot, front: true) }
        case .timerFired(.meterValues(let connector)):
            actions += meterTick(connector: connector, now: now)
        case .plugIn(let connector, let ev):
            guard var state = connectorState(connector), state.ev == nil else { break }
            state.ev = ev
            state.soc = ev.startSoC
            connectors[connector - 1] = state
            setStatus(connector, "Preparing", now: now)
            if let idTag = state.pendingIdTag { startTransaction(connector: connector, idTag: idTag, now: now) }
        case .unplug(let connector):
            guard let state = connectorState(connector), state.ev != nil else { break }
            if state.transactionID != nil || state.recordIndex != nil {
                actions += stopTransaction(connector: connector, reason: "EVDisconnected", now: now)
            }
            connectors[connector - 1].ev = nil
            connectors[connector - 1].pendingIdTag = nil
            setStatus(connector, "Available", now: now)
        case .presentToken(let connector, let idTag):
            guard connectorState(connector) != nil else { break }
            connectors[connector - 1].pendingIdTag = idTag
            if connectors[connector - 1].ev != nil { startTransaction(connector: connector, idTag: idTag, now: now) }
        case .fault(let fault):
            actions += apply(fault, now: now)
        }
        actions += flush()
        return actions
    }

    // MARK: - Receiving

    private mutating func receive(_ text: String, now: Date) -> [ChargerAction] {
        let message: OCPPMessage
        do {
            message = try OCPPMessage.decode(text)
        } catch {
            // OCPP-J 1.6 §4.2.3: answer a malformed CALL when its id can be read; else stay silent.
            return error.callError(in: .v16).map { [.send(OCPPMessage.callError($0).text)] } ?? []
        }
        switch message {
        case .call(let call):
            statistics.commandsAnswered += 1
            if let error = OCPP16.schema.callError(validating: call) {
                return [.send(OCPPMessage.callError(error).text)]
            }
            return answer(call.action, call.payload, messageID: call.messageId, now: now)
        case .callResult(let answer):
            guard let call = inFlight, call.id == answer.messageId else { return [] }
            inFlight = nil
            return result(of: call, payload: answer.payload, now: now)
        case .callError(let error):
            statistics.callErrorsReceived += 1
            if inFlight?.id == error.messageId { inFlight = nil }
            return []
        }
    }

    private mutating func result(of call: OutgoingCall, payload: JSONValue, now: Date) -> [ChargerAction] {
        switch call.context {
        case .boot:
            // OCPP 1.6 §4.2: only after Accepted may the charger send other messages.
            let interval = payload["interval"]?.numberValue?.int ?? profile.behaviour.heartbeatSeconds
            guard payload["status"]?.stringValue == "Accepted" else {
                return [.startTimer(.bootRetry, after: .seconds(max(interval, 10)))]
            }
            booted = true
            statistics.bootAccepted = true
            enqueue("StatusNotification", statusPayload(connector: 0, status: "Available", now: now))
            for connector in 1...connectors.count {
                enqueue(
                    "StatusNotification",
                    statusPayload(connector: connector, status: connectors[connector - 1].status, now: now)
                )
            }
            var actions: [ChargerAction] = [
                .startTimer(.heartbeat, after: .seconds(profile.behaviour.heartbeatSeconds))
            ]
            for (index, state) in connectors.enumerated() where state.transactionID != nil {
                actions.append(
                    .startTimer(
                        .meterValues(connector: index + 1),
                        after: .seconds(profile.behaviour.meterIntervalSeconds)
                    )
                )
            }
            return actions
        case .startTransaction(let connector):
            guard let transactionID = payload["transactionId"]?.numberValue?.int else { return [] }
            let accepted = payload["idTagInfo"]?["status"]?.stringValue == "Accepted"
            if let index = connectors[connector - 1].recordIndex { sessions[index].transactionID = transactionID }
            guard accepted else {
                // §5.19 note: a rejected idTag ends the transaction at once.
                connectors[connector - 1].transactionID = transactionID
                return stopTransaction(connector: connector, reason: "DeAuthorized", now: now)
            }
            connectors[connector - 1].transactionID = transactionID
            // Queued messages that referred to this transaction before its id was known get it now.
            for index in queue.indices where queue[index].payload["transactionId"]?.numberValue?.int == -connector {
                var payload = queue[index].payload.objectValue ?? [:]
                payload["transactionId"] = .number(JSONNumber(transactionID))
                queue[index].payload = .object(payload)
            }
            return [
                .startTimer(.meterValues(connector: connector), after: .seconds(profile.behaviour.meterIntervalSeconds))
            ]
        case .stopTransaction, .other:
            return []
        }
    }

    private mutating func answer(
        _ action: String,
        _ payload: JSONValue,
        messageID: String,
        now: Date
    ) -> [ChargerAction] {
        func reply(_ body: JSONValue) -> [ChargerAction] {
            [.send(OCPPMessage.callResult(.init(messageId: messageID, payload: body)).text)]
        }
        func violation(_ what: String) -> [ChargerAction] {
            [
                .send(
                    OCPPMessage.callError(
                        .init(messageId: messageID, code: .occurenceConstraintViolation, description: what)
                    ).text
                )
            ]
        }
        switch action {
        case "RemoteStartTransaction":
            // OCPP 1.6 §5.11.
            guard let idTag = payload["idTag"]?.stringValue else { return violation("idTag is required") }
            let connector =
                payload["connectorId"]?.numberValue?.int
                ?? (connectors.firstIndex { $0.transactionID == nil && $0.status != "Unavailable" }.map { $0 + 1 } ?? 1)
            guard !rejectRemoteStart, let state = connectorState(connector), state.transactionID == nil,
                state.status != "Unavailable", state.status != "Faulted"
            else { return reply(["status": "Rejected"]) }
            connectors[connector - 1].pendingIdTag = idTag
            var actions = reply(["status": "Accepted"])
            if state.ev != nil {
                startTransaction(connector: connector, idTag: idTag, now: now)
                actions += flush()
            }
            return actions
        case "RemoteStopTransaction":
            // OCPP 1.6 §5.12.
            guard let transactionID = payload["transactionId"]?.numberValue?.int else {
                return violation("transactionId is required")
            }
            guard let index = connectors.firstIndex(where: { $0.transactionID == transactionID }) else {
                return reply(["status": "Rejected"])
            }
            return reply(["status": "Accepted"]) + stopTransaction(connector: index + 1, reason: "Remote", now: now)
        case "UnlockConnector":
            guard let connector = payload["connectorId"]?.numberValue?.int else {
                return violation("connectorId is required")
            }
            guard connectorState(connector) != nil else { return reply(["status": "NotSupported"]) }
            var actions = reply(["status": "Unlocked"])
            if connectors[connector - 1].transactionID != nil {
                actions += stopTransaction(connector: connector, reason: "UnlockCommand", now: now)
            }
            return actions
        case "ReserveNow":
            guard let connector = payload["connectorId"]?.numberValue?.int,
                let reservationID = payload["reservationId"]?.numberValue?.int
            else { return violation("connectorId and reservationId are required") }
            let target =
                connector == 0 ? (connectors.firstIndex { $0.status == "Available" }.map { $0 + 1 } ?? 1) : connector
            guard let state = connectorState(target) else { return reply(["status": "Rejected"]) }
            guard state.status == "Available" else {
                return reply(["status": state.transactionID != nil ? "Occupied" : "Unavailable"])
            }
            connectors[target - 1].reservationID = reservationID
            connectors[target - 1].pendingIdTag = payload["idTag"]?.stringValue
            setStatus(target, "Reserved", now: now)
            return reply(["status": "Accepted"]) + flush()
        case "CancelReservation":
            guard let reservationID = payload["reservationId"]?.numberValue?.int else {
                return violation("reservationId is required")
            }
            guard let index = connectors.firstIndex(where: { $0.reservationID == reservationID }) else {
                return reply(["status": "Rejected"])
            }
            connectors[index].reservationID = nil
            connectors[index].pendingIdTag = nil
            setStatus(index + 1, "Available", now: now)
            return reply(["status": "Accepted"]) + flush()
        case "ChangeAvailability":
            guard let connector = payload["connectorId"]?.numberValue?.int, let type = payload["type"]?.stringValue
            else {
                return violation("connectorId and type are required")
            }
            let targets = connector == 0 ? Array(1...connectors.count) : [connector]
            var scheduled = false
            for target in targets where connectorState(target) != nil {
                if connectors[target - 1].transactionID != nil {
                    scheduled = true
                    continue
                }
                setStatus(target, type == "Inoperative" ? "Unavailable" : "Available", now: now)
            }
            return reply(["status": scheduled ? "Scheduled" : "Accepted"]) + flush()
        case "Reset":
            var actions = reply(["status": "Accepted"])
            for connector in 1...connectors.count where connectors[connector - 1].transactionID != nil {
                actions += stopTransaction(
                    connector: connector,
                    reason: payload["type"]?.stringValue == "Hard" ? "HardReset" : "SoftReset",
                    now: now
                )
            }
            return actions + flush() + [.reconnect(after: .seconds(30))]
        case "TriggerMessage":
            let requested = payload["requestedMessage"]?.stringValue ?? ""
            switch requested {
            case "BootNotification": enqueue("BootNotification", bootPayload, context: .boot)
            case "Heartbeat": enqueue("Heartbeat", [:])
            case "StatusNotification":
                let connector = payload["connectorId"]?.numberValue?.int ?? 0
                enqueue(
                    "StatusNotification",
                    statusPayload(
                        connector: connector,
                        status: connector == 0 ? "Available" : (status(ofConnector: connector) ?? "Available"),
                        now: now
                    )
                )
            case "MeterValues":
                let connector = payload["connectorId"]?.numberValue?.int ?? 1
                if connectorState(connector) != nil {
                    enqueue("MeterValues", meterValuesPayload(connector: connector, now: now))
                }
            default:
                return reply(["status": "NotImplemented"])
            }
            return reply(["status": "Accepted"]) + flush()
        case "SetChargingProfile":
            // OCPP 1.6 §5.16: the first period's limit applies (in W or A) to this emulator's meter model.
            guard let schedule = payload["csChargingProfiles"]?["chargingSchedule"],
                let limit = schedule["chargingSchedulePeriod"]?[0]?["limit"]?.numberValue?.double
            else { return violation("csChargingProfiles.chargingSchedule is required") }
            let unit = schedule["chargingRateUnit"]?.stringValue ?? "W"
            chargingLimitWatts = unit == "A" ? limit * 230 * 3 : limit
            return reply(["status": "Accepted"])
        case "ClearChargingProfile":
            chargingLimitWatts = nil
            return reply(["status": "Accepted"])
        case "GetConfiguration":
            let keys: [JSONValue] = [
                [
                    "key": "HeartbeatInterval", "readonly": false,
                    "value": .string(String(profile.behaviour.heartbeatSeconds)),
                ],
                [
                    "key": "MeterValueSampleInterval", "readonly": false,
                    "value": .string(String(profile.behaviour.meterIntervalSeconds)),
                ],
                ["key": "NumberOfConnectors", "readonly": true, "value": .string(String(connectors.count))],
            ]
            return reply(["configurationKey": .array(keys)])
        case "ChangeConfiguration":
            return reply(["status": "Accepted"])
        case "UpdateFirmware":
            return reply([:])
        case "DataTransfer":
            return reply(["status": "UnknownVendorId"])
        default:
            // OCPP-J 1.6 §4.2.3: an action the charger does not know is NotImplemented.
            return [
                .send(
                    OCPPMessage.callError(
                        .init(messageId: messageID, code: .notImplemented, description: "unknown action \(action)")
                    ).text
                )
            ]
        }
    }

    // MARK: - Transactions

    private mutating func startTransaction(connector: Int, idTag: String, now: Date) {
        guard connectors[connector - 1].recordIndex == nil else { return }
        connectors[connector - 1].idTag = idTag
        connectors[connector - 1].pendingIdTag = nil
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
        enqueue(
            "StartTransaction",
            [
                "connectorId": .number(JSONNumber(connector)),
                "idTag": .string(idTag),
                "meterStart": .number(JSONNumber(meterStart)),
                "timestamp": .string(timestamp(now)),
            ],
            context: .startTransaction(connector: connector),
            transactional: true
        )
        setStatus(connector, "Charging", now: now)
    }

    private mutating func stopTransaction(connector: Int, reason: String, now: Date) -> [ChargerAction] {
        guard let recordIndex = connectors[connector - 1].recordIndex else { return [] }
        let meterStop = energyRegisterWh[connector - 1]
        sessions[recordIndex].stopped = now
        sessions[recordIndex].meterStopWh = meterStop
        sessions[recordIndex].stopReason = reason
        statistics.transactionsStopped += 1
        var payload: JSONObject = [
            // Before StartTransaction.conf the id is unknown: a placeholder replaced when it arrives.
            "transactionId": .number(JSONNumber(connectors[connector - 1].transactionID ?? -connector)),
            "idTag": .string(connectors[connector - 1].idTag ?? ""),
            "meterStop": .number(JSONNumber(meterStop)),
            "timestamp": .string(timestamp(now)),
            "reason": .string(reason),
        ]
        if profile.behaviour.stopWithTransactionData {
            payload["transactionData"] = [
                [
                    "timestamp": .string(timestamp(now)),
                    "sampledValue": [energySample(connector: connector, context: "Transaction.End")],
                ]
            ]
        }
        enqueue("StopTransaction", .object(payload), context: .stopTransaction, transactional: true)
        connectors[connector - 1].transactionID = nil
        connectors[connector - 1].recordIndex = nil
        connectors[connector - 1].powerWatts = 0
        let stillPlugged = connectors[connector - 1].ev != nil
        setStatus(
            connector,
            stillPlugged && profile.behaviour.finishingBeforeAvailable ? "Finishing" : "Available",
            now: now
        )
        return [.cancelTimer(.meterValues(connector: connector))]
    }

    private mutating func meterTick(connector: Int, now: Date) -> [ChargerAction] {
        guard var state = connectorState(connector), state.recordIndex != nil, let ev = state.ev,
            let spec = profile.connector(connector)?.spec
        else { return [] }
        let interval = Double(profile.behaviour.meterIntervalSeconds)
        var kilowatts = NSDecimalNumber(decimal: spec.maxPowerKW).doubleValue
        kilowatts = min(kilowatts, spec.isDC ? ev.maxDCKW : ev.maxACKW)
        if spec.isDC, let curve = profile.curveLimit(atSoC: state.soc) { kilowatts = min(kilowatts, curve) }
        if let limit = chargingLimitWatts { kilowatts = min(kilowatts, limit / 1000) }
        if state.soc >= ev.targetSoC { kilowatts = 0 }
        let energyWh = Int((kilowatts * interval / 3.6).rounded())
        energyRegisterWh[connector - 1] += energyWh
        state.soc = min(100, state.soc + Double(energyWh) / 10 / ev.batteryKWh)
        state.powerWatts = kilowatts * 1000
        connectors[connector - 1] = state
        if kilowatts == 0 && state.status == "Charging" { setStatus(connector, "SuspendedEV", now: now) }
        enqueue("MeterValues", meterValuesPayload(connector: connector, now: now), transactional: true)
        return [
            .startTimer(.meterValues(connector: connector), after: .seconds(profile.behaviour.meterIntervalSeconds))
        ]
    }

    private mutating func apply(_ fault: ChargerFault, now: Date) -> [ChargerAction] {
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
                actions += stopTransaction(connector: connector, reason: "Reboot", now: now)
            }
            return actions + flush() + [.reconnect(after: .seconds(60))]
        }
        return []
    }

    // MARK: - Sending

    private mutating func enqueue(
        _ action: String,
        _ payload: JSONValue,
        context: OutgoingCall.Context = .other,
        front: Bool = false,
        transactional: Bool = false
    ) {
        let call = OutgoingCall(
            id: nextID(),
            action: action,
            payload: payload,
            context: context,
            isTransactionMessage: transactional
        )
        if front { queue.insert(call, at: 0) } else { queue.append(call) }
        if transactional && duplicateMessages {
            queue.append(
                OutgoingCall(
                    id: nextID(),
                    action: action,
                    payload: payload,
                    context: .other,
                    isTransactionMessage: true
                )
            )
        }
    }

    private mutating func nextID() -> String {
        defer { nextMessageNumber += 1 }
        return "\(id)-\(nextMessageNumber)"
    }

    /// Sends the next queued CALL when none is outstanding. Before boot is accepted only
    /// BootNotification goes out; offline, nothing does (transaction messages wait, others are dropped).
    private mutating func flush() -> [ChargerAction] {
        guard connected, inFlight == nil else { return [] }
        if !booted {
            // Status is reported afresh once boot is accepted; only transaction messages wait.
            queue.removeAll { !$0.isTransactionMessage && $0.action != "BootNotification" }
            guard let index = queue.firstIndex(where: { $0.action == "BootNotification" }) else { return [] }
            let call = queue.remove(at: index)
            inFlight = call
            return [.send(OCPPMessage.call(.init(messageId: call.id, action: call.action, payload: call.payload)).text)]
        }
        // Messages about a transaction whose id is not known yet wait for StartTransaction.conf.
        guard let index = queue.firstIndex(where: { ($0.payload["transactionId"]?.numberValue?.int ?? 0) >= 0 }) else {
            return []
        }
        let call = queue.remove(at: index)
        inFlight = call
        return [.send(OCPPMessage.call(.init(messageId: call.id, action: call.action, payload: call.payload)).text)]
    }

    private var bootPayload: JSONValue {
        [
            "chargePointVendor": .string(profile.vendor),
            "chargePointModel": .string(profile.model),
            "chargePointSerialNumber": .string(id),
            "firmwareVersion": .string(profile.firmware),
        ]
    }

    private mutating func setStatus(_ connector: Int, _ status: String, now: Date) {
        guard connectors[connector - 1].status != status else { return }
        connectors[connector - 1].status = status
        enqueue("StatusNotification", statusPayload(connector: connector, status: status, now: now))
    }

    private func statusPayload(connector: Int, status: String, now: Date) -> JSONValue {
        [
            "connectorId": .number(JSONNumber(connector)),
            "errorCode": "NoError",
            "status": .string(status),
            "timestamp": .string(timestamp(now)),
        ]
    }

    private func meterValuesPayload(connector: Int, now: Date) -> JSONValue {
        let state = connectors[connector - 1]
        var samples: [JSONValue] = [
            energySample(connector: connector, context: "Sample.Periodic"),
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
        payload["transactionId"] = .number(JSONNumber(state.transactionID ?? -connector))
        return .object(payload)
    }

    private func energySample(connector: Int, context: String) -> JSONValue {
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

    private func timestamp(_ now: Date) -> String {
        let shifted = now.addingTimeInterval(clockSkew)
        guard profile.behaviour.localTimeTimestamps else { return OCPPTimestamp.format(shifted) }
        // Local time written without a zone designator (UTC+1 here), as some firmware does.
        return String(OCPPTimestamp.format(shifted.addingTimeInterval(3600)).dropLast())
    }

    private func connectorState(_ connector: Int) -> ConnectorState? {
        connectors.indices.contains(connector - 1) ? connectors[connector - 1] : nil
    }
}
