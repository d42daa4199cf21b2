import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Simulation
import Synchronization
import Transport
import Wire

/// A CPO under test over the network, on the wall clock (`roamgate run --target`): RoamGate is its
/// eMSP — the partner mock served on `ExternalTarget.listenHost`, the credentials handshake and the
/// commands over OCPI — and its chargers, each a `NetworkCharger` on the CPO's central system.
///
/// The plan runs on this thread, which waits for the network; the partner mock answers the CPO on the
/// server's threads and the chargers run as actors, all writing to one `NetworkLog`. Sessions and
/// CDRs the CPO did not push are pulled from its sender interfaces at the end (polling fallback).
final class NetworkWorld {
    let fleet: [(chargerID: String, profile: String)]
    let masterData: [ChargerMasterData]
    var random: SeededRandom
    let tokenB: String

    private let scenario: Scenario
    private let target: ExternalTarget
    private let plan: EventScheduler
    /// The wall-clock instant the scenario's start is played at.
    private let wallStart: Date
    private let partner: PartnerHost
    private let chargers: [String: NetworkCharger]
    private var started: Set<String> = []
    private let log: NetworkLog
    private let client: SocketHTTPClient

    /// Binds the partner mock's listener and makes the fleet (not yet connected).
    init(
        scenario: Scenario,
        profiles: [String: ChargerProfile],
        target: ExternalTarget,
        evidenceSink: (@Sendable (EvidenceEntry) -> Void)?
    ) throws(ExternalRunError) {
        let stack = ReferenceStack(
            scenario: scenario,
            profiles: profiles,
            defects: [],
            cpoBaseURL: target.versionsURL,
            emspBaseURL: "",
            registrationToken: nil
        )
        let locations = Dictionary(stack.masterData.map { ($0.locationID, $0.chargerID) }) { first, _ in first }
        let log = NetworkLog(sink: evidenceSink, chargerOfLocation: { locations[$0] })
        do throws(TLSError) {
            partner = try PartnerHost(
                host: target.listenHost,
                port: target.listenPort,
                publicURL: target.publicURL,
                observe: { request, response, time in log.received(request, status: response.status, at: time) },
                makePartner: { baseURL in
                    var configuration = stack.partner
                    configuration.baseURL = baseURL
                    return PartnerMock(configuration: configuration)
                }
            )
        } catch {
            throw .unreachable(
                step: "listen",
                url: "\(target.listenHost):\(target.listenPort)",
                reason: "the partner mock cannot listen there: \(error)"
            )
        }
        var chargers: [String: NetworkCharger] = [:]
        for charger in stack.fleet {
            guard var profile = profiles[charger.profile] else { continue }
            // Sessions played faster are shorter in wall time, and the emulator counts energy once per
            // meter interval: the interval shrinks with the speed (to 1 s at least) so sessions still
            // meter energy — about the scenario's energy divided by the speed. Above speed ~500 a
            // session shorter than a second meters nothing; the interop test plays at 240.
            let interval = Double(profile.behaviour.meterIntervalSeconds) / target.speed
            profile.behaviour.meterIntervalSeconds = max(1, Int(interval.rounded()))
            let id = charger.chargerID
            chargers[id] = NetworkCharger(
                emulator: ChargerEmulator(id: id, profile: profile),
                configuration: NetworkCharger.Configuration(
                    endpoint: target.ocppURL,
                    password: target.chargerPassword,
                    maximumRetryDelay: .seconds(10),
                    tlsTrust: target.trust,
                    observe: { sent, text in
                        log.append(
                            .ocpp(text, from: sent ? id : "cpo", to: sent ? "cpo" : id, chargerID: id, time: Date())
                        )
                    }
                )
            )
        }
        self.scenario = scenario
        self.target = target
        self.fleet = stack.fleet.map { ($0.chargerID, $0.profile) }
        self.masterData = stack.masterData
        self.chargers = chargers
        self.log = log
        self.client = SocketHTTPClient(tlsTrust: target.trust)
        random = SeededRandom(seed: scenario.seed)
        tokenB = CredentialsToken.make()
        plan = EventScheduler(clock: SimulatedClock(start: scenario.start))
        wallStart = Date()
    }

}

extension NetworkWorld: RunWorld {
    var now: Date { Date() }

    func actual(_ planned: Date) -> Date {
        wallStart.addingTimeInterval(planned.timeIntervalSince(scenario.start) / target.speed)
    }

    func schedule(at planned: Date, _ action: @escaping () -> Void) { plan.schedule(at: planned, action) }

    /// Runs the plan's events in order, each when its actual time has come.
    func run(until planned: Date) {
        while let next = plan.nextEventTime, next <= planned {
            Thread.sleep(until: actual(next))
            plan.run(until: next)
        }
        Thread.sleep(until: actual(planned))
        plan.run(until: planned)
    }

    /// The plan's three hours of draining, but no more than 20 s of wall time: a CPO pushes the last
    /// sessions and CDRs within seconds, and what it never pushes is pulled afterwards.
    var drain: TimeInterval { min(3 * 3600, 20 * target.speed) }

    var cpoVersionsURL: String { target.versionsURL }
    var tokenA: String { target.tokenA }

    func withPartner<Result>(_ body: (PartnerMock) -> Result) -> Result {
        // The mock is installed before `init` returns, so it is always there.
        partner.withPartner(body)!
    }

    func sendAsPartner(_ request: HTTPRequest, to url: String) -> (response: HTTPResponse?, evidence: Int) {
        let time = Date()
        let response = WaitingHTTPClient(client: client, timeout: target.requestTimeout).send(request, to: url)
        return (response, log.sent(request, status: response?.status, at: time))
    }

    var lastEvidence: Int { log.count }

    func connect(_ chargerID: String) {
        guard let charger = chargers[chargerID] else { return }
        if started.insert(chargerID).inserted {
            waitForAsyncWork { await charger.start() }
        } else {
            waitForAsyncWork { await charger.goOnline() }
        }
    }

    func disconnect(_ chargerID: String) {
        guard let charger = chargers[chargerID] else { return }
        waitForAsyncWork { await charger.goOffline() }
    }

    func apply(_ chargerID: String, _ event: ChargerEvent) {
        guard let charger = chargers[chargerID] else { return }
        waitForAsyncWork { await charger.apply(event) }
    }

    var completedSessions: Int {
        let all = Array(chargers.values)
        return waitForAsyncWork {
            var done = 0
            for charger in all { done += await charger.emulator.sessions.filter { $0.stopped != nil }.count }
            return done
        }
    }

    func publishNewTariffVersion(ids: [String], priceFactor: Decimal) {}
    func republishLocations() {}

    /// Stops the chargers, pulls what the CPO did not push, and stops serving the partner mock.
    func finish() -> WorldObservations {
        let fleet = self.fleet.compactMap { chargers[$0.chargerID] }
        let sessions = waitForAsyncWork {
            var records: [ChargerSessionRecord] = []
            for charger in fleet {
                await charger.stop()
                records += await charger.emulator.sessions
            }
            return records
        }
        var store = withPartner(\.store)
        if let party = withPartner(\.cpo) {
            let log = self.log
            let remote = OCPIRemote(
                client: client,
                timeout: target.requestTimeout,
                record: { log.exchange($0, from: "partner", to: "cpo") }
            )
            let pulled = waitForAsyncWork { await remote.pullSenderInterfaces(of: party) }
            let time = Date()
            let filled = store.fillingGaps(with: pulled.objects, at: time)
            store = filled.store
            if !filled.pulledOnly.isEmpty {
                log.append(
                    EvidenceEntry(
                        time: time,
                        channel: "ocpi",
                        from: "cpo",
                        to: "partner",
                        summary: "polling fallback: \(filled.pulledOnly.count) objects pulled, never pushed",
                        body: .array(filled.pulledOnly.map(JSONValue.string))
                    )
                )
            }
        }
        let partner = self.partner
        waitForAsyncWork { await partner.shutdown() }
        let observed = log.snapshot()
        return WorldObservations(
            chargerSessions: sessions,
            partnerStore: store,
            realTimeAuthorizations: observed.authorizations,
            routing: observed.routing,
            evidence: observed.entries,
            end: Date()
        )
    }
}

@available(*, unavailable)
extension NetworkWorld: Sendable {}

/// The evidence of a network run, written from the run's thread, the partner mock's server and the
/// chargers at once: numbered in arrival order under one lock, and streamed to the sink in that order.
final class NetworkLog: Sendable {
    struct Snapshot {
        var entries: [EvidenceEntry]
        var routing: [RoutingObservation]
        var authorizations: [String: Int]
    }

    /// The log (it numbers and streams the entries) and what was counted beside it, behind one lock.
    private struct State {
        let log: EvidenceLog
        var routing: [RoutingObservation] = []
        var authorizations: [String: Int] = [:]
    }

    private let state: Mutex<State>
    private let chargerOfLocation: @Sendable (String) -> String?

    init(sink: (@Sendable (EvidenceEntry) -> Void)?, chargerOfLocation: @escaping @Sendable (String) -> String?) {
        state = Mutex(State(log: EvidenceLog(sink: sink)))
        self.chargerOfLocation = chargerOfLocation
    }

    /// Numbers and keeps `entry`; returns its sequence number.
    @discardableResult
    func append(_ entry: EvidenceEntry) -> Int {
        state.withLock { $0.log.append(entry) }
    }

    /// A request RoamGate sent (by default to the CPO, as the partner).
    func sent(_ request: HTTPRequest, status: Int?, at time: Date, from: String = "partner", to: String = "cpo") -> Int
    {
        append(.ocpi(request, status: status, from: from, to: to, time: time, chargerOfLocation: chargerOfLocation))
    }

    /// A request the peer sent to RoamGate (by default the CPO to the partner mock): evidence, its
    /// routing headers, and a real-time authorization counted per token (`POST …/tokens/{uid}/authorize`,
    /// OCPI 2.2.1 §12.2.1.2).
    @discardableResult
    func received(
        _ request: HTTPRequest,
        status: Int,
        at time: Date,
        from: String = "cpo",
        to: String = "partner"
    )
        -> Int
    {
        let entry = EvidenceEntry.ocpi(
            request,
            status: status,
            from: from,
            to: to,
            time: time,
            chargerOfLocation: chargerOfLocation
        )
        let seq = append(entry)
        let segments = request.pathSegments
        let authorizedUID =
            request.method == .post && segments.count >= 5 && segments[2] == "tokens" && segments.last == "authorize"
            ? segments[3] : nil
        state.withLock { state in
            if let observation = RoutingObservation.of(request, evidence: seq) { state.routing.append(observation) }
            if let authorizedUID { state.authorizations[authorizedUID, default: 0] += 1 }
        }
        return seq
    }

    /// An exchange `OCPIRemote` made (a page pulled, a push, a probe).
    func exchange(_ exchange: OCPIExchange, from: String, to: String) {
        let path = URL(string: exchange.url)?.path ?? exchange.url
        append(
            EvidenceEntry(
                time: exchange.time,
                channel: "ocpi",
                from: from,
                to: to,
                summary: "\(exchange.method) \(path) → \(exchange.status.map { String($0) } ?? "no answer")",
                body: exchange.responseBody,
                status: exchange.status
            )
        )
    }

    var count: Int { state.withLock { $0.log.entries.count } }

    func snapshot() -> Snapshot {
        state.withLock { Snapshot(entries: $0.log.entries, routing: $0.routing, authorizations: $0.authorizations) }
    }
}
