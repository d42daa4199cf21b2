import Foundation
import JSON
import OCPI
import Wire

extension ReferenceCPO {
    /// Commands receiver (OCPI 2.2.1 §13.2.2): answer with a CommandResponse now, forward to the
    /// charger over OCPP, and POST the CommandResult to `response_url` when the charger answers.
    func handleCommand(_ type: String, request: HTTPRequest, now: Date) -> HTTPResponse {
        guard case .success(let body?) = OCPIHTTP.jsonBody(request), let responseURL = body["response_url"]?.stringValue
        else {
            return OCPIHTTP.response(
                httpStatus: 400,
                statusCode: 2001,
                message: "expected a command object with response_url",
                now: now
            )
        }
        func answer(_ result: String, status: Int = 1000, message: String? = nil) -> HTTPResponse {
            var data: JSONObject = [
                "result": .string(result), "timeout": .number(JSONNumber(configuration.commandTimeoutSeconds)),
            ]
            if let message { data["message"] = [["language": "en", "text": .string(message)]] }
            return OCPIHTTP.response(data: .object(data), statusCode: status, now: now)
        }
        let known = ["START_SESSION", "STOP_SESSION", "UNLOCK_CONNECTOR", "RESERVE_NOW", "CANCEL_RESERVATION"]
        guard known.contains(type) else { return answer("NOT_SUPPORTED", message: "unknown command \(type)") }
        // The partner contract decides which commands it may send.
        if !configuration.allowedCommands.contains(type), !isDefect(.permissionNotEnforced) {
            return answer("REJECTED", message: "\(type) is not allowed by the partner contract")
        }
        switch type {
        case "START_SESSION":
            guard
                let (chargerID, connector) = resolve(
                    locationID: body["location_id"]?.stringValue,
                    evseUID: body["evse_uid"]?.stringValue
                )
            else {
                return answer("REJECTED", status: 2003, message: "unknown location or EVSE")
            }
            guard let token = body["token"], let uid = token["uid"]?.stringValue else {
                return OCPIHTTP.response(statusCode: 2001, message: "token is required", now: now)
            }
            remoteStartTokens[uid] = (
                token, now.addingTimeInterval(15 * 60), body["authorization_reference"]?.stringValue
            )
            let id = sendCall(
                "RemoteStartTransaction",
                ["connectorId": .number(JSONNumber(connector)), "idTag": .string(uid)],
                to: chargerID
            )
            track(id, type: type, responseURL: responseURL, chargerID: chargerID, now: now)
        case "STOP_SESSION":
            guard let sessionID = body["session_id"]?.stringValue, let session = sessions[sessionID],
                session.status == "ACTIVE"
            else {
                return answer("UNKNOWN_SESSION")
            }
            if isDefect(.stopNotForwarded) {
                postResult(responseURL, result: "ACCEPTED", now: now)
                return answer("ACCEPTED")
            }
            let id = sendCall(
                "RemoteStopTransaction",
                ["transactionId": .number(JSONNumber(session.transactionID))],
                to: session.chargerID
            )
            track(id, type: type, responseURL: responseURL, chargerID: session.chargerID, now: now)
        case "UNLOCK_CONNECTOR":
            guard
                let (chargerID, connector) = resolve(
                    locationID: body["location_id"]?.stringValue,
                    evseUID: body["evse_uid"]?.stringValue
                )
            else {
                return answer("REJECTED", status: 2003, message: "unknown location or EVSE")
            }
            let id = sendCall("UnlockConnector", ["connectorId": .number(JSONNumber(connector))], to: chargerID)
            track(id, type: type, responseURL: responseURL, chargerID: chargerID, now: now)
        case "RESERVE_NOW":
            guard
                let (chargerID, connector) = resolve(
                    locationID: body["location_id"]?.stringValue,
                    evseUID: body["evse_uid"]?.stringValue
                ),
                let reservation = body["reservation_id"]?.stringValue, let uid = body["token"]?["uid"]?.stringValue
            else { return answer("REJECTED", status: 2003, message: "unknown location, EVSE or reservation data") }
            // §13.3.5: the eMSP's reservation id is mapped to one unique across eMSPs.
            let ocppReservation = reservations[reservation]?.id ?? nextReservationID
            if reservations[reservation] == nil { nextReservationID += 1 }
            reservations[reservation] = (ocppReservation, chargerID)
            let expiry = body["expiry_date"] ?? .string(OCPPTimeText.format(now.addingTimeInterval(900)))
            let id = sendCall(
                "ReserveNow",
                [
                    "connectorId": .number(JSONNumber(connector)), "expiryDate": expiry, "idTag": .string(uid),
                    "reservationId": .number(JSONNumber(ocppReservation)),
                ],
                to: chargerID
            )
            track(id, type: type, responseURL: responseURL, chargerID: chargerID, now: now)
        default:  // CANCEL_RESERVATION
            guard let reservation = body["reservation_id"]?.stringValue, let known = reservations[reservation] else {
                return answer("REJECTED", message: "unknown reservation")
            }
            let id = sendCall(
                "CancelReservation",
                ["reservationId": .number(JSONNumber(known.id))],
                to: known.chargerID
            )
            track(id, type: type, responseURL: responseURL, chargerID: known.chargerID, now: now)
        }
        return answer("ACCEPTED")
    }

    /// The charger and OCPP connector of an OCPI location and EVSE (the first connector of the EVSE).
    func resolve(locationID: String?, evseUID requested: String?) -> (String, Int)? {
        guard let locationID, let master = masterData.values.first(where: { $0.locationID == locationID }) else {
            return nil
        }
        var index = 0
        if let requested {
            guard
                let found = master.evses.indices.first(where: {
                    evseUID(chargerID: master.chargerID, evse: $0) == requested
                })
            else { return nil }
            index = found
        }
        guard let connector = master.evses[index].connectors.first else { return nil }
        return (master.chargerID, connector.ocppConnectorID)
    }

    private func track(_ messageID: String, type: String, responseURL: String, chargerID: String, now: Date) {
        pendingCommands[messageID] = PendingCommand(
            type: type,
            responseURL: responseURL,
            chargerID: chargerID,
            sentAt: now
        )
        // §13.1: no answer from the charger within the timeout is a CommandResult TIMEOUT.
        environment.schedule(.seconds(configuration.commandTimeoutSeconds)) { [weak self] in
            guard let self, let command = self.pendingCommands[messageID], !command.resolved else { return }
            self.pendingCommands[messageID]?.resolved = true
            self.postResult(
                command.responseURL,
                result: "TIMEOUT",
                now: command.sentAt.addingTimeInterval(TimeInterval(self.configuration.commandTimeoutSeconds))
            )
        }
    }

    /// The charger answered a command CALL (or with a CALLERROR).
    func commandAnswered(messageID: String, payload: JSONValue, error: String?, now: Date) {
        guard let command = pendingCommands[messageID], !command.resolved else { return }
        pendingCommands[messageID]?.resolved = true
        let status = payload["status"]?.stringValue ?? ""
        let result: String
        if error != nil {
            result = "FAILED"
        } else {
            switch (command.type, status) {
            case (_, "Accepted"), ("UNLOCK_CONNECTOR", "Unlocked"): result = "ACCEPTED"
            case ("START_SESSION", "Rejected"): result = "FAILED"  // the spec's diagram maps it so
            case ("RESERVE_NOW", "Occupied"): result = "EVSE_OCCUPIED"
            case ("RESERVE_NOW", "Unavailable"), ("RESERVE_NOW", "Faulted"): result = "EVSE_INOPERATIVE"
            case ("UNLOCK_CONNECTOR", "NotSupported"): result = "NOT_SUPPORTED"
            case (_, "Rejected"): result = "REJECTED"
            default: result = "FAILED"
            }
        }
        if isDefect(.commandResultNeverSent) { return }
        if isDefect(.commandResultLate) {
            let delay = configuration.commandTimeoutSeconds * 2
            environment.schedule(.seconds(delay)) { [weak self] in
                self?.postResult(command.responseURL, result: result, now: now.addingTimeInterval(TimeInterval(delay)))
            }
            return
        }
        postResult(command.responseURL, result: result, now: now)
    }

    func postResult(_ url: String, result: String, now: Date) {
        guard let partner else { return }
        let request = OCPIHTTP.request(
            .post,
            url: url,
            token: partner.token,
            body: ["result": .string(result)],
            requestID: nextRequestID(),
            routing: routingToPartner
        )
        // OCPI 2.2.1 §13.2.2: the eMSP's answer to a CommandResult carries nothing to act on.
        environment.sendOCPI(request, url) { _ in }
    }
}

/// OCPP dateTime text, for payloads the CPO builds.
enum OCPPTimeText {
    static func format(_ date: Date) -> String { OCPITimestamp.format(date) }
}
