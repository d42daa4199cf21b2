import Foundation
import JSON
import OCPI
import OCPP
import Wire

extension ReferenceCPO {
    /// A charger opened its OCPP connection (OCPP-J 1.6 §3: the charge point id is in the URL) with
    /// the sub-protocol `version`.
    public func chargerConnected(_ chargerID: String, version: OCPPVersion = .v16) -> Bool {
        // Only chargers of the master data: a session needs its location and EVSE.
        guard masterData[chargerID] != nil else { return false }
        if chargers[chargerID] == nil { chargers[chargerID] = ChargerRuntime(chargerID: chargerID) }
        chargers[chargerID]?.ocppVersion = version
        return true
    }

    /// The charger's connection closed.
    public func chargerDisconnected(_ chargerID: String) {
        chargers[chargerID]?.booted = false
    }

    /// Handles one OCPP-J frame from a charger, in the version it connected with; answers go out
    /// through the environment.
    public func receiveOCPP(from chargerID: String, text: String, now: Date) {
        let version = chargers[chargerID]?.ocppVersion ?? .v16
        let message: OCPPMessage
        do {
            message = try OCPPMessage.decode(text)
        } catch {
            // OCPP-J 1.6 §4.2.3 / 2.0.1 Part 4 §4.2.3: a malformed CALL is answered when its id can be read.
            if let reply = error.callError(in: version) {
                environment.sendOCPP(chargerID, OCPPMessage.callError(reply).text)
            }
            return
        }
        switch message {
        case .call(let call):
            // Payloads are checked against the official schemas of the version before they are acted on.
            if let error = (version == .v16 ? OCPP16.schema : OCPP201.schema).callError(validating: call) {
                environment.sendOCPP(chargerID, OCPPMessage.callError(error).text)
                return
            }
            let answer =
                version == .v16
                ? handleCall(call.action, call.payload, chargerID: chargerID, now: now)
                : handleCall201(call.action, call.payload, chargerID: chargerID, now: now)
            environment.sendOCPP(chargerID, answer(call.messageId).text)
        case .callResult(let result):
            commandAnswered(messageID: result.messageId, payload: result.payload, error: nil, now: now)
        case .callError(let error):
            commandAnswered(messageID: error.messageId, payload: [:], error: error.code.rawValue, now: now)
        }
    }

    /// Sends a CALL to a charger and returns its message id. Commands are written in 1.6 words; a
    /// 2.0.1 charger gets their 2.0.1 counterpart.
    func sendCall(_ action: String, _ payload: JSONValue, to chargerID: String) -> String {
        let number = nextOCPPMessageNumber
        let id = "cs-\(number)"
        nextOCPPMessageNumber += 1
        var call = OCPPMessage.Call(messageId: id, action: action, payload: payload)
        if chargers[chargerID]?.ocppVersion == .v201 {
            call = translatedTo201(call, chargerID: chargerID, remoteStartID: number)
        }
        environment.sendOCPP(chargerID, OCPPMessage.call(call).text)
        return id
    }

    private func handleCall(
        _ action: String,
        _ payload: JSONValue,
        chargerID: String,
        now: Date
    ) -> (String) -> OCPPMessage {
        func result(_ body: JSONValue) -> (String) -> OCPPMessage {
            { .callResult(.init(messageId: $0, payload: body)) }
        }
        func error(_ code: String, _ text: String) -> (String) -> OCPPMessage {
            { .callError(.init(messageId: $0, code: CallErrorCode(code), description: text)) }
        }
        let timestamp = JSONValue.string(OCPPTimestamp.format(now))
        switch action {
        case "BootNotification":
            // OCPP 1.6 §4.2: vendor and model are required.
            guard let vendor = payload["chargePointVendor"]?.stringValue,
                let model = payload["chargePointModel"]?.stringValue
            else { return error("OccurenceConstraintViolation", "chargePointVendor and chargePointModel are required") }
            var runtime = chargers[chargerID] ?? ChargerRuntime(chargerID: chargerID)
            let firstBoot = !(locationPublications[chargerID] ?? 0 > 0)
            runtime.vendor = vendor
            runtime.model = model
            runtime.firmware = payload["firmwareVersion"]?.stringValue ?? ""
            runtime.booted = true
            chargers[chargerID] = runtime
            if firstBoot { publishLocation(chargerID, now: now) }
            return result(["status": "Accepted", "currentTime": timestamp, "interval": 900])
        case "Heartbeat":
            return result(["currentTime": timestamp])
        case "StatusNotification":
            guard let connector = payload["connectorId"]?.numberValue?.int, let status = payload["status"]?.stringValue
            else {
                return error("OccurenceConstraintViolation", "connectorId and status are required")
            }
            statusChanged(chargerID: chargerID, connector: connector, status: status, now: now)
            return result([:])
        case "Authorize":
            guard let idTag = payload["idTag"]?.stringValue else {
                return error("OccurenceConstraintViolation", "idTag is required")
            }
            return result([
                "idTagInfo": ["status": .string(authorize(idTag: idTag, chargerID: chargerID, now: now).status)]
            ])
        case "StartTransaction":
            guard let connector = payload["connectorId"]?.numberValue?.int, let idTag = payload["idTag"]?.stringValue,
                let meterStart = payload["meterStart"]?.numberValue?.int
            else { return error("OccurenceConstraintViolation", "connectorId, idTag and meterStart are required") }
            let start = payload["timestamp"]?.stringValue.flatMap(OCPPTimestamp.parse) ?? now
            // A duplicated StartTransaction (same connector, time and meter) gets the same transaction.
            if let latest = latestSessionByConnector[ConnectorKey(chargerID: chargerID, connector: connector)],
                let existing = sessions[latest], existing.start == start, existing.meterStartWh == meterStart
            {
                return result([
                    "transactionId": .number(JSONNumber(existing.transactionID)), "idTagInfo": ["status": "Accepted"],
                ])
            }
            let transactionID = nextTransactionID
            nextTransactionID += 1
            let decision = authorize(idTag: idTag, chargerID: chargerID, now: now)
            if decision.status == "Accepted" {
                startSession(
                    chargerID: chargerID,
                    connector: connector,
                    transactionID: transactionID,
                    meterStartWh: meterStart,
                    start: start,
                    decision: decision,
                    now: now
                )
            }
            return result([
                "transactionId": .number(JSONNumber(transactionID)), "idTagInfo": ["status": .string(decision.status)],
            ])
        case "MeterValues":
            if let transactionID = payload["transactionId"]?.numberValue?.int {
                for meterValue in payload["meterValue"]?.arrayValue ?? [] {
                    let time = meterValue["timestamp"]?.stringValue.flatMap(OCPPTimestamp.parse) ?? now
                    for sample in meterValue["sampledValue"]?.arrayValue ?? [] {
                        meterSample(transactionID: transactionID, sample: sample, time: time, now: now)
                    }
                }
            }
            return result([:])
        case "StopTransaction":
            guard let transactionID = payload["transactionId"]?.numberValue?.int,
                let meterStop = payload["meterStop"]?.numberValue?.int
            else { return error("OccurenceConstraintViolation", "transactionId and meterStop are required") }
            let time = payload["timestamp"]?.stringValue.flatMap(OCPPTimestamp.parse) ?? now
            stopSession(
                transactionID: transactionID,
                meterStopWh: meterStop,
                time: time,
                reason: payload["reason"]?.stringValue,
                now: now
            )
            return result(["idTagInfo": ["status": "Accepted"]])
        case "DataTransfer":
            return result(["status": "UnknownVendorId"])
        case "FirmwareStatusNotification", "DiagnosticsStatusNotification":
            return result([:])
        default:
            return error("NotImplemented", "action \(action) is not implemented by this central system")
        }
    }

    /// The result of authorizing an idTag: the OCPP status and what goes into the Session's cdr_token.
    struct Authorization {
        var status: String
        var token: JSONValue?
        var authMethod: String
        var authorizationReference: String?
    }

    /// OCPI 2.2.1 §12: whitelisted tokens locally, others in real time at the eMSP.
    func authorize(idTag: String, chargerID: String, now: Date) -> Authorization {
        // Remote starts: the eMSP authorized the token already (§13.3.1: the CPO must not re-check).
        if let remote = remoteStartTokens[idTag], now <= remote.until {
            return Authorization(
                status: "Accepted",
                token: remote.token,
                authMethod: "COMMAND",
                authorizationReference: remote.authorizationReference
            )
        }
        guard let partner else {
            // Not registered yet: accept any idTag so an external charger can charge at once.
            return Authorization(status: "Accepted", token: nil, authMethod: "WHITELIST", authorizationReference: nil)
        }
        if let token = tokens[idTag] {
            let valid = token["valid"]?.boolValue ?? false
            let whitelist = token["whitelist"]?.stringValue ?? "NEVER"
            let group = token["group_id"]?.stringValue ?? ""
            if isDefect(.communityLocksOutTokens), configuration.communityChargers.contains(chargerID),
                !group.hasPrefix("COMMUNITY")
            {
                return Authorization(
                    status: "Blocked",
                    token: token,
                    authMethod: "WHITELIST",
                    authorizationReference: nil
                )
            }
            let local = !isDefect(.tokenWhitelistIgnored) && (whitelist == "ALWAYS" || whitelist == "ALLOWED")
            if local {
                return Authorization(
                    status: valid ? "Accepted" : "Invalid",
                    token: token,
                    authMethod: "WHITELIST",
                    authorizationReference: nil
                )
            }
        }
        realTimeAuthorizations[idTag, default: 0] += 1
        guard let url = partner.endpoints["tokens.SENDER"] else {
            return Authorization(status: "Invalid", token: nil, authMethod: "AUTH_REQUEST", authorizationReference: nil)
        }
        let location = masterData[chargerID]
        let body: JSONValue = ["location_id": .string(location?.locationID ?? chargerID)]
        let request = OCPIHTTP.request(
            .post,
            url: url + "/" + idTag + "/authorize?type=RFID",
            token: partner.token,
            body: body,
            requestID: nextRequestID(),
            routing: routingToPartner
        )
        guard let response = environment.sendOCPI(request, url + "/" + idTag + "/authorize?type=RFID") else {
            // ALLOWED_OFFLINE: allowed when the eMSP cannot be reached (§12.4.4).
            let offlineAllowed = tokens[idTag]?["whitelist"]?.stringValue == "ALLOWED_OFFLINE"
            return Authorization(
                status: offlineAllowed ? "Accepted" : "Invalid",
                token: tokens[idTag],
                authMethod: "WHITELIST",
                authorizationReference: nil
            )
        }
        let envelope = OCPIHTTP.envelope(of: response)
        guard response.status == 200, let info = envelope?["data"], let allowed = info["allowed"]?.stringValue else {
            return Authorization(status: "Invalid", token: nil, authMethod: "AUTH_REQUEST", authorizationReference: nil)
        }
        if isDefect(.communityLocksOutTokens), configuration.communityChargers.contains(chargerID),
            !(info["token"]?["group_id"]?.stringValue ?? "").hasPrefix("COMMUNITY")
        {
            return Authorization(
                status: "Blocked",
                token: info["token"],
                authMethod: "AUTH_REQUEST",
                authorizationReference: nil
            )
        }
        let status: String
        switch allowed {
        case "ALLOWED": status = "Accepted"
        case "BLOCKED": status = "Blocked"
        case "EXPIRED": status = "Expired"
        default: status = "Invalid"
        }
        return Authorization(
            status: status,
            token: info["token"],
            authMethod: "AUTH_REQUEST",
            authorizationReference: info["authorization_reference"]?.stringValue
        )
    }

    /// OCPP 1.6 ChargePointStatus → OCPI 2.2.1 §8.4.22 Status.
    static func ocpiStatus(_ ocpp: String) -> String {
        switch ocpp {
        case "Available": "AVAILABLE"
        case "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing": "CHARGING"
        case "Reserved": "RESERVED"
        case "Unavailable": "INOPERATIVE"
        case "Faulted": "OUTOFORDER"
        default: "UNKNOWN"
        }
    }

    func statusChanged(chargerID: String, connector: Int, status: String, now: Date) {
        let previous = chargers[chargerID]?.connectorStatus[connector]
        chargers[chargerID]?.connectorStatus[connector] = status
        guard connector > 0, let master = masterData[chargerID], let (evse, _) = master.connector(ocppID: connector)
        else { return }
        if let session = latestSessionByConnector[ConnectorKey(chargerID: chargerID, connector: connector)],
            sessions[session]?.status == "ACTIVE"
        {
            // EV suspended: the following time is parking (§10.4.6: a new period when the price may change).
            let parking = status == "SuspendedEV" || status == "Finishing"
            if sessions[session]?.openPeriod.parking != parking {
                sessions[session]?.closePeriod(at: now, nextParking: parking)
            }
        }
        let evseStatus = evseOCPIStatus(master: master, evse: evse)
        if previous.map(Self.ocpiStatus) != Self.ocpiStatus(status) {
            pushEVSEStatus(chargerID: chargerID, evse: evse, status: evseStatus, now: now)
        }
    }

    /// An EVSE's status from its connectors: charging wins, then reserved, then available.
    func evseOCPIStatus(master: ChargerMasterData, evse: Int) -> String {
        let statuses = master.evses[evse].connectors.map {
            Self.ocpiStatus(chargers[master.chargerID]?.connectorStatus[$0.ocppConnectorID] ?? "Available")
        }
        for candidate in ["CHARGING", "RESERVED", "OUTOFORDER", "INOPERATIVE"] where statuses.contains(candidate) {
            return candidate
        }
        return statuses.first ?? "UNKNOWN"
    }
}
