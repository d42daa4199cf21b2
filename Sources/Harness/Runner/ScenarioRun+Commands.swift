import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Simulation
import Wire

extension ScenarioRun {
    /// The partner POSTs a command to the CPO (OCPI 2.2.1 §13.2.2) and notes the CommandResponse.
    func sendCommand(
        _ world: any RunWorld,
        type: String,
        charger: (chargerID: String, profile: String),
        body: JSONObject,
        sessionID: String? = nil,
        connector: Int? = nil
    ) -> CommandAttempt {
        let responseID = "\(type.lowercased())-\(String(world.random.next() % UInt64(1_000_000_000), radix: 36))"
        var attempt = CommandAttempt(
            type: type,
            chargerID: charger.chargerID,
            profile: charger.profile,
            sentAt: world.now,
            responseID: responseID,
            timeoutSeconds: 30,
            sessionID: sessionID,
            connector: connector,
            expectAccepted: scenario.manifest.allowedCommands.contains(type)
        )
        let (registered, responseURL, routing) = world.withPartner {
            ($0.cpo, $0.responseURL(command: type, id: responseID), $0.routingToCPO)
        }
        guard let cpo = registered, let base = cpo.endpoints["commands.RECEIVER"] else { return attempt }
        var payload = body
        payload["response_url"] = .string(responseURL)
        let url = base + "/" + type
        let request = OCPIHTTP.request(
            .post,
            url: url,
            token: cpo.token,
            body: .object(payload),
            requestID: responseID,
            routing: routing
        )
        let (response, evidence) = world.sendAsPartner(request, to: url)
        attempt.evidence = evidence
        attempt.httpStatus = response?.status
        if let response, let envelope = OCPIHTTP.envelope(of: response) {
            attempt.response = envelope["data"]?["result"]?.stringValue
            attempt.timeoutSeconds = envelope["data"]?["timeout"]?.numberValue?.int ?? 30
        }
        return attempt
    }

    func location(_ world: any RunWorld, _ chargerID: String) -> (id: String, evse: (Int) -> String) {
        let master = world.masterData.first { $0.chargerID == chargerID }
        return (master?.locationID ?? chargerID, { master?.evseUID($0) ?? "\(chargerID)-E\($0 + 1)" })
    }

    func startSession(
        _ world: any RunWorld,
        charger: (chargerID: String, profile: String),
        evse: Int,
        token: PartnerToken
    ) -> CommandAttempt {
        let place = location(world, charger.chargerID)
        return sendCommand(
            world,
            type: "START_SESSION",
            charger: charger,
            body: [
                "token": world.withPartner { $0.tokenObject(token, now: world.now) },
                "location_id": .string(place.id),
                "evse_uid": .string(place.evse(evse)),
            ],
            connector: profiles[charger.profile]?.firstConnector(ofEVSE: evse)
        )
    }

    /// STOP_SESSION for the session the partner knows as active on this charger's EVSE.
    func stopSession(
        _ world: any RunWorld,
        charger: (chargerID: String, profile: String),
        connector: Int
    ) -> CommandAttempt? {
        let place = location(world, charger.chargerID)
        let evse = (profiles[charger.profile]?.connector(connector)?.evse) ?? 0
        let active = world.withPartner(\.store).sessions.values.filter {
            $0["location_id"]?.stringValue == place.id && $0["status"]?.stringValue == "ACTIVE"
        }
        guard let session = active.first(where: { $0["evse_uid"]?.stringValue == place.evse(evse) }) ?? active.first,
            let sessionID = session["id"]?.stringValue
        else { return nil }
        return sendCommand(
            world,
            type: "STOP_SESSION",
            charger: charger,
            body: ["session_id": .string(sessionID)],
            sessionID: sessionID,
            connector: connector
        )
    }

    func reserveNow(
        _ world: any RunWorld,
        charger: (chargerID: String, profile: String),
        reservationID: String,
        token: PartnerToken?
    ) -> CommandAttempt {
        let place = location(world, charger.chargerID)
        var body: JSONObject = [
            "expiry_date": .string(OCPITimestamp.format(world.now.addingTimeInterval(900))),
            "reservation_id": .string(reservationID),
            "location_id": .string(place.id),
            "evse_uid": .string(place.evse(0)),
        ]
        if let token { body["token"] = world.withPartner { $0.tokenObject(token, now: world.now) } }
        return sendCommand(world, type: "RESERVE_NOW", charger: charger, body: body)
    }

    func cancelReservation(
        _ world: any RunWorld,
        charger: (chargerID: String, profile: String),
        reservationID: String
    ) -> CommandAttempt {
        sendCommand(
            world,
            type: "CANCEL_RESERVATION",
            charger: charger,
            body: ["reservation_id": .string(reservationID)]
        )
    }

    func unlock(_ world: any RunWorld, charger: (chargerID: String, profile: String)) -> CommandAttempt {
        let place = location(world, charger.chargerID)
        return sendCommand(
            world,
            type: "UNLOCK_CONNECTOR",
            charger: charger,
            body: ["location_id": .string(place.id), "evse_uid": .string(place.evse(0)), "connector_id": "1"]
        )
    }

    /// Schedules one fault of the timeline and returns what will be applied.
    func inject(_ fault: Scenario.Fault, world: any RunWorld) -> [AppliedFault] {
        let at = scenario.start.addingTimeInterval(fault.atHours * 3600)
        let until = at.addingTimeInterval(Double(fault.minutes) * 60)
        let charger = world.fleet.first { fault.profile == nil || $0.profile == fault.profile }?.chargerID
        switch fault.kind {
        case "charger-offline":
            guard let charger else { return [] }
            world.schedule(at: at) { world.disconnect(charger) }
            world.schedule(at: until) { world.connect(charger) }
        case "charger-reboot":
            guard let charger else { return [] }
            world.schedule(at: at) { world.apply(charger, .fault(.reboot)) }
        case "meter-reset":
            guard let charger else { return [] }
            world.schedule(at: at) { world.apply(charger, .fault(.meterReset)) }
        case "reject-remote-start":
            guard let charger else { return [] }
            world.schedule(at: at) { world.apply(charger, .fault(.rejectRemoteStart(true))) }
            world.schedule(at: until) { world.apply(charger, .fault(.rejectRemoteStart(false))) }
        case "duplicate-messages":
            guard let charger else { return [] }
            world.schedule(at: at) { world.apply(charger, .fault(.duplicateMessages(true))) }
            world.schedule(at: until) { world.apply(charger, .fault(.duplicateMessages(false))) }
        case "partner-endpoint-failing":
            world.withPartner {
                $0.addFailure(FailureWindow(from: world.actual(at), until: world.actual(until), httpStatus: 503))
            }
            return [AppliedFault(kind: fault.kind, chargerID: nil, from: world.actual(at), until: world.actual(until))]
        case "rejected-token":
            guard let charger, let blocked = scenario.partnerTokens.last else { return [] }
            let ev = EVModel(batteryKWh: 50, startSoC: 40)
            world.schedule(at: at) { world.apply(charger, .plugIn(connector: 1, ev: ev)) }
            world.schedule(at: at.addingTimeInterval(10)) {
                world.apply(charger, .presentToken(connector: 1, idTag: blocked.uid))
            }
            world.schedule(at: at.addingTimeInterval(300)) { world.apply(charger, .unplug(connector: 1)) }
        default:
            return []
        }
        return [
            AppliedFault(
                kind: fault.kind,
                chargerID: charger,
                from: world.actual(at),
                until: world.actual(max(until, at))
            )
        ]
    }
}
