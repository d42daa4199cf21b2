public import Foundation
import JSON
public import Settlement

/// A launch scenario (`Scenarios/*.json`, schema `Scenarios/scenario.schema.json`): who the partner
/// is, which chargers and how many sessions, which faults and defects, and the gate's thresholds.
public struct Scenario: Sendable {
    public var name: String
    public var description: String
    public var seed: UInt64
    public var start: Date
    public var durationHours: Int
    public var manifest: Manifest
    public var chargers: [ChargerGroup]
    /// Share of sessions started by the partner's START_SESSION command (the rest by RFID at the charger).
    public var remoteStartShare: Double
    /// Share of remote-started sessions stopped by STOP_SESSION (the rest by unplugging).
    public var remoteStopShare: Double
    /// Number of chargers with community access switched on (roaming tokens must keep working).
    public var communityChargers: Int
    public var faults: [Fault]
    public var defects: [String]
    public var tariffPolicy: String
    /// The commercial models to settle (internal roaming always; community, site host, corporate optional).
    public var settlement: CommercialModels
    /// Corporate billing covers this many of the partner's tokens (their users).
    public var corporateUsers: Int
    public var gate: GateThresholds
    public var acceptedFindings: [AcceptedFinding]
    /// Phases to run (P1…P4); all by default.
    public var phases: [String]

    /// The launch manifest (blueprint phase 1): the roaming path and who owns what.
    public struct Manifest: Sendable, Hashable {
        public var partnerName: String
        public var partnerCountryCode: String
        public var partnerPartyID: String
        public var cpoCountryCode: String
        public var cpoPartyID: String
        /// `direct` or `hub`.
        public var path: String
        /// `cpo` or `emsp`.
        public var tariffOwner: String
        /// `whitelist` or `real-time`.
        public var tokenFlow: String
        /// Source of truth per object (locations, tariffs, tokens, sessions, cdrs) → `cpo` or `emsp`.
        public var sourceOfTruth: [String: String]
        /// Who collects from the driver: `cpo` or `emsp`.
        public var collects: String
        public var chargerGroup: String
        /// The commands the partner contract allows.
        public var allowedCommands: [String]
        /// Whether the partner has its own contract price (a partner-specific tariff).
        public var partnerSpecificPrice: Bool
    }

    /// `count` chargers of a profile, each running its share of `sessions`.
    public struct ChargerGroup: Sendable, Hashable {
        public var profile: String
        public var count: Int
        public var sessions: Int
    }

    /// A fault scheduled at an offset into the run.
    public struct Fault: Sendable, Hashable {
        public var atHours: Double
        /// `charger-offline`, `charger-reboot`, `meter-reset`, `reject-remote-start`, `partner-endpoint-failing`,
        /// `duplicate-messages`, `rejected-token`.
        public var kind: String
        /// The profile whose first charger is hit (charger faults).
        public var profile: String?
        public var minutes: Int
    }

    /// The thresholds behind the decision (blueprint decision gates).
    public struct GateThresholds: Sendable, Hashable {
        /// Remote command success rate per charger profile needed to expand (0…1).
        public var commandSuccessRate: Double
        /// Completed sessions per profile needed before the evidence counts as enough.
        public var minSessionsPerProfile: Int
        /// Replay vs CDR total tolerance in currency units.
        public var replayTolerance: Decimal
        /// CDR energy vs charger meter tolerance in Wh.
        public var energyToleranceWh: Int

        public init(
            commandSuccessRate: Double,
            minSessionsPerProfile: Int,
            replayTolerance: Decimal,
            energyToleranceWh: Int
        ) {
            self.commandSuccessRate = commandSuccessRate
            self.minSessionsPerProfile = minSessionsPerProfile
            self.replayTolerance = replayTolerance
            self.energyToleranceWh = energyToleranceWh
        }
    }

    /// A finding the launch team accepted for now: reported, but not blocking until it expires.
    public struct AcceptedFinding: Sendable, Hashable {
        public var rule: String
        public var owner: String
        public var reason: String
        public var expires: Date

        public init(rule: String, owner: String, reason: String, expires: Date) {
            self.rule = rule
            self.owner = owner
            self.reason = reason
            self.expires = expires
        }
    }

    public static let allPhases = ["P1", "P2", "P3", "P4"]
    public static let faultKinds = [
        "charger-offline", "charger-reboot", "meter-reset", "reject-remote-start", "partner-endpoint-failing",
        "duplicate-messages", "rejected-token",
    ]

    /// Total sessions planned.
    public var plannedSessions: Int { chargers.reduce(0) { $0 + $1.sessions } }
}
