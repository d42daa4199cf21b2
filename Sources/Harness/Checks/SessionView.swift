import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO

/// The three records of one session side by side: what the charger did, what the partner received
/// (session and CDR), matched by charger, token and start time.
struct SessionView {
    var record: ChargerSessionRecord
    var profile: String
    var partnerKey: String?
    var session: JSONValue?
    var cdrs: [ReceivedCDR]

    var sessionID: String? { session?["id"]?.stringValue }
    var rejected: Bool { record.stopReason == "DeAuthorized" }
}

extension RunRecords {
    /// The charger id a location id belongs to.
    func chargerID(ofLocation locationID: String) -> String? {
        masterData.values.first { $0.locationID == locationID }?.chargerID
    }

    /// Matches every charger transaction with the partner's session and CDRs.
    func sessionViews() -> [SessionView] {
        var byCharger: [String: [(key: String, session: JSONValue, start: Date, token: String?)]] = [:]
        for (key, session) in partner.sessions {
            guard let location = session["location_id"]?.stringValue, let charger = chargerID(ofLocation: location),
                let start = session["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            else { continue }
            byCharger[charger, default: []].append((key, session, start, session["cdr_token"]?["uid"]?.stringValue))
        }
        let profileByCharger = Dictionary(chargerProfiles.map { ($0.chargerID, $0.profile) }) { first, _ in first }
        var used: Set<String> = []
        var cdrsBySession: [String: [ReceivedCDR]] = [:]
        for cdr in partner.cdrs {
            if let id = cdr.cdr["session_id"]?.stringValue { cdrsBySession[id, default: []].append(cdr) }
        }
        return chargerSessions.map { record in
            // A session started with another card is another transaction, however close in time
            // (seconds apart on the wall clock of a network run).
            let candidates = (byCharger[record.chargerID] ?? []).filter {
                !used.contains($0.key) && ($0.token == nil || $0.token == record.idTag)
            }
            let match = candidates.min {
                abs($0.start.timeIntervalSince(record.started)) < abs($1.start.timeIntervalSince(record.started))
            }
            var view = SessionView(
                record: record,
                profile: profileByCharger[record.chargerID] ?? "unknown",
                partnerKey: nil,
                session: nil,
                cdrs: []
            )
            if let match, abs(match.start.timeIntervalSince(record.started)) <= 120 {
                used.insert(match.key)
                view.partnerKey = match.key
                view.session = match.session
                view.cdrs = cdrsBySession[match.session["id"]?.stringValue ?? ""] ?? []
            }
            return view
        }
    }

    /// Evidence entries per session id (for findings' references), in one pass: the checks look up
    /// every session, and a filter per session made them quadratic in the run's size.
    func evidenceBySession() -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for entry in evidence {
            if let id = entry.sessionID { index[id, default: []].append(entry.seq) }
        }
        return index
    }

    /// True when a fault of `kind` on `chargerID` (or any charger, for partner faults) covers `time`.
    func fault(_ kind: String, chargerID: String?, covers time: Date, margin: TimeInterval = 0) -> Bool {
        faults.contains { fault in
            fault.kind == kind && (fault.chargerID == nil || fault.chargerID == chargerID)
                && time >= fault.from.addingTimeInterval(-margin) && time <= fault.until.addingTimeInterval(margin)
        }
    }
}
