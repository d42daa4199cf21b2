public import Foundation
public import JSON
import OCPI
public import PartnerMock

/// Everything a run produced: the decision and its reasons, every check's outcome, findings,
/// metrics per charger profile, exceptions, the settlement statement and session dossiers.
/// Reports are pure functions of this value.
public struct RunResult: Sendable {
    public var runID: String
    public var scenarioName: String
    public var seed: UInt64
    public var defects: [String]
    public var strict: Bool
    public var startedAt: Date
    public var finishedAt: Date
    public var simulatedStart: Date
    public var simulatedEnd: Date
    public var decision: GateDecision
    public var reasons: [GateReason]
    public var checks: [CheckOutcome]
    public var findings: [Finding]
    public var profiles: [String: ProfileMetrics]
    public var exceptions: [JSONValue]
    public var settlement: JSONValue
    /// Statements and the exception queue as CSV files (name, text), written beside the report.
    public var settlementFiles: [(name: String, text: String)]
    public var replays: [ReplayLine]
    public var timeline: [TimelineEntry]
    public var dossiers: [Dossier]
    public var evidence: [EvidenceEntry]

    /// Measurements per charger profile.
    public struct ProfileMetrics: Sendable, Hashable {
        public var chargers = 0
        public var sessions = 0
        public var commandsSent = 0
        public var commandsSucceeded = 0
        public var cdrs = 0
        public var replayMismatches = 0
        /// Seconds from command to CommandResult.
        public var commandLatencies: [Double] = []
        /// (charger meter Wh, CDR Wh) per session.
        public var energyPairs: [EnergyPair] = []
    }

    public struct EnergyPair: Sendable, Hashable {
        public var meterWh: Int
        public var cdrWh: Decimal
    }

    /// A CDR's total against the replay.
    public struct ReplayLine: Sendable, Hashable {
        public var sessionID: String
        public var profile: String
        public var cdrTotal: Decimal
        public var replayTotal: Decimal
        public var difference: Decimal
    }

    /// One charging session on one charger, for the timeline chart.
    public struct TimelineEntry: Sendable, Hashable {
        public var chargerID: String
        public var profile: String
        public var start: Date
        public var end: Date?
        public var hasFinding: Bool
    }

    /// Every message of one session with a finding, in order, with the receipt explanation.
    public struct Dossier: Sendable {
        public var sessionID: String
        public var chargerID: String
        public var findings: [Finding]
        public var entries: [EvidenceEntry]
        public var receipt: String?
    }

    /// Findings that count (not accepted), by owner layer.
    /// The phases a report lists: P1–P4, or M for mirror mode.
    public var phaseIDs: [String] {
        checks.contains { CheckCatalog.check($0.id)?.phase == "M" } ? ["M"] : Scenario.allPhases
    }

    public var findingsByOwner: [OwnerLayer: [Finding]] {
        Dictionary(grouping: findings.filter { $0.severity != .info }, by: \.owner)
    }

    /// The canonical report: the same run gives the same bytes, run id and wall-clock stamps aside.
    public var json: JSONValue {
        func time(_ date: Date) -> JSONValue { .string(OCPITimestamp.format(date)) }
        var phases: [JSONValue] = []
        for phase in phaseIDs {
            let outcomes = checks.filter { CheckCatalog.check($0.id)?.phase == phase }
            let status: String
            if outcomes.contains(where: { $0.status == .failed }) {
                status = "failed"
            } else if outcomes.allSatisfy({ $0.status == .skipped }) {
                status = "skipped"
            } else {
                status = "passed"
            }
            phases.append(["id": .string(phase), "status": .string(status), "checks": .array(outcomes.map(\.json))])
        }
        let profileObject = JSONObject(
            profiles.keys.sorted().map { name in
                let metrics = profiles[name]!
                return (
                    key: name,
                    value: [
                        "chargers": .number(JSONNumber(metrics.chargers)),
                        "sessions": .number(JSONNumber(metrics.sessions)),
                        "commands_sent": .number(JSONNumber(metrics.commandsSent)),
                        "commands_succeeded": .number(JSONNumber(metrics.commandsSucceeded)),
                        "command_success_rate": metrics.commandsSent == 0
                            ? .null
                            : .number(
                                JSONNumber(
                                    text: String(
                                        format: "%.4f",
                                        Double(metrics.commandsSucceeded) / Double(metrics.commandsSent)
                                    )
                                )
                            ),
                        "cdrs": .number(JSONNumber(metrics.cdrs)),
                        "replay_mismatches": .number(JSONNumber(metrics.replayMismatches)),
                    ]
                )
            }
        )
        return [
            "report_version": 1,
            "run_id": .string(runID),
            "scenario": .string(scenarioName),
            "seed": .number(JSONNumber(text: String(seed))),
            "defects": .array(defects.map { .string($0) }),
            "strict": .bool(strict),
            "started_at": time(startedAt),
            "finished_at": time(finishedAt),
            "simulated_start": time(simulatedStart),
            "simulated_end": time(simulatedEnd),
            "decision": .string(decision.rawValue),
            "reasons": .array(reasons.map(\.json)),
            "phases": .array(phases),
            "findings": .array(findings.map(\.json)),
            "metrics": [
                "profiles": .object(profileObject),
                "sessions": .number(JSONNumber(profiles.values.reduce(0) { $0 + $1.sessions })),
                "cdrs": .number(JSONNumber(profiles.values.reduce(0) { $0 + $1.cdrs })),
                "evidence_entries": .number(JSONNumber(evidence.count)),
            ],
            "exceptions": .array(exceptions),
            "settlement": settlement,
            "replay": .array(
                replays.map {
                    [
                        "session_id": .string($0.sessionID), "profile": .string($0.profile),
                        "cdr_total": .number(JSONNumber($0.cdrTotal)),
                        "replay_total": .number(JSONNumber($0.replayTotal)),
                        "difference": .number(JSONNumber($0.difference)),
                    ]
                }
            ),
        ]
    }
}
