import Chargers
import Foundation
import JSON
import PartnerMock
import ReferenceCPO

/// Everything a run observed, gathered for the checks: the three records of every session (the
/// chargers' logs, what the CPO published, what the partner received) and the harness's own probes.
struct RunRecords {
    var scenario: Scenario
    var profiles: [String: ChargerProfile]
    /// Charger id → profile name, in fleet order.
    var chargerProfiles: [(chargerID: String, profile: String)]
    var masterData: [String: ChargerMasterData]
    var chargerSessions: [ChargerSessionRecord]
    var partner: PartnerStore
    var partnerTokens: [PartnerToken]
    /// Chargers with community access switched on.
    var communityChargers: Set<String>
    var cpoTariffIDs: (ac: String, dc: String)
    var contractTariffs: [String]
    var realTimeAuthorizations: [String: Int]
    var registration: RegistrationOutcome
    var commands: [CommandAttempt]
    var authorizationProbes: [AuthorizationProbe]
    var routing: [RoutingObservation]
    var faults: [AppliedFault]
    var evidence: [EvidenceEntry]
    var end: Date
}

/// How the credentials handshake went, and the token-A probe after it.
struct RegistrationOutcome {
    var succeeded: Bool
    var error: String?
    var evidence: [Int]
    var tokenAProbeStatus: Int?
    var cpoCountryCode: String
    var cpoPartyID: String
}

/// One command the partner sent, what came back, and what it was meant to do.
struct CommandAttempt {
    var type: String
    var chargerID: String
    var profile: String
    var sentAt: Date
    var responseID: String
    var httpStatus: Int?
    var response: String?
    var timeoutSeconds: Int
    var evidence: Int?
    /// For STOP_SESSION: the session and transaction it targets.
    var sessionID: String?
    var connector: Int?
    /// False for probes that must be refused (commands outside the contract).
    var expectAccepted: Bool
}

/// A token presented at a charger to test the authorization matrix.
struct AuthorizationProbe {
    var tokenUID: String
    var chargerID: String
    var connector: Int
    var at: Date
    var expectAllowed: Bool
    var community: Bool
}

/// Routing headers on a request the CPO sent to the partner.
struct RoutingObservation {
    var path: String
    var toPartyID: String?
    var fromPartyID: String?
    var evidence: Int
}

/// A fault the harness injected.
struct AppliedFault {
    var kind: String
    var chargerID: String?
    var from: Date
    var until: Date
}
