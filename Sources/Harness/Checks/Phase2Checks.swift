import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO

/// Phase 2 — command and session integrity.
enum Phase2Checks {
    static func run(_ records: RunRecords, _ views: [SessionView], _ recorder: inout CheckRecorder) {
        commandChecks(records, &recorder)
        statusChecks(records, views, &recorder)
        sessionChecks(records, views, &recorder)
    }

    /// The first CommandResult posted for an attempt, if any.
    static func result(of attempt: CommandAttempt, _ records: RunRecords) -> ReceivedCommandResult? {
        records.partner.commandResults[attempt.responseID]?.first
    }

    static func commandChecks(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        let byType: [String: (response: String, result: String, effect: String?)] = [
            "START_SESSION": ("P2-CMD-001", "P2-CMD-002", "P2-CMD-003"),
            "STOP_SESSION": ("P2-CMD-004", "P2-CMD-004", "P2-CMD-005"),
            "UNLOCK_CONNECTOR": ("P2-CMD-006", "P2-CMD-006", nil),
            "RESERVE_NOW": ("P2-CMD-007", "P2-CMD-007", nil),
            "CANCEL_RESERVATION": ("P2-CMD-008", "P2-CMD-008", nil),
        ]
        for attempt in records.commands {
            guard let ids = byType[attempt.type] else { continue }
            let evidence = attempt.evidence.map { [$0] } ?? []
            if !attempt.expectAccepted {
                // P2-CMD-009: outside the contract → REJECTED or NOT_SUPPORTED.
                if attempt.response == "REJECTED" || attempt.response == "NOT_SUPPORTED" {
                    recorder.pass("P2-CMD-009")
                } else {
                    recorder.fail(
                        "P2-CMD-009",
                        reason: "PERMISSION-NOT-ENFORCED",
                        owner: .cpoBackend,
                        message:
                            "\(attempt.type) is outside the partner contract but was answered \(attempt.response ?? "nothing")",
                        expected: "REJECTED",
                        actual: attempt.response,
                        chargerID: attempt.chargerID,
                        evidence: evidence
                    )
                }
                continue
            }
            let faulted =
                records.fault("reject-remote-start", chargerID: attempt.chargerID, covers: attempt.sentAt)
                || records.fault("charger-offline", chargerID: attempt.chargerID, covers: attempt.sentAt, margin: 60)
                || records.fault("partner-endpoint-failing", chargerID: nil, covers: attempt.sentAt, margin: 60)
                || records.fault("charger-reboot", chargerID: attempt.chargerID, covers: attempt.sentAt, margin: 300)
            guard attempt.response == "ACCEPTED" else {
                recorder.fail(
                    ids.response,
                    profile: attempt.profile,
                    reason: "COMMAND-NOT-ACCEPTED",
                    owner: .cpoBackend,
                    message:
                        "\(attempt.type) to \(attempt.chargerID) was answered \(attempt.response ?? "HTTP \(attempt.httpStatus.map(String.init) ?? "none")")",
                    expected: "ACCEPTED",
                    actual: attempt.response,
                    chargerID: attempt.chargerID,
                    evidence: evidence,
                    severity: faulted ? .info : nil
                )
                continue
            }
            if ids.response != ids.result { recorder.pass(ids.response, profile: attempt.profile) }
            let deadline = attempt.sentAt.addingTimeInterval(TimeInterval(attempt.timeoutSeconds))
            if let result = result(of: attempt, records), result.time <= deadline,
                result.result["result"]?.stringValue == "ACCEPTED"
            {
                recorder.pass(ids.result, profile: attempt.profile)
            } else {
                let received = result(of: attempt, records)
                let outcome = received?.result["result"]?.stringValue
                let late = received.map { $0.time > deadline } ?? false
                let owner: OwnerLayer = received == nil || late ? .cpoBackend : .charger
                recorder.fail(
                    ids.result,
                    profile: attempt.profile,
                    reason: received == nil
                        ? "COMMAND-RESULT-MISSING"
                        : late ? "COMMAND-RESULT-LATE" : "COMMAND-RESULT-\(outcome ?? "INVALID")",
                    owner: faulted ? .charger : owner,
                    message: received == nil
                        ? "no CommandResult for \(attempt.type) to \(attempt.chargerID)"
                        : late
                            ? "the CommandResult for \(attempt.type) arrived \(Int(received!.time.timeIntervalSince(attempt.sentAt))) s after the command (timeout \(attempt.timeoutSeconds) s)"
                            : "\(attempt.type) to \(attempt.chargerID) ended \(outcome ?? "without a result")",
                    expected: "ACCEPTED within \(attempt.timeoutSeconds) s",
                    actual: outcome,
                    chargerID: attempt.chargerID,
                    evidence: evidence,
                    severity: faulted ? .info : nil
                )
            }
            guard let effect = ids.effect, let connector = attempt.connector else { continue }
            if attempt.type == "START_SESSION" {
                let started = records.chargerSessions.contains {
                    $0.chargerID == attempt.chargerID && $0.connector == connector && $0.started >= attempt.sentAt
                        && $0.started <= attempt.sentAt.addingTimeInterval(120)
                }
                if started {
                    recorder.pass(effect, profile: attempt.profile)
                } else {
                    recorder.fail(
                        effect,
                        profile: attempt.profile,
                        reason: "START-NO-TRANSACTION",
                        owner: faulted ? .charger : .cpoBackend,
                        message:
                            "START_SESSION on \(attempt.chargerID) connector \(connector) started no transaction within 2 minutes",
                        chargerID: attempt.chargerID,
                        evidence: evidence,
                        severity: faulted ? .info : nil
                    )
                }
            } else {
                let stopped = records.chargerSessions.contains {
                    $0.chargerID == attempt.chargerID && $0.connector == connector && $0.started < attempt.sentAt
                        && ($0.stopped.map { $0 >= attempt.sentAt && $0 <= attempt.sentAt.addingTimeInterval(120) }
                            ?? false)
                }
                if stopped {
                    recorder.pass(effect, profile: attempt.profile)
                } else {
                    recorder.fail(
                        effect,
                        profile: attempt.profile,
                        reason: "STOP-NOT-EFFECTIVE",
                        owner: faulted ? .charger : .cpoBackend,
                        message:
                            "STOP_SESSION for \(attempt.sessionID ?? "?") did not stop the transaction on \(attempt.chargerID) within 2 minutes",
                        sessionID: attempt.sessionID,
                        chargerID: attempt.chargerID,
                        evidence: evidence,
                        severity: faulted ? .info : nil
                    )
                }
            }
        }
        if !records.commands.contains(where: { !$0.expectAccepted }) {
            recorder.notApplicable("P2-CMD-009", "the partner contract allows every command")
        }
        for type in ["UNLOCK_CONNECTOR", "RESERVE_NOW", "CANCEL_RESERVATION"]
        where !records.scenario.manifest.allowedCommands.contains(type) {
            recorder.notApplicable(byType[type]!.response, "\(type) is not part of the partner contract")
        }
    }

    static func statusChecks(_ records: RunRecords, _ views: [SessionView], _ recorder: inout CheckRecorder) {
        for view in views where !view.rejected {
            guard let master = records.masterData[view.record.chargerID],
                let (evse, _) = master.connector(ocppID: view.record.connector)
            else { continue }
            let uid = master.evseUID(evse)
            let until = view.record.stopped ?? records.end
            let pushed = records.partner.evseStatusChanges.contains {
                $0.locationID == master.locationID && $0.evseUID == uid && $0.status == "CHARGING"
                    && $0.time >= view.record.started.addingTimeInterval(-600)
                    && $0.time <= until.addingTimeInterval(60)
            }
            if pushed {
                recorder.pass("P2-EVS-001", profile: view.profile)
            } else if !records.fault(
                "partner-endpoint-failing",
                chargerID: nil,
                covers: view.record.started,
                margin: 600
            ) {
                recorder.fail(
                    "P2-EVS-001",
                    profile: view.profile,
                    reason: "EVSE-STATUS-NOT-PUSHED",
                    owner: .cpoBackend,
                    message:
                        "the partner never saw EVSE \(uid) CHARGING during the session at \(OCPITimestamp.format(view.record.started))",
                    sessionID: view.sessionID,
                    chargerID: view.record.chargerID
                )
            }
        }
    }

    static func sessionChecks(_ records: RunRecords, _ views: [SessionView], _ recorder: inout CheckRecorder) {
        let evidenceBySession = records.evidenceBySession()
        let updatesByKey = Dictionary(grouping: records.partner.sessionUpdates, by: \.key)
        for view in views where !view.rejected {
            let evidence = view.sessionID.flatMap { evidenceBySession[$0] } ?? []
            // P2-SES-005: one session per transaction.
            guard let key = view.partnerKey, let session = view.session else {
                recorder.fail(
                    "P2-SES-005",
                    profile: view.profile,
                    reason: "SESSION-MISSING",
                    owner: .cpoBackend,
                    message:
                        "the transaction on \(view.record.chargerID) connector \(view.record.connector) at \(OCPITimestamp.format(view.record.started)) never reached the partner as a session",
                    chargerID: view.record.chargerID
                )
                continue
            }
            recorder.pass("P2-SES-005", profile: view.profile)
            let updates = updatesByKey[key] ?? []
            // P2-SES-001: one PUT first, then PATCHes, ending COMPLETED.
            let puts = updates.filter { $0.method == "PUT" }.count
            let completed = session["status"]?.stringValue == "COMPLETED" && session["end_date_time"] != nil
            if updates.first?.method == "PUT" && puts == 1 && (completed || view.record.stopped == nil) {
                recorder.pass("P2-SES-001", profile: view.profile)
            } else {
                recorder.fail(
                    "P2-SES-001",
                    profile: view.profile,
                    reason: "SESSION-SEQUENCE",
                    owner: .cpoBackend,
                    message:
                        "session \(view.sessionID ?? key): \(puts) PUT(s), first \(updates.first?.method ?? "none"), final status \(session["status"]?.stringValue ?? "?")",
                    expected: "PUT, PATCH…, COMPLETED",
                    sessionID: view.sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
            // P2-SES-002: kwh never decreases.
            let readings = updates.compactMap { $0.body["kwh"]?.numberValue?.decimal }
            if let drop = zip(readings, readings.dropFirst()).first(where: { $1 < $0 }) {
                recorder.fail(
                    "P2-SES-002",
                    profile: view.profile,
                    reason: "SESSION-ENERGY-DECREASED",
                    owner: .cpoBackend,
                    message: "session \(view.sessionID ?? key) went from \(drop.0) kWh to \(drop.1) kWh",
                    expected: "non-decreasing kwh",
                    actual: "\(drop.0) → \(drop.1)",
                    sessionID: view.sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            } else {
                recorder.pass("P2-SES-002", profile: view.profile)
            }
            // P2-SES-003: a PATCH while ACTIVE for sessions longer than 15 minutes.
            if let stopped = view.record.stopped, stopped.timeIntervalSince(view.record.started) > 900 {
                let activePatches = updates.filter {
                    $0.method == "PATCH" && ($0.body["status"]?.stringValue ?? "ACTIVE") == "ACTIVE"
                }
                if activePatches.isEmpty {
                    recorder.fail(
                        "P2-SES-003",
                        profile: view.profile,
                        reason: "SESSION-NOT-UPDATED",
                        owner: .cpoBackend,
                        message:
                            "session \(view.sessionID ?? key) lasted \(Int(stopped.timeIntervalSince(view.record.started) / 60)) minutes without an update while ACTIVE",
                        sessionID: view.sessionID,
                        chargerID: view.record.chargerID,
                        evidence: evidence
                    )
                } else {
                    recorder.pass("P2-SES-003", profile: view.profile)
                }
            }
            // P2-SES-004: the session names the EVSE and connector the charger used.
            if let master = records.masterData[view.record.chargerID],
                let (evse, _) = master.connector(ocppID: view.record.connector)
            {
                let expectedConnector = String(
                    (master.evses[evse].connectors.firstIndex { $0.ocppConnectorID == view.record.connector } ?? 0) + 1
                )
                let actual = "\(session["evse_uid"]?.stringValue ?? "?")/\(session["connector_id"]?.stringValue ?? "?")"
                if session["evse_uid"]?.stringValue == master.evseUID(evse)
                    && session["connector_id"]?.stringValue == expectedConnector
                {
                    recorder.pass("P2-SES-004", profile: view.profile)
                } else {
                    recorder.fail(
                        "P2-SES-004",
                        profile: view.profile,
                        reason: "SESSION-WRONG-CONNECTOR",
                        owner: .cpoBackend,
                        message:
                            "session \(view.sessionID ?? key) names \(actual); the charger used \(master.evseUID(evse))/\(expectedConnector)",
                        expected: "\(master.evseUID(evse))/\(expectedConnector)",
                        actual: actual,
                        sessionID: view.sessionID,
                        chargerID: view.record.chargerID
                    )
                }
            }
            // P2-SES-006: periods ordered and inside the session.
            let start = session["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            let end = session["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            let periodStarts = (session["charging_periods"]?.arrayValue ?? []).compactMap {
                $0["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            }
            let ordered = zip(periodStarts, periodStarts.dropFirst()).allSatisfy { $0 <= $1 }
            let inside = periodStarts.allSatisfy { time in
                (start.map { time >= $0 } ?? true) && (end.map { time <= $0 } ?? true)
            }
            if ordered && inside {
                recorder.pass("P2-SES-006", profile: view.profile)
            } else {
                recorder.fail(
                    "P2-SES-006",
                    profile: view.profile,
                    reason: "PERIODS-OUT-OF-ORDER",
                    owner: .cpoBackend,
                    message:
                        "charging periods of session \(view.sessionID ?? key) are \(ordered ? "outside the session" : "out of order")",
                    sessionID: view.sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
        }
    }
}
