import Foundation
import JSON
import OCPI
import Synchronization
import Transport
import Wire

/// RoamGate's side of mirror mode: the CPO endpoints an eMSP under test calls (OCPI 2.2.1 §6 versions,
/// §7 credentials, the sender interfaces of the published objects, §12.2.2 tokens receiver, §13.2.2
/// commands receiver). Every request is logged; a command is answered ACCEPTED and its CommandResult
/// POSTed to the eMSP's `response_url` with the eMSP's token, and what the eMSP answered is kept.
final class MirrorCPO: Sendable {
    /// A command the eMSP sent and how its CommandResult was received (§13.2.1).
    struct CommandExchange: Sendable, Hashable {
        var type: String
        var responseURL: String?
        /// The HTTP status and OCPI status code of the CommandResult POST; nil: no answer.
        var resultStatus: Int?
        var resultStatusCode: Int?
        var evidence: Int
    }

    private struct State {
        var base = ""
        var emspToken: String?
        var commands: [CommandExchange] = []
        var pending: [Task<Void, Never>] = []
    }

    /// The state shared with the server's handler.
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    let baseURL: String
    private let server: HTTPServer
    private let shared = Shared()

    /// Listens on `host:port` and serves `published` (module → objects) with `tokenB`.
    init(
        host: String,
        port: Int,
        publicURL: String?,
        tokenB: String,
        countryCode: String,
        partyID: String,
        published: [String: [JSONValue]],
        client: any HTTPClient,
        log: NetworkLog
    ) throws(ExternalRunError) {
        let shared = self.shared
        let server = HTTPServer(host: host, port: port) { request in
            let now = Date()
            let response = Self.answer(
                request,
                base: shared.state.withLock { $0.base },
                tokenB: tokenB,
                countryCode: countryCode,
                partyID: partyID,
                published: published,
                now: now
            )
            let seq = log.received(request, status: response.status, at: now, from: "emsp", to: "roamgate-cpo")
            let segments = request.pathSegments
            if request.method == .post, segments.count == 4, segments[2] == "commands", response.status == 200 {
                let body = try? JSONParser().parse(request.body).value
                Self.sendResult(
                    type: segments[3],
                    responseURL: body?["response_url"]?.stringValue,
                    evidence: seq,
                    shared: shared,
                    client: client,
                    log: log
                )
            }
            return response
        }
        do throws(TransportError) {
            try server.start()
        } catch {
            throw .unreachable(
                step: "listen",
                url: "\(host):\(port)",
                reason: "RoamGate's CPO endpoints cannot listen there: \(error)"
            )
        }
        let url = publicURL ?? "http://\(host):\(server.port ?? port)"
        shared.state.withLock { $0.base = url }
        self.baseURL = url
        self.server = server
    }

    var versionsURL: String { baseURL + "/ocpi/versions" }

    /// The eMSP's token C, once registered: used for CommandResult POSTs.
    func registered(emspToken: String) { shared.state.withLock { $0.emspToken = emspToken } }

    /// Commands received so far, after their CommandResults were answered.
    func commands() async -> [CommandExchange] {
        for task in shared.state.withLock({ $0.pending }) { await task.value }
        return shared.state.withLock { $0.commands }
    }

    func shutdown() async { await server.shutdown() }

    /// The CommandResult for a command answered ACCEPTED (§13.2.1, §13.4.2), a second later.
    private static func sendResult(
        type: String,
        responseURL: String?,
        evidence: Int,
        shared: Shared,
        client: any HTTPClient,
        log: NetworkLog
    ) {
        let token = shared.state.withLock { $0.emspToken } ?? ""
        let task = Task {
            var exchange = CommandExchange(type: type, responseURL: responseURL, evidence: evidence)
            if let responseURL, let url = URL(string: responseURL) {
                try? await Task.sleep(for: .seconds(1))
                let request = OCPIHTTP.request(
                    .post,
                    url: responseURL,
                    token: token,
                    body: ["result": "ACCEPTED"],
                    requestID: "command-result-\(evidence)"
                )
                let time = Date()
                let response = try? await client.send(request, to: url, timeout: .seconds(30))
                _ = log.sent(request, status: response?.status, at: time, from: "roamgate-cpo", to: "emsp")
                exchange.resultStatus = response?.status
                exchange.resultStatusCode = response.flatMap(OCPIHTTP.envelope(of:))?["status_code"]?.numberValue?.int
            }
            shared.state.withLock { $0.commands.append(exchange) }
        }
        shared.state.withLock { $0.pending.append(task) }
    }

    private static func answer(
        _ request: HTTPRequest,
        base: String,
        tokenB: String,
        countryCode: String,
        partyID: String,
        published: [String: [JSONValue]],
        now: Date
    ) -> HTTPResponse {
        if let refusal = OCPIHTTP.authenticate(request, credentialsTokens: [tokenB], registrationToken: nil, now: now) {
            return refusal
        }
        let segments = request.pathSegments
        switch (request.method, segments) {
        case (.get, ["ocpi", "versions"]):
            return OCPIHTTP.response(data: [["version": "2.2.1", "url": .string(base + "/ocpi/2.2.1")]], now: now)
        case (.get, ["ocpi", "2.2.1"]):
            // §6.2.2: the modules a CPO offers, with its role in each.
            let modules: [(String, String)] = [
                ("credentials", "SENDER"), ("locations", "SENDER"), ("tariffs", "SENDER"), ("sessions", "SENDER"),
                ("cdrs", "SENDER"), ("tokens", "RECEIVER"), ("commands", "RECEIVER"),
            ]
            let endpoints = modules.map { module, role -> JSONValue in
                ["identifier": .string(module), "role": .string(role), "url": .string(base + "/ocpi/2.2.1/" + module)]
            }
            return OCPIHTTP.response(data: ["version": "2.2.1", "endpoints": .array(endpoints)], now: now)
        case (.get, ["ocpi", "2.2.1", "credentials"]), (.put, ["ocpi", "2.2.1", "credentials"]):
            return OCPIHTTP.response(
                data: credentials(token: tokenB, base: base, countryCode: countryCode, partyID: partyID),
                now: now
            )
        case (.post, ["ocpi", "2.2.1", "credentials"]):
            // §7.2.2: this side registered as the sender; a second registration is refused.
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "already registered", now: now)
        case (.get, let path) where path.count == 3 && published[path[2]] != nil:
            let objects = published[path[2]] ?? []
            return OCPIHTTP.response(
                data: .array(objects),
                now: now,
                headers: ["X-Total-Count": String(objects.count), "X-Limit": String(max(1, objects.count))]
            )
        case (.put, let path) where path.count == 6 && path[2] == "tokens":
            return OCPIHTTP.response(now: now)
        case (.post, let path) where path.count == 4 && path[2] == "commands":
            // §13.4.1 CommandResponse: accepted, the result follows within `timeout` seconds.
            return OCPIHTTP.response(data: ["result": "ACCEPTED", "timeout": 30], now: now)
        default:
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown endpoint", now: now)
        }
    }

    /// RoamGate's Credentials object as the CPO (§7.3.1).
    static func credentials(token: String, base: String, countryCode: String, partyID: String) -> JSONValue {
        [
            "token": .string(token),
            "url": .string(base + "/ocpi/versions"),
            "roles": [
                [
                    "role": "CPO",
                    "country_code": .string(countryCode),
                    "party_id": .string(partyID),
                    "business_details": ["name": "RoamGate mirror CPO"],
                ]
            ],
        ]
    }
}
