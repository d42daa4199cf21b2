public import Foundation
import JSON
import OCPP

/// An emulated charger speaking OCPP-J 1.6 or 2.0.1 (the profile says which), as a pure state
/// machine: each event returns the actions its driver must perform (send a frame, start a timer).
/// The same emulator runs in process on the simulated clock or over a real WebSocket on the wall
/// clock; it never reads a clock itself.
///
/// The connector state machine, meter model, faults and queueing are shared by both versions;
/// only the messages differ (`ChargerEmulator+OCPP16.swift`, `ChargerEmulator+OCPP201.swift`).
/// It sends one CALL at a time (OCPP-J 1.6 §4.1.1, OCPP 2.0.1 Part 4 §4.1.1) and queues the rest;
/// while offline it keeps transaction-related messages and replays them on reconnect (OCPP 1.6
/// §3.7, OCPP 2.0.1 E04).
public struct ChargerEmulator: Sendable {
    public let id: String
    public let profile: ChargerProfile
    /// Every transaction the charger ran, in order: its own account of the truth.
    public internal(set) var sessions: [ChargerSessionRecord] = []
    /// Counters for `roamgate emulate`'s summary.
    public internal(set) var statistics = Statistics()

    public struct Statistics: Sendable, Hashable {
        public var bootAccepted = false
        public var callErrorsReceived = 0
        public var commandsAnswered = 0
        public var transactionsStarted = 0
        public var transactionsStopped = 0
        public var authorizationsRejected = 0
    }

    var connected = false
    var booted = false
    var connectors: [ConnectorState]
    var energyRegisterWh: [Int]
    var queue: [OutgoingCall] = []
    var inFlight: OutgoingCall?
    var nextMessageNumber = 1
    var nextTransactionNumber = 1
    var rejectRemoteStart = false
    var duplicateMessages = false
    var clockSkew: TimeInterval = 0
    /// A station-wide charging limit (1.6 connector 0 / 2.0.1 EVSE 0 profiles), in W.
    var stationLimitWatts: Double?
    /// A reset accepted as `Scheduled` waits for the last transaction to end (OCPP 2.0.1 B12).
    var resetWhenIdle = false

    /// One connector's state. `status` uses the OCPP 1.6 ChargePointStatus vocabulary, the finer
    /// of the two; 2.0.1 reports it as connectorStatus plus chargingState.
    struct ConnectorState: Sendable {
        var status = "Available"
        var ev: EVModel?
        var soc: Double = 0
        var powerWatts: Double = 0
        /// 1.6: the central system's integer id as text; 2.0.1: the station's own id.
        var transactionID: String?
        var idTag: String?
        /// The 2.0.1 IdTokenEnumType of `idTag`: a card (`ISO14443`) or the CSMS's own type on a remote start.
        var idTokenType = "ISO14443"
        /// A token authorized (locally, by Authorize or a remote start) and waiting for the EV.
        var authorizedIdTag: String?
        /// Set by a remote start: 2.0.1 echoes it in the first TransactionEvent (F01.FR.25).
        var remoteStartID: Int?
        var reservationID: Int?
        var recordIndex: Int?
        /// 2.0.1 TransactionEvent seqNo of the next event of the open transaction.
        var sequenceNumber = 0
        var limitWatts: Double?
        /// A ChangeAvailability answered `Scheduled`: applied when the transaction ends (OCPP 1.6 §5.2, G03.FR.05).
        var scheduledOperative: Bool?
    }

    struct OutgoingCall: Sendable {
        var id: String
        var action: String
        var payload: JSONValue
        var context: Context
        var isTransactionMessage: Bool

        enum Context: Sendable {
            case boot
            case authorize(connector: Int, idTag: String)
            case startTransaction(connector: Int)
            case transactionStarted(connector: Int)
            case stopTransaction, other
        }
    }

    public init(id: String, profile: ChargerProfile) {
        self.id = id
        self.profile = profile
        self.connectors = Array(repeating: ConnectorState(), count: profile.connectorCount)
        self.energyRegisterWh = Array(repeating: 0, count: profile.connectorCount)
    }

    var version: OCPPVersion { profile.ocppVersion }

    /// The status of connector `id` (1-based, numbered across EVSEs), in OCPP 1.6 vocabulary.
    public func status(ofConnector id: Int) -> String? {
        connectors.indices.contains(id - 1) ? connectors[id - 1].status : nil
    }

    /// The status of connector `id` as this charger's OCPP version reports it
    /// (2.0.1: `Available`, `Occupied`, `Reserved`, `Unavailable`, `Faulted`).
    public func reportedStatus(ofConnector id: Int) -> String? {
        status(ofConnector: id).map(reportedStatus)
    }

    /// The energy register of connector `id`, in Wh.
    public func energyRegister(ofConnector id: Int) -> Int? {
        energyRegisterWh.indices.contains(id - 1) ? energyRegisterWh[id - 1] : nil
    }

    /// The open transaction on connector `id`, if any (1.6: the central system's id as text).
    public func transactionID(ofConnector id: Int) -> String? {
        connectors.indices.contains(id - 1) ? connectors[id - 1].transactionID : nil
    }

    /// The power the meter model delivers on connector `id` right now, in W.
    public func power(ofConnector id: Int) -> Double? {
        connectors.indices.contains(id - 1) ? connectors[id - 1].powerWatts : nil
    }

    /// True while nothing is queued or waiting for an answer.
    public var isIdle: Bool { queue.isEmpty && inFlight == nil }

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
            enqueue("BootNotification", bootPayload(), context: .boot, front: true)
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
            if connected && !booted { enqueue("BootNotification", bootPayload(), context: .boot, front: true) }
        case .timerFired(.meterValues(let connector)):
            actions += meterTick(connector: connector, now: now)
        case .timerFired(.callTimeout(let messageID)):
            actions += callTimedOut(messageID)
        case .plugIn(let connector, let ev):
            actions += plugIn(connector: connector, ev: ev, now: now)
        case .unplug(let connector):
            actions += unplug(connector: connector, now: now)
        case .presentToken(let connector, let idTag):
            actions += presentToken(connector: connector, idTag: idTag, now: now)
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
            // OCPP-J 1.6 §4.2.3 / 2.0.1 Part 4 §4.2.3: answer a malformed CALL when its id can be read.
            return error.callError(in: version).map { [.send(OCPPMessage.callError($0).text)] } ?? []
        }
        switch message {
        case .call(let call):
            statistics.commandsAnswered += 1
            let schema = version == .v16 ? OCPP16.schema : OCPP201.schema
            if let error = schema.callError(validating: call) {
                return [.send(OCPPMessage.callError(error).text)]
            }
            let replyAndFollowUps =
                version == .v16
                ? answer16(call.action, call.payload, now: now)
                : answer201(call.action, call.payload, now: now)
            let reply: OCPPMessage
            switch replyAndFollowUps.reply {
            case .result(let payload): reply = .callResult(.init(messageId: call.messageId, payload: payload))
            case .error(let code, let description):
                reply = .callError(.init(messageId: call.messageId, code: code, description: description))
            }
            // TriggerMessage and the like: the CALLRESULT goes first, then what it caused (ocpp.md §0.13).
            return [.send(reply.text)] + replyAndFollowUps.actions + flush()
        case .callResult(let answer):
            guard let call = inFlight, call.id == answer.messageId else { return [] }
            inFlight = nil
            return [.cancelTimer(.callTimeout(call.id))] + result(of: call, payload: answer.payload, now: now)
        case .callError(let error):
            statistics.callErrorsReceived += 1
            guard let call = inFlight, call.id == error.messageId else { return [] }
            inFlight = nil
            return [.cancelTimer(.callTimeout(call.id))]
        }
    }

    /// What a received CALL is answered with, and the actions it caused (sent after the answer).
    struct CommandOutcome {
        enum Reply {
            case result(JSONValue)
            case error(CallErrorCode, String)
        }
        var reply: Reply
        var actions: [ChargerAction] = []

        static func status(_ status: String, _ actions: [ChargerAction] = []) -> CommandOutcome {
            CommandOutcome(reply: .result(["status": .string(status)]), actions: actions)
        }
    }

    private mutating func result(of call: OutgoingCall, payload: JSONValue, now: Date) -> [ChargerAction] {
        switch call.context {
        case .boot:
            // OCPP 1.6 §4.2 / 2.0.1 B01.FR.02: only after Accepted may the charger send other messages.
            let interval = payload["interval"]?.numberValue?.int ?? profile.behaviour.heartbeatSeconds
            guard payload["status"]?.stringValue == "Accepted" else {
                return [.startTimer(.bootRetry, after: .seconds(max(interval, 10)))]
            }
            booted = true
            statistics.bootAccepted = true
            reportAllStatuses(now: now)
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
        case .authorize(let connector, let idTag):
            let status = payload["idTagInfo"]?["status"]?.stringValue ?? payload["idTokenInfo"]?["status"]?.stringValue
            guard status == "Accepted" else {
                statistics.authorizationsRejected += 1
                return []
            }
            return tokenAuthorized(connector: connector, idTag: idTag, trigger: .authorized, now: now)
        case .startTransaction(let connector):
            return startTransactionConfirmed(connector: connector, payload: payload, now: now)
        case .transactionStarted(let connector):
            // OCPP 2.0.1 E01: a token the CSMS does not accept ends the transaction (Deauthorized).
            let status = payload["idTokenInfo"]?["status"]?.stringValue
            guard let status, status != "Accepted", connectors[connector - 1].recordIndex != nil else { return [] }
            statistics.authorizationsRejected += 1
            return endTransaction(connector: connector, reason: .deauthorized, now: now)
        case .stopTransaction, .other:
            return []
        }
    }

    /// The central system did not answer a CALL in time: transaction messages are retried, others
    /// dropped (OCPP 1.6 §3.7, OCPP-J 1.6 §4.1.1: one outstanding CALL, a timeout frees the slot).
    private mutating func callTimedOut(_ messageID: String) -> [ChargerAction] {
        guard let call = inFlight, call.id == messageID else { return [] }
        inFlight = nil
        if call.isTransactionMessage { queue.insert(call, at: 0) }
        return []
    }

    // MARK: - Sending

    mutating func enqueue(
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
    mutating func flush() -> [ChargerAction] {
        guard connected, inFlight == nil else { return [] }
        if !booted {
            // Status is reported afresh once boot is accepted; only transaction messages wait.
            queue.removeAll { !$0.isTransactionMessage && $0.action != "BootNotification" }
            guard let index = queue.firstIndex(where: { $0.action == "BootNotification" }) else { return [] }
            return send(queue.remove(at: index))
        }
        // 1.6: messages about a transaction whose id is not known yet wait for StartTransaction.conf.
        guard let index = queue.firstIndex(where: { ($0.payload["transactionId"]?.numberValue?.int ?? 0) >= 0 }) else {
            return []
        }
        return send(queue.remove(at: index))
    }

    private mutating func send(_ call: OutgoingCall) -> [ChargerAction] {
        inFlight = call
        return [
            .send(OCPPMessage.call(.init(messageId: call.id, action: call.action, payload: call.payload)).text),
            .startTimer(.callTimeout(call.id), after: .seconds(profile.behaviour.responseTimeoutSeconds)),
        ]
    }

    // MARK: - Status

    mutating func setStatus(_ connector: Int, _ status: String, now: Date) {
        let previous = connectors[connector - 1].status
        guard previous != status else { return }
        connectors[connector - 1].status = status
        // 2.0.1 reports only the five connector states; charging states travel in TransactionEvent.
        guard reportedStatus(previous) != reportedStatus(status) else { return }
        enqueueStatus(connector: connector, status: status, now: now)
    }

    /// The status as this version names it on the wire.
    func reportedStatus(_ status: String) -> String {
        version == .v16 ? status : Self.connectorStatus201(status)
    }

    private mutating func reportAllStatuses(now: Date) {
        // OCPP 1.6 §4.9: connector 0 reports the charge point as a whole; 2.0.1 B01.FR.05: one per connector.
        if version == .v16 { enqueueStatus(connector: 0, status: "Available", now: now) }
        for connector in 1...connectors.count {
            enqueueStatus(connector: connector, status: connectors[connector - 1].status, now: now)
        }
    }

    mutating func enqueueStatus(connector: Int, status: String, now: Date) {
        let payload =
            version == .v16
            ? statusPayload16(connector: connector, status: status, now: now)
            : statusPayload201(connector: connector, status: status, now: now)
        enqueue("StatusNotification", payload)
    }

    func bootPayload() -> JSONValue {
        version == .v16 ? bootPayload16 : bootPayload201
    }

    /// The charger's serial number as sent in BootNotification (both versions allow 25 characters).
    var serialNumber: String { String(id.suffix(25)) }

    func timestamp(_ now: Date) -> String {
        let shifted = now.addingTimeInterval(clockSkew)
        guard profile.behaviour.localTimeTimestamps else { return OCPPTimestamp.format(shifted) }
        // Local time written without a zone designator (UTC+1 here), as some firmware does.
        return String(OCPPTimestamp.format(shifted.addingTimeInterval(3600)).dropLast())
    }

    func connectorState(_ connector: Int) -> ConnectorState? {
        connectors.indices.contains(connector - 1) ? connectors[connector - 1] : nil
    }
}
