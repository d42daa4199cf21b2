import Foundation
import JSON
import PartnerMock

@testable import Harness

/// A small, fixed run result: two profiles, a failed CDR check with two findings, a dossier.
enum ReportFixture {
    static let start = Date(timeIntervalSince1970: 1_772_409_600)

    static var result: RunResult {
        let missing = {
            var finding = Finding(
                rule: "P3-CDR-001",
                severity: .blocker,
                reasonCode: "SESSION-WITHOUT-CDR",
                owner: .cpoBackend,
                message: "completed session RGC-S00005 (12.5 kWh) has no CDR",
                sessionID: "RGC-S00005",
                chargerID: "RG-AC-11KW-01",
                profile: "ac-11kw",
                evidence: [2, 3]
            )
            finding.expected = "one CDR"
            return finding
        }()
        let routing = Finding(
            rule: "P3-ROU-001",
            severity: .major,
            reasonCode: "ROUTING-WRONG-PARTY",
            owner: .cpoBackend,
            message: "2 pushes carried OCPI-to-party-id XXX <script> & Token abc123",
            evidence: [3]
        )
        var metrics = RunResult.ProfileMetrics()
        metrics.chargers = 1
        metrics.sessions = 5
        metrics.commandsSent = 4
        metrics.commandsSucceeded = 4
        metrics.cdrs = 4
        metrics.commandLatencies = [0.2, 0.3, 0.2, 0.25]
        metrics.energyPairs = [.init(meterWh: 12_500, cdrWh: 12_500), .init(meterWh: 8000, cdrWh: 8000)]
        var dc = metrics
        dc.commandLatencies = [0.4]
        let evidence = [
            EvidenceEntry(
                seq: 1,
                time: start,
                channel: "ocpp",
                from: "RG-AC-11KW-01",
                to: "cpo",
                summary: "StartTransaction",
                body: [2, "m1", "StartTransaction", ["idTag": "CARD1"]] as JSONValue,
                chargerID: "RG-AC-11KW-01"
            ),
            EvidenceEntry(
                seq: 2,
                time: start.addingTimeInterval(1),
                channel: "ocpi",
                from: "cpo",
                to: "partner",
                summary: "PUT /ocpi/2.2.1/sessions/DE/RGC/RGC-S00005 → 200",
                body: ["id": "RGC-S00005", "token": "secret-token-c"],
                status: 200,
                sessionID: "RGC-S00005"
            ),
            EvidenceEntry(
                seq: 3,
                time: start.addingTimeInterval(3600),
                channel: "ocpp",
                from: "RG-AC-11KW-01",
                to: "cpo",
                summary: "StopTransaction",
                chargerID: "RG-AC-11KW-01"
            ),
        ]
        let outcome = CheckOutcome(
            id: "P3-CDR-001",
            status: .failed,
            profiles: ["ac-11kw": .init(passed: 4, failed: 1)],
            findings: [missing],
            note: nil
        )
        let passed = CheckOutcome(id: "P1-REG-001", status: .passed, profiles: [:], findings: [], note: nil)
        let notApplicable = CheckOutcome(
            id: "P2-CMD-009",
            status: .notApplicable,
            profiles: [:],
            findings: [],
            note: "the partner contract allows every command"
        )
        return RunResult(
            runID: "20260302-000000-fixture-s1",
            scenarioName: "fixture",
            seed: 1,
            defects: ["cdr-missing"],
            strict: false,
            startedAt: start,
            finishedAt: start.addingTimeInterval(2),
            simulatedStart: start,
            simulatedEnd: start.addingTimeInterval(7200),
            decision: .pause,
            reasons: [GateReason(rule: "P3-CDR-001", text: "1 blocker finding(s) of P3-CDR-001 (owner cpo-backend)")],
            checks: [
                passed, notApplicable, outcome,
                CheckOutcome(id: "P3-ROU-001", status: .failed, profiles: [:], findings: [routing], note: nil),
            ],
            findings: [missing, routing],
            profiles: ["ac-11kw": metrics, "dc-50kw": dc],
            exceptions: [
                [
                    "kind": "charger-offline", "reason_code": "CHARGER-OFFLINE", "owner": "charger",
                    "status": "resolved", "note": "2 sessions completed",
                ]
            ],
            settlement: [
                "collector": "emsp", "completed_sessions": 5, "cdrs": 4, "audit_entries": 5, "ties_out": false,
                "statements": [
                    [
                        "period": "2026-03", "payer": "emsp DE*RGE", "payee": "cpo DE*RGC", "currency": "EUR",
                        "lines": 4,
                        "total": [
                            "excl_vat": .number(JSONNumber(text: "12.50")),
                            "incl_vat": .number(JSONNumber(text: "14.88")),
                        ],
                    ]
                ],
                "exceptions": [
                    [
                        "code": "SESSION-WITHOUT-CDR", "reference": "RGC-S00005", "owner": "cpo-backend",
                        "message": "completed session RGC-S00005 has no CDR",
                    ]
                ],
            ],
            settlementFiles: [
                ("statement-2026-03-emsp-to-cpo.csv", "period,payer\r\n"), ("settlement-exceptions.csv", "code\r\n"),
            ],
            replays: [
                .init(sessionID: "RGC-S00001", profile: "ac-11kw", cdrTotal: 4.64, replayTotal: 4.64, difference: 0)
            ],
            timeline: [
                .init(
                    chargerID: "RG-AC-11KW-01",
                    profile: "ac-11kw",
                    start: start,
                    end: start.addingTimeInterval(3600),
                    hasFinding: true
                )
            ],
            dossiers: [
                .init(
                    sessionID: "RGC-S00005",
                    chargerID: "RG-AC-11KW-01",
                    findings: [missing],
                    entries: evidence,
                    receipt: "total excl. VAT 4.2900\n"
                )
            ],
            evidence: evidence
        )
    }
}
