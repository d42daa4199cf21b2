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
    let seed: UInt64

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
        seed = scenario.seed
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
            sendOCPI: { [unowned self] request, url, completion in
                completion(self.send(request, to: url, from: "cpo").response)
            },
            schedule: { [unowned self] delay, action in self.scheduler.schedule(after: delay, action) },
            makeToken: { [unowned self] in "token-c-\(String(self.random.next() % 1_000_000_000, radix: 36))" }
        )
    }

    // MARK: - OCPI over the in-process network

    /// Delivers an OCPI request to the CPO or the partner by host and records both directions.
    @discardableResult
    func send(_ request: HTTPRequest, to url: String, from sender: String) -> (response: HTTPResponse?, evidence: Int) {
        guard let parts = URLParts(url) else { return (nil, evidence.entries.last?.seq ?? 0) }
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
        let seq = evidence.append(
            .ocpi(request, status: response?.status, from: sender, to: receiver, time: now) { [masterData] id in
                masterData.first { $0.locationID == id }?.chargerID
            }
        )
        if receiver == "partner", sender == "cpo", let observation = RoutingObservation.of(request, evidence: seq) {
            routing.append(observation)
        }
        return (response, seq)
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
        evidence.append(.ocpp(text, from: from, to: to, chargerID: chargerID, time: scheduler.now))
    }
}

extension EmbeddedWorld: RunWorld {
    var now: Date { scheduler.now }
    func actual(_ planned: Date) -> Date { planned }
    func schedule(at planned: Date, _ action: @escaping () -> Void) { scheduler.schedule(at: planned, action) }
    func run(until planned: Date) { scheduler.run(until: planned) }
    var drain: TimeInterval { 3 * 3600 }

    var cpoVersionsURL: String { "http://\(Self.cpoHost)/ocpi/versions" }
    var tokenA: String { "token-a-embedded" }
    var tokenB: String { "token-b-\(seed)" }
    func withPartner<Result>(_ body: (PartnerMock) -> Result) -> Result { body(partner) }
    func sendAsPartner(_ request: HTTPRequest, to url: String) -> (response: HTTPResponse?, evidence: Int) {
        send(request, to: url, from: "partner")
    }
    var lastEvidence: Int { evidence.entries.last?.seq ?? 0 }

    var completedSessions: Int {
        emulators.values.reduce(0) { $0 + $1.sessions.filter { $0.stopped != nil }.count }
    }

    func publishNewTariffVersion(ids: [String], priceFactor: Decimal) {
        for id in ids { cpo.publishNewTariffVersion(id: id, priceFactor: priceFactor, now: scheduler.now) }
    }

    func republishLocations() { cpo.republishLocations(now: scheduler.now) }

    func finish() -> WorldObservations {
        WorldObservations(
            chargerSessions: fleet.flatMap { emulators[$0.chargerID]?.sessions ?? [] },
            partnerStore: partner.store,
            realTimeAuthorizations: cpo.realTimeAuthorizations,
            routing: routing,
            evidence: evidence.entries,
            end: scheduler.now
        )
    }
}

@available(*, unavailable)
extension EmbeddedWorld: Sendable {}
