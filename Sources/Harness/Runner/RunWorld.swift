import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Simulation
import Wire

/// What a scenario is played against (`ScenarioRun`): the embedded stack on the simulated clock
/// (`EmbeddedWorld`), or a CPO under test over the network on the wall clock (`NetworkWorld`). The
/// plan is the same for both, so one scenario gives the same checks however it was observed.
///
/// The plan is written in the scenario's time (from `Scenario.start`); `actual(_:)` says when a
/// planned instant happens for the chargers and the CPO, and records carry that actual time.
protocol RunWorld: AnyObject {
    /// The fleet in scenario order, and the master data the CPO publishes for it.
    var fleet: [(chargerID: String, profile: String)] { get }
    var masterData: [ChargerMasterData] { get }
    /// The run's seeded randomness (session times, vehicles, tokens).
    var random: SeededRandom { get set }

    /// The time the chargers and the CPO see now.
    var now: Date { get }
    /// When the scenario's instant `planned` happens in this world.
    func actual(_ planned: Date) -> Date
    /// Runs `action` at the scenario's instant `planned`.
    func schedule(at planned: Date, _ action: @escaping () -> Void)
    /// Runs everything planned up to `planned` (on the wall clock this waits for it).
    func run(until planned: Date)
    /// How long the plan runs on after the scenario's end so the last messages and retries drain.
    var drain: TimeInterval { get }

    /// The CPO's versions URL and the token A that opens its credentials module (OCPI 2.2.1 §7.4.1).
    var cpoVersionsURL: String { get }
    var tokenA: String { get }
    /// The token B the partner mock offers in the handshake.
    var tokenB: String { get }
    /// Runs `body` with the partner mock (the eMSP RoamGate plays).
    func withPartner<Result>(_ body: (PartnerMock) -> Result) -> Result
    /// Sends an OCPI request as the partner; the answer (nil: none) and the evidence entry recording it.
    func sendAsPartner(_ request: HTTPRequest, to url: String) -> (response: HTTPResponse?, evidence: Int)
    /// The sequence number of the latest evidence entry.
    var lastEvidence: Int { get }

    func connect(_ chargerID: String)
    func disconnect(_ chargerID: String)
    /// Feeds a local event (plug-in, card, fault) to a charger.
    func apply(_ chargerID: String, _ event: ChargerEvent)
    /// Sessions the chargers have stopped so far (progress).
    var completedSessions: Int { get }

    /// CPO-side events of the plan that only the embedded CPO can be asked for (a new tariff version
    /// mid-run, the nightly location sync); a CPO under test does its own.
    func publishNewTariffVersion(ids: [String], priceFactor: Decimal)
    func republishLocations()

    /// Everything observed, once the plan has run out.
    func finish() -> WorldObservations
}

/// What a world observed besides the plan's own records.
struct WorldObservations {
    var chargerSessions: [ChargerSessionRecord]
    /// What the partner mock holds: what the CPO pushed (and, over the network, what was pulled).
    var partnerStore: PartnerStore
    /// Token uid → real-time authorization requests the partner received (OCPI 2.2.1 §12.2.1.2).
    var realTimeAuthorizations: [String: Int]
    var routing: [RoutingObservation]
    var evidence: [EvidenceEntry]
    var end: Date
}

extension EvidenceEntry {
    /// The evidence of one OCPI exchange, with the session and the charger it concerns (from the path,
    /// the CDR's `session_id`, or the location a body names).
    static func ocpi(
        _ request: HTTPRequest,
        status: Int?,
        from sender: String,
        to receiver: String,
        time: Date,
        chargerOfLocation: (String) -> String?
    ) -> EvidenceEntry {
        let body = request.body.isEmpty ? nil : try? JSONParser().parse(request.body).value
        let segments = request.pathSegments
        var sessionID: String?
        if segments.count >= 6, segments[2] == "sessions" { sessionID = segments[5] }
        if segments.count >= 3, segments[2] == "cdrs" { sessionID = body?["session_id"]?.stringValue }
        let locationID =
            body?["location_id"]?.stringValue ?? body?["cdr_location"]?["id"]?.stringValue
            ?? (segments.count >= 6 && segments[2] == "locations" ? segments[5] : nil)
        return EvidenceEntry(
            time: time,
            channel: "ocpi",
            from: sender,
            to: receiver,
            summary: "\(request.method.rawValue) \(request.path) → \(status.map { String($0) } ?? "no answer")",
            body: body,
            status: status,
            sessionID: sessionID,
            chargerID: locationID.flatMap(chargerOfLocation)
        )
    }

    /// The evidence of one OCPP frame: the action of a CALL, or CALLRESULT / CALLERROR.
    static func ocpp(
        _ text: String,
        from sender: String,
        to receiver: String,
        chargerID: String,
        time: Date
    )
        -> EvidenceEntry
    {
        let frame = try? JSONParser().parse(text).value
        var summary = "frame"
        if let array = frame?.arrayValue {
            switch array.first?.numberValue?.int {
            case 2: summary = array.count > 2 ? array[2].stringValue ?? "CALL" : "CALL"
            case 3: summary = "CALLRESULT"
            case 4: summary = "CALLERROR " + (array.count > 2 ? array[2].stringValue ?? "" : "")
            default: break
            }
        }
        return EvidenceEntry(
            time: time,
            channel: "ocpp",
            from: sender,
            to: receiver,
            summary: summary,
            body: frame ?? .string(text),
            chargerID: chargerID
        )
    }
}

extension RoutingObservation {
    /// The routing headers of a request the CPO sent to the partner's receivers (OCPI 2.2.1 §4.1.4),
    /// nil for other requests.
    static func of(_ request: HTTPRequest, evidence: Int) -> RoutingObservation? {
        let segments = request.pathSegments
        guard segments.count >= 3, ["locations", "sessions", "cdrs", "tariffs"].contains(segments[2]) else {
            return nil
        }
        return RoutingObservation(
            path: request.path,
            toPartyID: request.headers["OCPI-to-party-id"],
            fromPartyID: request.headers["OCPI-from-party-id"],
            evidence: evidence
        )
    }
}
