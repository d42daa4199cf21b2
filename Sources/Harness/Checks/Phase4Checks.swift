import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock

/// An injected fault as the report shows it: classified with a reason code and an owner layer.
struct ExceptionRecord {
    var kind: String
    var reasonCode: String
    var owner: OwnerLayer
    var chargerID: String?
    var from: Date
    var until: Date
    /// `resolved` when its consequences were handled, else `open`.
    var status: String
    var note: String

    var json: JSONValue {
        [
            "kind": .string(kind), "reason_code": .string(reasonCode), "owner": .string(owner.rawValue),
            "charger_id": chargerID.map { .string($0) } ?? .null, "from": .string(OCPITimestamp.format(from)),
            "until": .string(OCPITimestamp.format(until)), "status": .string(status), "note": .string(note),
        ]
    }
}

/// Phase 4 — expansion readiness: every exception ends classified.
enum Phase4Checks {
    static func run(_ records: RunRecords, _ views: [SessionView], _ recorder: inout CheckRecorder) -> [ExceptionRecord]
    {
        var exceptions: [ExceptionRecord] = []
        for fault in records.faults {
            var record = ExceptionRecord(
                kind: fault.kind,
                reasonCode: fault.kind.uppercased(),
                owner: fault.kind.hasPrefix("partner") || fault.kind == "rejected-token" ? .partner : .charger,
                chargerID: fault.chargerID,
                from: fault.from,
                until: fault.until,
                status: "resolved",
                note: ""
            )
            switch fault.kind {
            case "charger-offline", "charger-reboot":
                // P4-EXC-002: sessions around the outage complete and are billed.
                let affected = views.filter {
                    $0.record.chargerID == fault.chargerID && !$0.rejected
                        && $0.record.started <= fault.until.addingTimeInterval(300)
                        && ($0.record.stopped ?? records.end) >= fault.from.addingTimeInterval(-300)
                }
                let unbilled = affected.filter {
                    $0.cdrs.isEmpty && $0.record.stopped != nil && ($0.record.energyWh ?? 0) > 0
                }
                if unbilled.isEmpty {
                    recorder.pass("P4-EXC-002")
                    record.note = "\(affected.count) sessions around the outage completed and were billed"
                } else {
                    record.status = "open"
                    record.owner = .cpoBackend
                    record.note = "\(unbilled.count) sessions around the outage have no CDR"
                    recorder.fail(
                        "P4-EXC-002",
                        reason: "OUTAGE-SESSION-LOST",
                        owner: .cpoBackend,
                        message:
                            "\(unbilled.count) sessions on \(fault.chargerID ?? "?") around its outage were never billed",
                        chargerID: fault.chargerID
                    )
                }
            case "partner-endpoint-failing":
                // P4-EXC-003: pushes refused during the outage arrive afterwards.
                let affected = views.filter {
                    ($0.record.stopped ?? .distantPast) >= fault.from
                        && ($0.record.stopped ?? .distantFuture) <= fault.until && !$0.rejected
                }
                let lost = affected.filter { $0.cdrs.isEmpty && ($0.record.energyWh ?? 0) > 0 }
                if lost.isEmpty {
                    recorder.pass("P4-EXC-003")
                    record.note = "\(affected.count) sessions ended during the outage; their pushes arrived after it"
                } else {
                    record.status = "open"
                    record.owner = .cpoBackend
                    record.note = "\(lost.count) sessions ended during the outage never reached the partner"
                    recorder.fail(
                        "P4-EXC-003",
                        reason: "PUSH-LOST-IN-OUTAGE",
                        owner: .cpoBackend,
                        message:
                            "\(lost.count) sessions that ended while the partner endpoint failed never got a CDR at the partner"
                    )
                }
            case "meter-reset":
                // P4-EXC-004: a disturbed meter shows as a classified charger exception.
                let disturbed = views.filter { $0.record.chargerID == fault.chargerID && $0.record.meterDisturbed }
                let negative = disturbed.filter { ($0.cdrs.first?.cdr["total_energy"]?.numberValue?.decimal ?? 0) < 0 }
                if negative.isEmpty {
                    recorder.pass("P4-EXC-004")
                    record.note = "\(disturbed.count) sessions saw the meter reset; classified as a charger exception"
                } else {
                    record.status = "open"
                    record.owner = .cpoBackend
                    recorder.fail(
                        "P4-EXC-004",
                        reason: "NEGATIVE-ENERGY",
                        owner: .cpoBackend,
                        message: "CDRs after a meter reset bill negative energy"
                    )
                }
            default:
                record.note = "classified by kind"
            }
            exceptions.append(record)
        }
        // P4-EXC-001: every exception classified; open ones must have an owner who acts.
        for exception in exceptions {
            if exception.status == "resolved" {
                recorder.pass("P4-EXC-001")
            } else {
                recorder.fail(
                    "P4-EXC-001",
                    reason: "EXCEPTION-OPEN",
                    owner: exception.owner,
                    message:
                        "exception \(exception.reasonCode) on \(exception.chargerID ?? "the partner endpoint") is still open: \(exception.note)",
                    chargerID: exception.chargerID
                )
            }
        }
        if records.faults.isEmpty {
            for id in ["P4-EXC-001", "P4-EXC-002", "P4-EXC-003", "P4-EXC-004"] {
                recorder.notApplicable(id, "the scenario injects no fault of this kind")
            }
        }
        return exceptions
    }
}
