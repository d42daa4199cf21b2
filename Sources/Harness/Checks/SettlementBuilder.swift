import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Settlement

/// Feeds a run's three records into settlement: completed sessions the partner saw, the CDRs it
/// received (with arrival times), and the replayed totals the CDRs should carry.
enum SettlementBuilder {
    static func settle(_ records: RunRecords, views: [SessionView], replays: [ReplayResult]) -> SettlementRun {
        // A session that metered nothing needs no CDR, but a CDR sent for it (0 kWh) still settles it.
        let sessionsWithCDR = Set(records.partner.cdrs.compactMap { $0.cdr["session_id"]?.stringValue })
        var completed: [String: Date] = [:]
        for view in views {
            guard let session = view.session, let id = view.sessionID, session["status"]?.stringValue == "COMPLETED",
                (session["kwh"]?.numberValue?.decimal ?? 0) > 0 || sessionsWithCDR.contains(id)
            else { continue }
            completed[id] = session["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse) ?? records.end
        }
        let cdrs = records.partner.cdrs.compactMap { received -> SettledCDR? in
            let cdr = received.cdr
            guard let id = cdr["id"]?.stringValue,
                let end = cdr["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            else { return nil }
            let location = cdr["cdr_location"]?["id"]?.stringValue ?? ""
            return SettledCDR(
                id: id,
                sessionID: cdr["session_id"]?.stringValue ?? "",
                chargerID: records.chargerID(ofLocation: location) ?? location,
                userID: cdr["cdr_token"]?["uid"]?.stringValue ?? "",
                isDC: cdr["cdr_location"]?["connector_power_type"]?.stringValue == "DC",
                end: end,
                receivedAt: received.time,
                currency: cdr["currency"]?.stringValue ?? "EUR",
                energyKWh: cdr["total_energy"]?.numberValue?.decimal ?? 0,
                totalExclVAT: cdr["total_cost"]?["excl_vat"]?.numberValue?.decimal ?? 0,
                totalInclVAT: cdr["total_cost"]?["incl_vat"]?.numberValue?.decimal ?? cdr["total_cost"]?["excl_vat"]?
                    .numberValue?.decimal ?? 0,
                fixedExclVAT: cdr["total_fixed_cost"]?["excl_vat"]?.numberValue?.decimal ?? 0
            )
        }
        var stations: [String: (ac: Int, dc: Int)] = [:]
        for master in records.masterData.values {
            let dc = master.evses.filter { $0.connectors.first?.isDC == true }.count
            stations[master.chargerID] = (master.evses.count - dc, dc)
        }
        let context = SettlementRun.Context(
            completedSessions: completed,
            expectedTotals: Dictionary(
                replays.map { ($0.sessionID, $0.replayTotal.inclVAT ?? $0.replayTotal.exclVAT) },
                uniquingKeysWith: { a, _ in a }
            ),
            tolerance: records.scenario.gate.replayTolerance,
            zone: TimeZone(identifier: "Europe/Berlin") ?? .gmt,
            cpo: "cpo \(records.registration.cpoCountryCode)*\(records.registration.cpoPartyID)",
            emsp: "emsp \(records.scenario.manifest.partnerCountryCode)*\(records.scenario.manifest.partnerPartyID)",
            communityChargers: records.communityChargers,
            siteHostStations: stations,
            corporateUsers: Set(records.partnerTokens.prefix(records.scenario.corporateUsers).map(\.uid))
        )
        return SettlementRun(cdrs: cdrs, models: records.scenario.settlement, context: context)
    }
}
