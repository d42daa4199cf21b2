import Foundation
import JSON
import OCPI
import Tariffs
import Wire

extension ReferenceCPO {
    func startSession(
        chargerID: String,
        connector: Int,
        transactionID: Int,
        meterStartWh: Int,
        start: Date,
        decision: Authorization,
        now: Date
    ) {
        guard let master = masterData[chargerID], let (evse, spec) = master.connector(ocppID: connector) else { return }
        let id = "\(configuration.partyID)-S\(String(nextSessionNumber + 100_000).dropFirst())"
        nextSessionNumber += 1
        let idTag = decision.token?["uid"]?.stringValue
        let token: JSONValue = [
            "country_code": decision.token?["country_code"] ?? .string(partner?.countryCode ?? "DE"),
            "party_id": decision.token?["party_id"] ?? .string(partner?.partyID ?? "UNK"),
            "uid": .string(idTag ?? "UNKNOWN"),
            "type": decision.token?["type"] ?? "RFID",
            "contract_id": decision.token?["contract_id"] ?? .string(idTag ?? "UNKNOWN"),
        ]
        var session = SessionState(
            id: id,
            chargerID: chargerID,
            ocppConnector: connector,
            evseIndex: evse,
            transactionID: transactionID,
            token: token,
            authMethod: decision.authMethod,
            authorizationReference: decision.authorizationReference,
            start: start,
            meterStartWh: meterStartWh,
            lastMeterWh: meterStartWh,
            openPeriod: .init(start: start, parking: false),
            lastUpdated: now,
            tariffID: tariffID(isDC: spec.isDC),
            isDC: spec.isDC
        )
        session.lastUpdated = now
        sessions[id] = session
        sessionOrder.append(id)
        sessionByTransaction[transactionID] = id
        latestSessionByConnector[ConnectorKey(chargerID: chargerID, connector: connector)] = id
        pushSession(id, method: .put, now: now)
    }

    /// The tariff for a connector: the partner's contract price if there is one, else the public one.
    func tariffID(isDC: Bool) -> String {
        let prefix = isDC ? "DC" : "AC"
        if !isDefect(.partnerPriceIgnored), let partner,
            let special = configuration.partnerTariffs[partner.key]?
                .compactMap({ $0["id"]?.stringValue }).first(where: { $0.hasPrefix(prefix) })
        {
            return special
        }
        return configuration.tariffs.compactMap { $0["id"]?.stringValue }.first { $0.hasPrefix(prefix) } ?? prefix
    }

    func meterSample(transactionID: Int, sample: JSONValue, time: Date, now: Date) {
        guard let id = sessionByTransaction[transactionID], var session = sessions[id], session.status == "ACTIVE"
        else { return }
        guard (sample["measurand"]?.stringValue ?? "Energy.Active.Import.Register") == "Energy.Active.Import.Register",
            let text = sample["value"]?.stringValue, let value = Decimal(string: text)
        else { return }
        let wattHours = registerWattHours(value, unit: sample["unit"]?.stringValue ?? "Wh")
        let delta = wattHours - session.lastMeterWh
        session.openPeriod.energyWh += max(0, delta)
        session.lastMeterWh = wattHours
        // A new period every local hour keeps time-of-day prices exact (§10.4.6: split when prices may change).
        if localHour(of: session.openPeriod.start) != localHour(of: time)
            || time.timeIntervalSince(session.openPeriod.start) >= 3600
        {
            session.closePeriod(at: time, nextParking: session.openPeriod.parking)
        }
        session.reportedKWh = session.kwh
        if isDefect(.sessionEnergyDecreases), session.periods.count == 2, session.periodsSent < 2 {
            session.reportedKWh = max(0, session.kwh - 1)
        }
        session.lastUpdated = now
        sessions[id] = session
        if !isDefect(.sessionNoActiveUpdates) { pushSession(id, method: .patch, now: now) }
    }

    /// Hours since the epoch in the location's time zone: two instants in the same local hour share it.
    func localHour(of date: Date) -> Int {
        Int(((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))) / 3600).rounded(.down))
    }

    /// Converts an Energy.Active.Import.Register value to Wh (OCPP 1.6 §7.31 UnitOfMeasure).
    func registerWattHours(_ value: Decimal, unit: String) -> Int {
        var wattHours = unit == "kWh" ? value * 1000 : value
        if isDefect(.cdrEnergyWhAsKWh), unit == "Wh" { wattHours = value * 1000 }
        return NSDecimalNumber(decimal: wattHours).intValue
    }

    func stopSession(transactionID: Int, meterStopWh: Int, time: Date, reason: String?, now: Date) {
        guard let id = sessionByTransaction[transactionID], var session = sessions[id], session.status == "ACTIVE"
        else { return }
        let stopWh = registerWattHours(Decimal(meterStopWh), unit: "Wh")
        session.openPeriod.energyWh += max(0, stopWh - session.lastMeterWh)
        session.lastMeterWh = max(stopWh, session.lastMeterWh)
        session.closePeriod(at: time, nextParking: true)
        session.end = time
        session.status = "COMPLETED"
        session.reportedKWh = session.kwh
        session.lastUpdated = now
        let receipt = price(session, now: now)
        session.totalCost = receipt.map { $0.totalCost }
        sessions[id] = session
        pushSession(id, method: .patch, now: now)
        completedSessionCount += 1
        if isDefect(.cdrMissing), completedSessionCount % 5 == 0 { return }
        guard let cdr = makeCDR(session, receipt: receipt, now: now) else { return }
        cdrs.append(cdr)
        postCDR(cdr, now: now)
        if isDefect(.cdrDuplicate), cdrs.count % 5 == 0 { postCDR(cdr, now: now) }
    }

    /// The tariff version used for a session: the one in force at its start, unless a defect says otherwise.
    func tariffVersion(id: String, at start: Date) -> JSONValue? {
        let versions = tariffVersions[id] ?? []
        if isDefect(.tariffVersionDrift) { return versions.last }
        return versions.last { version in
            (version["last_updated"]?.stringValue.flatMap(OCPITimestamp.parse) ?? .distantPast) <= start
        } ?? versions.first
    }

    func price(_ session: SessionState, now: Date) -> Receipt? {
        guard let tariffJSON = tariffVersion(id: session.tariffID, at: session.start),
            let tariff = try? Tariff(json: tariffJSON), let end = session.end
        else { return nil }
        var policy = configuration.tariffPolicy
        if isDefect(.tariffStepSizeIgnored) { policy.stepSize = .ignored }
        var receipt = TariffEngine(policy: policy).price(
            .init(periods: session.periods, end: end),
            tariffs: [tariff],
            timeZone: timeZone
        )
        if isDefect(.cdrVATPerLineRounding) {
            // Each line's amount truncated to cents, then VAT computed on it and truncated again.
            let lines = receipt.lines.map { line -> (Decimal, Decimal) in
                let excl = line.amount.exclVAT.rounded(2, .down)
                return (excl, excl + (excl * (line.vat ?? 0) / 100).rounded(2, .down))
            }
            receipt.totalCost = Price(exclVAT: lines.reduce(0) { $0 + $1.0 }, inclVAT: lines.reduce(0) { $0 + $1.1 })
        }
        return receipt
    }

    func makeCDR(_ session: SessionState, receipt: Receipt?, now: Date) -> JSONValue? {
        guard let master = masterData[session.chargerID], let end = session.end,
            let (evse, connector) = master.connector(ocppID: session.ocppConnector),
            let tariff = tariffVersion(id: session.tariffID, at: session.start), let receipt
        else { return nil }
        func time(_ date: Date) -> String {
            OCPITimestamp.format(
                isDefect(.cdrLocalTimestamps)
                    ? date.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: date))) : date
            )
        }
        let parking = session.periods.compactMap { $0.volume("PARKING_TIME") }.reduce(Decimal(0), +)
        var cdr: JSONObject = [
            "country_code": .string(configuration.countryCode),
            "party_id": .string(configuration.partyID),
            "id": .string("CDR-" + session.id),
            "start_date_time": .string(time(session.start)),
            "end_date_time": .string(time(end)),
            "session_id": .string(session.id),
            "cdr_token": session.token,
            "auth_method": .string(session.authMethod),
            "cdr_location": [
                "id": .string(master.locationID),
                "name": .string(master.locationName),
                "address": .string(master.address),
                "city": .string(master.city),
                "postal_code": .string(master.postalCode),
                "country": "DEU",
                "coordinates": ["latitude": .string(master.latitude), "longitude": .string(master.longitude)],
                "evse_uid": .string(evseUID(chargerID: session.chargerID, evse: evse)),
                "evse_id": .string(evseID(chargerID: session.chargerID, evse: evse)),
                "connector_id": .string(
                    ocpiConnectorID(chargerID: session.chargerID, ocppConnector: session.ocppConnector)
                ),
                "connector_standard": .string(connector.standard),
                "connector_format": .string(connector.format),
                "connector_power_type": .string(connector.powerType),
                "time_zone": .string(configuration.timeZone),
            ],
            "currency": .string(receipt.currency),
            "tariffs": [tariff],
            "charging_periods": .array(session.periods.map(\.json)),
            "total_cost": receipt.totalCost.json,
            "total_fixed_cost": receipt.totalFixedCost.json,
            "total_energy": .number(JSONNumber(session.kwh)),
            "total_energy_cost": receipt.totalEnergyCost.json,
            "total_time": .number(JSONNumber(Self.hours(end.timeIntervalSince(session.start)))),
            "total_time_cost": receipt.totalTimeCost.json,
            "total_parking_time": .number(JSONNumber(parking)),
            "total_parking_cost": receipt.totalParkingCost.json,
            "last_updated": .string(OCPITimestamp.format(now)),
        ]
        if let reference = session.authorizationReference { cdr["authorization_reference"] = .string(reference) }
        return .object(cdr)
    }

    /// The OCPI EVSE uid: stable from master data (or, with `evse-uid-unstable`, per publication).
    func evseUID(chargerID: String, evse: Int) -> String {
        let base = masterData[chargerID]?.evseUID(evse) ?? "\(chargerID)-E\(evse + 1)"
        guard isDefect(.evseUIDUnstable), let publications = locationPublications[chargerID], publications > 1 else {
            return base
        }
        return base + "-v\(publications)"
    }

    /// The eMI3 EVSE id (OCPI 2.2.1 §8.3.2 evse_id, e.g. `DE*RGC*E0001*1`).
    func evseID(chargerID: String, evse: Int) -> String {
        let number = (chargerOrder.firstIndex(of: chargerID) ?? 0) + 1
        return
            "\(configuration.countryCode)*\(configuration.partyID)*E\(String(number + 10_000).dropFirst())*\(evse + 1)"
    }

    /// The OCPI connector id of an OCPP connector: its position on the EVSE, from 1.
    func ocpiConnectorID(chargerID: String, ocppConnector: Int) -> String {
        guard let master = masterData[chargerID], let (evse, _) = master.connector(ocppID: ocppConnector) else {
            return String(ocppConnector)
        }
        let position = (master.evses[evse].connectors.firstIndex { $0.ocppConnectorID == ocppConnector } ?? 0) + 1
        return String(isDefect(.connectorIDRemap) ? position + 1 : position)
    }
}
