import Foundation
import JSON
import OCPI
import PartnerMock
import Transport
import Wire

/// An eMSP under test, for mirror mode (`roamgate run --mirror`): RoamGate plays the CPO against it.
public struct MirrorTarget: Sendable, Hashable {
    /// The eMSP's OCPI versions URL (`http://` or `https://`).
    public var versionsURL: String
    /// Token A, which opens the eMSP's credentials module for the handshake (OCPI 2.2.1 §7.4.1).
    public var tokenA: String
    /// Where RoamGate's CPO endpoints listen (loopback unless told otherwise); port 0: any.
    public var listenHost: String
    public var listenPort: Int
    /// RoamGate's URL as the eMSP must call it (behind a tunnel or proxy); nil: the listener's own.
    public var publicURL: String?
    public var trust: TLSTrust
    /// How long RoamGate waits for the eMSP to send commands (§13) after the other checks.
    public var commandWait: Duration
    public var requestTimeout: Duration

    public init(
        versionsURL: String,
        tokenA: String,
        listenHost: String = "127.0.0.1",
        listenPort: Int = 0,
        publicURL: String? = nil,
        trust: TLSTrust = .systemStore,
        commandWait: Duration = .zero,
        requestTimeout: Duration = .seconds(30)
    ) {
        self.versionsURL = versionsURL
        self.tokenA = tokenA
        self.listenHost = listenHost
        self.listenPort = listenPort
        self.publicURL = publicURL
        self.trust = trust
        self.commandWait = commandWait
        self.requestTimeout = requestTimeout
    }
}

/// Mirror mode's run: registers with the eMSP as the CPO, pushes the locations, tariffs, sessions and
/// CDRs the reference CPO published in the embedded run of the same scenario and reads each back, pulls
/// the eMSP's tokens and asks real-time authorization of each and of an unknown one, and answers the
/// commands the eMSP sends while it waits. What it observed is judged by `CheckCatalog.mirror`.
struct MirrorRun {
    var scenario: Scenario
    var target: MirrorTarget
    /// Module → objects to push, from the embedded run.
    var published: [(module: String, objects: [JSONValue])]
    var evidenceSink: (@Sendable (EvidenceEntry) -> Void)?

    /// What the run saw, for the checks.
    struct Observations {
        var registration: Result<RegisteredParty, ExternalRunError>
        var tokenAProbeStatus: Int?
        var receivers: [EMSPReceiverProbe.Observation] = []
        var tokens: EMSPTokenProbe.Observation?
        var commands: [MirrorCPO.CommandExchange] = []
        var evidence: [EvidenceEntry] = []
    }

    func execute() async throws(ExternalRunError) -> Observations {
        let log = NetworkLog(sink: evidenceSink, chargerOfLocation: { _ in nil })
        let client = SocketHTTPClient(tlsTrust: target.trust)
        let manifest = scenario.manifest
        let tokenB = CredentialsToken.make()
        let cpo = try MirrorCPO(
            host: target.listenHost,
            port: target.listenPort,
            publicURL: target.publicURL,
            tokenB: tokenB,
            countryCode: manifest.cpoCountryCode,
            partyID: manifest.cpoPartyID,
            published: Dictionary(published.map { ($0.module, $0.objects) }) { first, _ in first },
            client: client,
            log: log
        )
        let remote = OCPIRemote(
            client: client,
            timeout: target.requestTimeout,
            record: { log.exchange($0, from: "roamgate-cpo", to: "emsp") }
        )
        var observed = Observations(registration: .failure(.missingEndpoint("credentials")))
        do throws(ExternalRunError) {
            let party = try await remote.register(
                versionsURL: target.versionsURL,
                tokenA: target.tokenA,
                credentials: MirrorCPO.credentials(
                    token: tokenB,
                    base: cpo.baseURL,
                    countryCode: manifest.cpoCountryCode,
                    partyID: manifest.cpoPartyID
                )
            )
            observed.registration = .success(party)
            cpo.registered(emspToken: party.token)
            if let tokens = party.endpoints["tokens.SENDER"] {
                // §7.4: once token C is issued, token A opens nothing but the credentials module.
                let probe = OCPIHTTP.request(.get, url: tokens, token: target.tokenA, requestID: "probe-token-a")
                observed.tokenAProbeStatus = try? await remote.send(probe, to: tokens, step: "probe token A").response
                    .status
            }
            observed.receivers = await EMSPReceiverProbe(remote: remote, endpoints: party.endpoints, token: party.token)
                .run(published)
            if let tokens = party.endpoints["tokens.SENDER"] {
                observed.tokens = await EMSPTokenProbe(remote: remote, tokensSender: tokens, token: party.token).run()
            }
            if target.commandWait > .zero { try? await Task.sleep(for: target.commandWait) }
        } catch {
            observed.registration = .failure(error)
        }
        observed.commands = await cpo.commands()
        await cpo.shutdown()
        observed.evidence = log.snapshot().entries
        return observed
    }

    /// The objects to push: every location and tariff, and the sessions and CDRs, in key order.
    static func published(from store: PartnerStore) -> [(module: String, objects: [JSONValue])] {
        func sorted(_ objects: [String: JSONValue]) -> [JSONValue] {
            objects.keys.sorted().compactMap { objects[$0] }
        }
        return [
            ("locations", sorted(store.locations)),
            ("tariffs", sorted(store.tariffs)),
            ("sessions", sorted(store.sessions)),
            ("cdrs", store.cdrs.map(\.cdr)),
        ]
    }
}

/// Judges mirror mode's observations (`CheckCatalog.mirror`); every finding is the partner's.
enum MirrorChecks {
    static func run(_ observed: MirrorRun.Observations, _ recorder: inout CheckRecorder) {
        let party: RegisteredParty
        switch observed.registration {
        case .failure(let error):
            recorder.fail(
                "M-REG-001",
                reason: "REGISTRATION-FAILED",
                owner: .partner,
                message: "RoamGate could not register with the eMSP as its CPO: \(error)"
            )
            return
        case .success(let registered):
            party = registered
            recorder.pass("M-REG-001")
        }
        switch observed.tokenAProbeStatus {
        case 401?: recorder.pass("M-REG-002")
        case nil where party.endpoints["tokens.SENDER"] == nil:
            recorder.notApplicable("M-REG-002", "the eMSP offers no tokens module to probe")
        default:
            recorder.fail(
                "M-REG-002",
                reason: "TOKEN-A-STILL-VALID",
                owner: .partner,
                message:
                    "the eMSP's tokens module answered token A with HTTP \(observed.tokenAProbeStatus.map(String.init) ?? "none")",
                expected: "401",
                actual: observed.tokenAProbeStatus.map(String.init) ?? "no answer"
            )
        }
        receiverChecks(observed.receivers, &recorder)
        tokenChecks(observed.tokens, &recorder)
        commandChecks(observed.commands, &recorder)
    }

    static func receiverChecks(_ observations: [EMSPReceiverProbe.Observation], _ recorder: inout CheckRecorder) {
        for observation in observations {
            let what = "\(observation.module) \(observation.key)"
            if let error = observation.pushError {
                recorder.fail(
                    "M-RCV-001",
                    reason: "PUSH-REFUSED",
                    owner: .partner,
                    message: "the push of \(what) was not accepted: \(error)"
                )
                continue
            }
            recorder.pass("M-RCV-001")
            switch observation.readBackUnchanged {
            case true?: recorder.pass("M-RCV-002")
            case false?:
                recorder.fail(
                    "M-RCV-002",
                    reason: "READ-BACK-CHANGED",
                    owner: .partner,
                    message: "\(what) read back differs from what was pushed"
                )
            case nil:
                recorder.fail(
                    "M-RCV-002",
                    reason: "READ-BACK-FAILED",
                    owner: .partner,
                    message:
                        "\(what) could not be read back: \(observation.readBackError.map { "\($0)" } ?? "no answer")"
                )
            }
        }
    }

    static func tokenChecks(_ observation: EMSPTokenProbe.Observation?, _ recorder: inout CheckRecorder) {
        guard let observation else {
            for id in ["M-TOK-001", "M-TOK-002", "M-TOK-003"] {
                recorder.notApplicable(id, "the eMSP offers no tokens SENDER endpoint")
            }
            return
        }
        if let error = observation.pullError {
            recorder.fail(
                "M-TOK-001",
                reason: "TOKEN-PULL-FAILED",
                owner: .partner,
                message: "pulling tokens failed: \(error)"
            )
        }
        let validator = OCPIValidator(module: .tokens)
        for token in observation.tokens {
            let problems = validator.validate(token).filter { $0.severity == .error }
            if problems.isEmpty {
                recorder.pass("M-TOK-001")
            } else {
                recorder.fail(
                    "M-TOK-001",
                    reason: "TOKEN-INVALID",
                    owner: .partner,
                    message:
                        "token \(token["uid"]?.stringValue ?? "?"): \(problems.map(\.description).joined(separator: "; "))"
                )
            }
        }
        // §12.4.1 AllowedType.
        let allowedValues: Set<String> = ["ALLOWED", "BLOCKED", "EXPIRED", "NO_CREDIT", "NOT_ALLOWED"]
        for authorization in observation.authorizations {
            if let allowed = authorization.allowed, allowedValues.contains(allowed) {
                recorder.pass("M-TOK-002")
            } else {
                recorder.fail(
                    "M-TOK-002",
                    reason: "AUTHORIZATION-INVALID",
                    owner: .partner,
                    message:
                        "real-time authorization of \(authorization.uid) gave \(authorization.allowed.map { "allowed \($0)" } ?? authorization.error.map { "\($0)" } ?? "nothing")",
                    expected: "one of " + allowedValues.sorted().joined(separator: ", "),
                    actual: authorization.allowed ?? "none"
                )
            }
        }
        switch observation.unknownTokenAnswer {
        case .badAnswer(_, _, 404, 2004?, _)?:
            recorder.pass("M-TOK-003")
        case let answer:
            recorder.fail(
                "M-TOK-003",
                reason: "UNKNOWN-TOKEN-AUTHORIZED",
                owner: .partner,
                message:
                    "real-time authorization of a token the eMSP cannot know was answered \(answer.map { "\($0)" } ?? "as if it knew it")",
                expected: "HTTP 404, status_code 2004",
                actual: answer.map { "\($0)" } ?? "a successful answer"
            )
        }
    }

    static func commandChecks(_ commands: [MirrorCPO.CommandExchange], _ recorder: inout CheckRecorder) {
        if commands.isEmpty {
            recorder.notApplicable("M-CMD-001", "the eMSP sent no command while the run waited (--command-wait)")
        }
        for command in commands {
            if command.resultStatus.map({ (200..<300).contains($0) }) == true, command.resultStatusCode == 1000 {
                recorder.pass("M-CMD-001")
            } else {
                recorder.fail(
                    "M-CMD-001",
                    reason: "COMMAND-RESULT-REFUSED",
                    owner: .partner,
                    message:
                        "the CommandResult of \(command.type) POSTed to \(command.responseURL ?? "no response_url") was answered \(command.resultStatus.map { "HTTP \($0)" } ?? "nothing")\(command.resultStatusCode.map { ", status_code \($0)" } ?? "")",
                    evidence: [command.evidence]
                )
            }
        }
    }
}
