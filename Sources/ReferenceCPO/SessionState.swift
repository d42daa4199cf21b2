import Foundation
import JSON
import OCPI

/// One charging session as the CPO tracks it: OCPP transaction facts and the OCPI Session built
/// from them (OCPI 2.2.1 §9.3.1), with charging periods cut as the meter reports.
struct SessionState {
    var id: String
    var chargerID: String
    var ocppConnector: Int
    var evseIndex: Int
    var transactionID: Int
    var token: JSONValue
    var authMethod: String
    var authorizationReference: String?
    var start: Date
    var end: Date?
    var meterStartWh: Int
    var lastMeterWh: Int
    var periods: [ChargingPeriod] = []
    /// Periods already sent to the partner (PATCHes append, §9.2.2).
    var periodsSent = 0
    var openPeriod: OpenPeriod
    var status = "ACTIVE"
    var lastUpdated: Date
    var totalCost: Price?
    var reportedKWh: Decimal = 0
    var tariffID: String
    var isDC: Bool

    /// The period being accumulated.
    struct OpenPeriod {
        var start: Date
        var energyWh: Int = 0
        var parking: Bool
    }

    var kwh: Decimal { Decimal(lastMeterWh - meterStartWh) / 1000 }

    /// Closes the open period at `time` and returns it (nil when it is empty).
    mutating func closePeriod(at time: Date, nextParking: Bool) {
        let seconds = time.timeIntervalSince(openPeriod.start)
        if seconds > 0 || openPeriod.energyWh > 0 {
            var dimensions: [(type: String, volume: Decimal)] = []
            let hours = ReferenceCPO.hours(seconds)
            if openPeriod.parking {
                dimensions.append((type: "PARKING_TIME", volume: hours))
            } else {
                dimensions.append((type: "ENERGY", volume: Decimal(openPeriod.energyWh) / 1000))
                dimensions.append((type: "TIME", volume: hours))
            }
            periods.append(ChargingPeriod(startDateTime: openPeriod.start, dimensions: dimensions, tariffID: tariffID))
        }
        openPeriod = OpenPeriod(start: time, parking: nextParking)
    }

    func json(cpo: ReferenceCPO) -> JSONValue {
        let master = cpo.masterData[chargerID]
        var object: JSONObject = [
            "country_code": .string(cpo.configuration.countryCode),
            "party_id": .string(cpo.configuration.partyID),
            "id": .string(id),
            "start_date_time": .string(OCPITimestamp.format(start)),
            "kwh": .number(JSONNumber(reportedKWh)),
            "cdr_token": token,
            "auth_method": .string(authMethod),
            "location_id": .string(master?.locationID ?? chargerID),
            "evse_uid": .string(cpo.evseUID(chargerID: chargerID, evse: evseIndex)),
            "connector_id": .string(cpo.ocpiConnectorID(chargerID: chargerID, ocppConnector: ocppConnector)),
            "currency": "EUR",
            "charging_periods": .array(periods.map(\.json)),
            "status": .string(status),
            "last_updated": .string(OCPITimestamp.format(lastUpdated)),
        ]
        if let end { object["end_date_time"] = .string(OCPITimestamp.format(end)) }
        if let authorizationReference { object["authorization_reference"] = .string(authorizationReference) }
        if let totalCost { object["total_cost"] = totalCost.json }
        return .object(object)
    }
}

extension ReferenceCPO {
    /// Seconds as hours with six decimals (OCPI volumes are decimals; §10.4.6).
    static func hours(_ seconds: TimeInterval) -> Decimal {
        (Decimal(Int((seconds * 1000).rounded())) / 3_600_000).rounded(6)
    }
}
