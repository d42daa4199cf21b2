import Chargers
import Foundation
import JSON
import OCPI
import OCPP
import PartnerMock
import ReferenceCPO
import Simulation
import Wire

/// The embedded default: reference CPO, partner mock and charger emulators wired together in
/// process on the simulated clock. Every OCPP frame and OCPI exchange passes through here and is
/// written to the evidence log, so the run's evidence is complete by construction.
final class EmbeddedWorld {
    let scheduler: EventScheduler
    var random: SeededRandom
    let evidence: EvidenceLog
    let partner: PartnerMock
    var cpo: ReferenceCPO!
    var emulators: [String: ChargerEmulator] = [:]
    var profiles: [String: ChargerProfile]
    var fleet: [(chargerID: String, profile: String)] = []
    var masterData: [ChargerMasterData] = []
    var online: Set<String> = []
    var timerGenerations: [String: Int] = [:]
    var routing: [RoutingObservation] = []
    /// One-way latency of every message in the simulated network.
    let latency: Duration = .milliseconds(50)

    static let cpoHost = "cpo.embedded"
    static let emspHost = "emsp.embedded"

    init(
        scenario: Scenario,
        profiles: [String: ChargerProfile],
        defects: Set<CPODefect>,
        evidenceSink: ((EvidenceEntry) -> Void)?
    ) {
        scheduler = EventScheduler(clock: SimulatedClock(start: scenario.start))
        random = SeededRandom(seed: scenario.seed)
        evidence = EvidenceLog(sink: evidenceSink)
        self.profiles = profiles
        let stack = ReferenceStack(
            scenario: scenario,
            profiles: profiles,
            defects: defects,
            cpoBaseURL: "http://" + Self.cpoHost,
            emspBaseURL: "http://" + Self.emspHost,
            registrationToken: "token-a-embedded"
        )
        partner = PartnerMock(configuration: stack.partner)
        fleet = stack.fleet.map { ($0.chargerID, $0.profile) }
        masterData = stack.masterData
        for charger in stack.fleet {
            guard let profile = profiles[charger.profile] else { continue }
            emulators[charger.chargerID] = ChargerEmulator(id: charger.chargerID, profile: profile)
        }
        cpo = ReferenceCPO(
            configuration: stack.cpo,
            chargers: masterData,
            environment: environment
        )
    }

    /// The CPO's view of the world: OCPP to chargers, OCPI to the partner, the simulated clock.
    var environment: CPOEnvironment {
        CPOEnvironment(
            sendOCPP: { [unowned self] chargerID, text in self.deliverToCharger(chargerID, text) },
            sendOCPI: { [unowned self] request, url in self.send(request, to: url, from: "cpo") },
            schedule: { [unowned self] delay, action in self.scheduler.schedule(after: delay, action) },
            makeToken: { [unowned self] in "token-c-\(String(self.random.next() % 1_000_000_000, radix: 36))" }
        )
    }

    // MARK: - OCPI over the in-process network

    /// Delivers an OCPI request to the CPO or the partner by host and records both directions.
    func send(_ request: HTTPRequest, to url: String, from sender: String) -> HTTPResponse? {
        guard let parts = URLParts(url) else { return nil }
        let now = scheduler.now
        let response: HTTPResponse?
        let receiver: String
        switch parts.authority {
        case Self.cpoHost:
            receiver = "cpo"
            response = cpo.handle(request, now: now)
        case Self.emspHost:
            receiver = "partner"
            response = partner.handle(request, now: now)
        default:
            receiver = parts.authority
            response = nil
        }
        let body = request.body.isEmpty ? nil : try? JSONParser().parse(request.body).value
        let segments = request.pathSegments
        var sessionID: String?
        if segments.count >= 6, segments[2] == "sessions" { sessionID = segments[5] }
        if segments.count >= 3, segments[2] == "cdrs" { sessionID = body?["session_id"]?.stringValue }
        // The charger an exchange is about, from the location it names (commands, locations, CDRs).
        let locationID =
            body?["location_id"]?.stringValue ?? body?["cdr_location"]?["id"]?.stringValue
            ?? (segments.count >= 6 && segments[2] == "locations" ? segments[5] : nil)
        let chargerID = locationID.flatMap { id in masterData.first { $0.locationID == id }?.chargerID }
        let seq = evidence.append(
            EvidenceEntry(
                time: now,
                channel: "ocpi",
                from: sender,
                to: receiver,
                summary:
                    "\(request.method.rawValue) \(request.path) → \(response.map { String($0.status) } ?? "no answer")",
                body: body,
                status: response?.status,
                sessionID: sessionID,
                chargerID: chargerID
            )
        )
        if receiver == "partner", sender == "cpo", segments.count >= 3,
            ["locations", "sessions", "cdrs", "tariffs"].contains(segments[2])
        {
            routing.append(
                RoutingObservation(
                    path: request.path,
                    toPartyID: request.headers["OCPI-to-party-id"],
                    fromPartyID: request.headers["OCPI-from-party-id"],
                    evidence: seq
                )
            )
        }
        return response
    }

    // MARK: - OCPP over the in-process network

    func connect(_ chargerID: String) {
        let version = emulators[chargerID]?.profile.ocppVersion ?? .v16
        guard cpo.chargerConnected(chargerID, version: version) else { return }
        online.insert(chargerID)
        apply(chargerID, .connected)
    }

    func disconnect(_ chargerID: String) {
        online.remove(chargerID)
        cpo.chargerDisconnected(chargerID)
        apply(chargerID, .disconnected)
    }

    /// Feeds an event to a charger and performs the actions it returns.
    func apply(_ chargerID: String, _ event: ChargerEvent) {
        guard var emulator = emulators[chargerID] else { return }
        let actions = emulator.handle(event, now: scheduler.now)
        emulators[chargerID] = emulator
        for action in actions { perform(action, chargerID: chargerID) }
    }

    private func perform(_ action: ChargerAction, chargerID: String) {
        switch action {
        case .send(let text):
            guard online.contains(chargerID) else { return }
            scheduler.schedule(after: latency) { [unowned self] in
                guard self.online.contains(chargerID) else { return }
                self.record(text, from: chargerID, to: "cpo", chargerID: chargerID)
                self.cpo.receiveOCPP(from: chargerID, text: text, now: self.scheduler.now)
            }
        case .startTimer(let timer, let delay):
            let key = "\(chargerID)|\(timer)"
            let generation = (timerGenerations[key] ?? 0) + 1
            timerGenerations[key] = generation
            scheduler.schedule(after: delay) { [unowned self] in
                guard self.timerGenerations[key] == generation else { return }
                self.apply(chargerID, .timerFired(timer))
            }
        case .cancelTimer(let timer):
            timerGenerations["\(chargerID)|\(timer)", default: 0] += 1
        case .reconnect(let delay):
            disconnect(chargerID)
            scheduler.schedule(after: delay) { [unowned self] in self.connect(chargerID) }
        }
    }

    private func deliverToCharger(_ chargerID: String, _ text: String) {
        guard online.contains(chargerID) else { return }
        scheduler.schedule(after: latency) { [unowned self] in
            guard self.online.contains(chargerID) else { return }
            self.record(text, from: "cpo", to: chargerID, chargerID: chargerID)
            self.apply(chargerID, .received(text))
        }
    }

    private func record(_ text: String, from: String, to: String, chargerID: String) {
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
        evidence.append(
            EvidenceEntry(
                time: scheduler.now,
                channel: "ocpp",
                from: from,
                to: to,
                summary: summary,
                body: frame ?? .string(text),
                chargerID: chargerID
            )
        )
    }
}

@available(*, unavailable)
extension EmbeddedWorld: Sendable {}
