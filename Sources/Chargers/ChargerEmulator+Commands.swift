import Foundation
import JSON
import OCPP

/// What the central system's commands do to the charger, shared by both OCPP versions; each
/// version's file only reads its request and words the answer.
extension ChargerEmulator {
    /// OCPP 1.6 §5.11 RemoteStartTransaction / 2.0.1 F01 RequestStartTransaction. Returns the
    /// connector that accepted, or nil when the request is refused.
    mutating func remoteStart(
        connector requested: Int?,
        idTag: String,
        idTokenType: String = "Central",
        remoteStartID: Int?,
        now: Date
    ) -> (connector: Int?, actions: [ChargerAction]) {
        let connector =
            requested
            ?? (connectors.firstIndex { $0.transactionID == nil && $0.status != "Unavailable" }.map { $0 + 1 } ?? 1)
        guard !rejectRemoteStart, let state = connectorState(connector), state.transactionID == nil,
            state.recordIndex == nil, state.status != "Unavailable", state.status != "Faulted"
        else { return (nil, []) }
        connectors[connector - 1].remoteStartID = remoteStartID
        connectors[connector - 1].idTokenType = idTokenType
        return (connector, tokenAuthorized(connector: connector, idTag: idTag, trigger: .remoteStart, now: now))
    }

    /// OCPP 1.6 §5.12 / 2.0.1 F03: a remote stop ends the transaction like a local one.
    mutating func remoteStop(transactionID: String, now: Date) -> [ChargerAction]? {
        guard let index = connectors.firstIndex(where: { $0.transactionID == transactionID }) else { return nil }
        return endTransaction(connector: index + 1, reason: .remote, now: now)
    }

    /// OCPP 1.6 §5.18 / 2.0.1 H01: reserve `connector` (0: any available one) for `idTag`.
    mutating func reserve(connector requested: Int, reservationID: Int, idTag: String?, now: Date) -> String {
        let target =
            requested == 0
            ? (connectors.firstIndex { $0.status == "Available" }.map { $0 + 1 } ?? 1) : requested
        guard let state = connectorState(target) else { return "Rejected" }
        if state.reservationID == reservationID, state.status == "Reserved" { return "Accepted" }
        guard state.status == "Available" else {
            switch state.status {
            case "Faulted": return "Faulted"
            case "Unavailable": return "Unavailable"
            default: return "Occupied"
            }
        }
        connectors[target - 1].reservationID = reservationID
        connectors[target - 1].authorizedIdTag = idTag
        setStatus(target, "Reserved", now: now)
        return "Accepted"
    }

    /// OCPP 1.6 §5.2 / 2.0.1 H02.
    mutating func cancelReservation(_ reservationID: Int, now: Date) -> Bool {
        guard let index = connectors.firstIndex(where: { $0.reservationID == reservationID }) else { return false }
        connectors[index].reservationID = nil
        connectors[index].authorizedIdTag = nil
        setStatus(index + 1, "Available", now: now)
        return true
    }

    /// OCPP 1.6 §5.3 / 2.0.1 G03: a connector with a transaction changes after it (`Scheduled`).
    mutating func changeAvailability(connectors targets: [Int], operative: Bool, now: Date) -> String {
        var scheduled = false
        for target in targets where connectorState(target) != nil {
            if connectors[target - 1].transactionID != nil || connectors[target - 1].recordIndex != nil {
                connectors[target - 1].scheduledOperative = operative
                scheduled = true
                continue
            }
            setStatus(target, operative ? "Available" : "Unavailable", now: now)
        }
        return scheduled ? "Scheduled" : "Accepted"
    }

    /// OCPP 1.6 §5.14 Reset / 2.0.1 B11-B12: stop transactions, then reboot. With `whenIdle` (2.0.1
    /// `OnIdle`) running transactions finish first and the answer is `Scheduled`.
    mutating func reset(hard: Bool, whenIdle: Bool, now: Date) -> (status: String, actions: [ChargerAction]) {
        let busy = connectors.contains { $0.recordIndex != nil }
        if whenIdle && busy {
            resetWhenIdle = true
            return ("Scheduled", [])
        }
        var actions: [ChargerAction] = []
        for connector in 1...connectors.count where connectors[connector - 1].recordIndex != nil {
            actions += endTransaction(connector: connector, reason: hard ? .hardReset : .softReset, now: now)
        }
        return ("Accepted", actions + flush() + [.reconnect(after: .seconds(30))])
    }

    /// Installs a charging limit (W) on `connector`, or station-wide for connector 0.
    mutating func setChargingLimit(watts: Double, connector: Int) -> Bool {
        guard connector == 0 || connectorState(connector) != nil else { return false }
        if connector == 0 { stationLimitWatts = watts } else { connectors[connector - 1].limitWatts = watts }
        return true
    }

    mutating func clearChargingLimits() {
        stationLimitWatts = nil
        for index in connectors.indices { connectors[index].limitWatts = nil }
    }
}
