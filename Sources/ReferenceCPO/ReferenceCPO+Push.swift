import Foundation
import JSON
import OCPI
import Wire

extension ReferenceCPO {
    /// Routing headers for requests to the partner (OCPI 2.2.1 §4.1.9).
    var routingToPartner: OCPIHTTP.Routing? {
        guard let partner else { return nil }
        return OCPIHTTP.Routing(
            fromCountryCode: configuration.countryCode,
            fromPartyID: configuration.partyID,
            toCountryCode: partner.countryCode,
            toPartyID: isDefect(.routingWrongParty) ? "XXX" : partner.partyID
        )
    }

    /// Sends a push to one of the partner's receiver endpoints. Pushes keep their order: one is in
    /// flight at a time, and when one fails (unreachable or HTTP 5xx) it and every later push wait in
    /// the outbox, retried each minute.
    func pushToPartner(_ module: String, path: String, method: HTTPMethod, body: JSONValue?, now: Date) {
        guard partner != nil else { return }
        outbox.append(OutboundPush(module: module, path: path, method: method, body: body))
        flushOutbox()
    }

    /// Delivers queued pushes in order until one fails; then retries a minute later. With a driver
    /// that answers at once the loop delivers everything before returning; otherwise each answer
    /// continues the loop through `outboxDelivered`.
    func flushOutbox() {
        guard !outboxState.flushing else { return }
        outboxState.flushing = true
        defer { outboxState.flushing = false }
        while !outboxState.inFlight, !outboxState.waitingForRetry, let push = outbox.first {
            guard let partner, let base = partner.endpoints[push.module + ".RECEIVER"] else {
                outbox.removeFirst()
                continue
            }
            let url = base + push.path
            let request = OCPIHTTP.request(
                push.method,
                url: url,
                token: partner.token,
                body: push.body,
                requestID: nextRequestID(),
                routing: routingToPartner
            )
            outboxState.inFlight = true
            environment.sendOCPI(request, url) { [weak self] response in self?.outboxDelivered(response) }
        }
    }

    /// The answer to the push at the head of the outbox.
    private func outboxDelivered(_ response: HTTPResponse?) {
        outboxState.inFlight = false
        guard let response, response.status < 500 else {
            outboxAttempts += 1
            // Give up after a day of retries; what is left is reported by the harness as lost.
            if outboxAttempts <= 24 * 60 {
                outboxState.waitingForRetry = true
                environment.schedule(.seconds(60)) { [weak self] in
                    self?.outboxState.waitingForRetry = false
                    self?.flushOutbox()
                }
            } else {
                outboxState.waitingForRetry = true
            }
            return
        }
        outboxAttempts = 0
        if !outbox.isEmpty { outbox.removeFirst() }
        flushOutbox()
    }

    /// The OCPI Location of a charger (OCPI 2.2.1 §8.3.1), built from master data.
    func locationObject(_ chargerID: String, now: Date) -> JSONValue? {
        guard let master = masterData[chargerID] else { return nil }
        let evses: [JSONValue] = master.evses.enumerated().map { index, evse in
            let connectors: [JSONValue] = evse.connectors.enumerated().map { position, connector in
                [
                    "id": .string(ocpiConnectorID(chargerID: chargerID, ocppConnector: connector.ocppConnectorID)),
                    "standard": .string(connector.standard),
                    "format": .string(connector.format),
                    "power_type": .string(connector.powerType),
                    "max_voltage": .number(JSONNumber(connector.maxVoltage)),
                    "max_amperage": .number(JSONNumber(connector.maxAmperage)),
                    "max_electric_power": .number(JSONNumber(connector.maxPowerWatts)),
                    "tariff_ids": [.string(tariffID(isDC: connector.isDC))],
                    "last_updated": .string(OCPITimestamp.format(now)),
                ]
            }
            return [
                "uid": .string(evseUID(chargerID: chargerID, evse: index)),
                "evse_id": .string(evseID(chargerID: chargerID, evse: index)),
                "status": .string(evseOCPIStatus(master: master, evse: index)),
                "capabilities": ["REMOTE_START_STOP_CAPABLE", "RESERVABLE", "UNLOCK_CAPABLE", "RFID_READER"],
                "connectors": .array(connectors),
                "last_updated": .string(OCPITimestamp.format(now)),
            ]
        }
        return [
            "country_code": .string(configuration.countryCode),
            "party_id": .string(configuration.partyID),
            "id": .string(master.locationID),
            "publish": true,
            "name": .string(master.locationName),
            "address": .string(master.address),
            "city": .string(master.city),
            "postal_code": .string(master.postalCode),
            "country": "DEU",
            "coordinates": ["latitude": .string(master.latitude), "longitude": .string(master.longitude)],
            "evses": .array(evses),
            "time_zone": .string(configuration.timeZone),
            "last_updated": .string(OCPITimestamp.format(now)),
        ]
    }

    /// PUTs a charger's location to the partner (on first boot and, with a defect, on every boot).
    func publishLocation(_ chargerID: String, now: Date) {
        locationPublications[chargerID, default: 0] += 1
        guard let master = masterData[chargerID], let location = locationObject(chargerID, now: now) else { return }
        pushToPartner(
            "locations",
            path: "/\(configuration.countryCode)/\(configuration.partyID)/\(master.locationID)",
            method: .put,
            body: location,
            now: now
        )
    }

    /// Republishes every booted charger's location (a nightly master-data sync). EVSE uids stay
    /// the same unless `evse-uid-unstable` is on.
    public func republishLocations(now: Date) {
        for chargerID in chargerOrder where locationPublications[chargerID] != nil {
            publishLocation(chargerID, now: now)
        }
    }

    func pushEVSEStatus(chargerID: String, evse: Int, status: String, now: Date) {
        guard !isDefect(.evseStatusNotPushed), let master = masterData[chargerID] else { return }
        // §8.2.2.3: PATCH of the EVSE with its new status and last_updated.
        let path =
            "/\(configuration.countryCode)/\(configuration.partyID)/\(master.locationID)/\(evseUID(chargerID: chargerID, evse: evse))"
        pushToPartner(
            "locations",
            path: path,
            method: .patch,
            body: ["status": .string(status), "last_updated": .string(OCPITimestamp.format(now))],
            now: now
        )
    }

    func pushTariff(_ tariff: JSONValue, now: Date) {
        guard let id = tariff["id"]?.stringValue else { return }
        pushToPartner(
            "tariffs",
            path: "/\(configuration.countryCode)/\(configuration.partyID)/\(id)",
            method: .put,
            body: tariff,
            now: now
        )
    }

    /// PUT at start, PATCH with new periods while active and at the end (§9.2.2).
    func pushSession(_ id: String, method: HTTPMethod, now: Date) {
        guard var session = sessions[id] else { return }
        let path = "/\(configuration.countryCode)/\(configuration.partyID)/\(id)"
        let body: JSONValue
        if method == .put {
            body = session.json(cpo: self)
            session.periodsSent = session.periods.count
        } else {
            var patch: JSONObject = [
                "kwh": .number(JSONNumber(session.reportedKWh)),
                "status": .string(session.status),
                "last_updated": .string(OCPITimestamp.format(session.lastUpdated)),
            ]
            let fresh = Array(session.periods.dropFirst(session.periodsSent))
            if !fresh.isEmpty { patch["charging_periods"] = .array(fresh.map(\.json)) }
            if let end = session.end { patch["end_date_time"] = .string(OCPITimestamp.format(end)) }
            if let cost = session.totalCost { patch["total_cost"] = cost.json }
            body = .object(patch)
            session.periodsSent = session.periods.count
        }
        sessions[id] = session
        pushToPartner("sessions", path: path, method: method, body: body, now: now)
    }

    func postCDR(_ cdr: JSONValue, now: Date) {
        pushToPartner("cdrs", path: "", method: .post, body: cdr, now: now)
    }

    /// After registration: tariffs and the locations of chargers already known (§8.1, §11.1: push on change).
    func pushInitialState(now: Date) {
        for tariff in currentTariffs { pushTariff(tariff, now: now) }
        for chargerID in chargerOrder where chargers[chargerID]?.booted == true {
            publishLocation(chargerID, now: now)
        }
    }
}
