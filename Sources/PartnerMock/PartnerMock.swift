public import Foundation
public import JSON
import OCPI
public import Wire

/// The OCPI 2.2.1 eMSP that RoamGate plays in a launch: it registers with the CPO, receives its
/// locations, sessions, CDRs, tariffs and command results, serves tokens and real-time
/// authorization, and keeps everything it received for the checks.
///
/// `handle(_:now:)` is a synchronous function of the request and the mock's state, so the same
/// code is served over sockets (`roamgate serve emsp`) or called in process by the embedded run.
/// Single-threaded: a server wraps it in an actor or a lock.
public final class PartnerMock {
    public private(set) var configuration: PartnerConfiguration
    public private(set) var store = PartnerStore()
    /// The CPO's credentials once registered: the token to call it with and its endpoints.
    public private(set) var cpo: RegisteredParty?
    /// How the mock reaches a CPO that registers with it (served mode). Without it, a CPO's
    /// registration is refused: in the embedded flow the eMSP registers.
    public var network: PartnerNetwork?
    private var nextCDRNumber = 1

    public init(configuration: PartnerConfiguration) {
        self.configuration = configuration
    }

    /// Replaces the token database (the scenario's token matrix).
    public func setTokens(_ tokens: [PartnerToken]) {
        configuration.tokens = tokens
    }

    /// Adds a failure window (an exception scenario: "partner endpoint failing").
    public func addFailure(_ window: FailureWindow) {
        configuration.failures.append(window)
    }

    // MARK: - Serving

    /// Answers one OCPI request (OCPI 2.2.1 "Transport and format" and the module chapters).
    public func handle(_ request: HTTPRequest, now: Date) -> HTTPResponse {
        let segments = request.pathSegments
        guard segments.count >= 2, segments[0] == "ocpi" else {
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown path", now: now)
        }
        if let refusal = OCPIHTTP.authenticate(
            request,
            credentialsTokens: configuration.credentialsToken.map { [$0] } ?? [],
            registrationToken: configuration.registrationToken,
            now: now
        ) {
            return refusal
        }
        if segments.count >= 3, let failure = activeFailure(module: segments[2], now: now) {
            return HTTPResponse(status: failure.httpStatus, body: Array("partner endpoint failing".utf8))
        }
        switch (request.method, Array(segments.dropFirst())) {
        case (.get, ["versions"]):
            let version: JSONValue = ["version": "2.2.1", "url": .string(configuration.versionDetailsURL)]
            return OCPIHTTP.response(data: [version], now: now)
        case (.get, ["2.2.1"]):
            return OCPIHTTP.response(data: versionDetails, now: now)
        case (_, ["2.2.1", "credentials"]):
            return handleCredentials(request, now: now)
        case (_, let path) where path.count >= 2 && path[0] == "2.2.1":
            return handleModule(path[1], Array(path.dropFirst(2)), request: request, now: now)
        default:
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown endpoint", now: now)
        }
    }

    /// The version details object listing the modules this eMSP implements (§6.2).
    public var versionDetails: JSONValue {
        func endpoint(_ module: String, _ role: String, _ path: String) -> JSONValue {
            [
                "identifier": .string(module), "role": .string(role),
                "url": .string(configuration.versionDetailsURL + path),
            ]
        }
        return [
            "version": "2.2.1",
            "endpoints": [
                endpoint("credentials", "SENDER", "/credentials"),
                endpoint("locations", "RECEIVER", "/locations"),
                endpoint("sessions", "RECEIVER", "/sessions"),
                endpoint("cdrs", "RECEIVER", "/cdrs"),
                endpoint("tariffs", "RECEIVER", "/tariffs"),
                endpoint("tokens", "SENDER", "/tokens"),
                endpoint("commands", "SENDER", "/commands"),
            ],
        ]
    }

    /// This eMSP's credentials object with `token` for the other side to use (§7.3.1).
    public func credentials(token: String) -> JSONValue {
        [
            "token": .string(token),
            "url": .string(configuration.versionsURL),
            "roles": [
                [
                    "role": "EMSP",
                    "party_id": .string(configuration.partyID),
                    "country_code": .string(configuration.countryCode),
                    "business_details": ["name": .string(configuration.businessName)],
                ]
            ],
        ]
    }

    private func activeFailure(module: String, now: Date) -> FailureWindow? {
        configuration.failures.first { window in
            (window.module == nil || window.module == module) && now >= window.from && now < window.until
        }
    }

    private func handleCredentials(_ request: HTTPRequest, now: Date) -> HTTPResponse {
        switch request.method {
        case .get:
            return OCPIHTTP.response(data: credentials(token: configuration.credentialsToken ?? ""), now: now)
        case .delete:
            // §7.2.4: unregistering makes the token invalid.
            guard cpo != nil || configuration.credentialsToken != nil else {
                return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "not registered", now: now)
            }
            cpo = nil
            configuration.credentialsToken = nil
            return OCPIHTTP.response(now: now)
        case .post, .put:
            guard let network else {
                return OCPIHTTP.response(
                    httpStatus: 405,
                    statusCode: 2000,
                    message: "this partner mock registers itself with the CPO",
                    now: now
                )
            }
            return acceptRegistration(request, network: network, now: now)
        default:
            return OCPIHTTP.response(
                httpStatus: 405,
                statusCode: 2000,
                message: "use GET, POST, PUT or DELETE",
                now: now
            )
        }
    }

    /// OCPI 2.2.1 §7.2.1–§7.2.3: a CPO registers (POST, token A) or updates its credentials (PUT,
    /// token C). The mock reads the CPO's versions with the CPO's token B before answering with a new
    /// token C; token A is no longer accepted afterwards.
    private func acceptRegistration(_ request: HTTPRequest, network: PartnerNetwork, now: Date) -> HTTPResponse {
        if let mismatch = OCPIHTTP.registrationMismatch(request.method, registered: cpo != nil, now: now) {
            return mismatch
        }
        guard let offer = CredentialsOffer(request: request) else { return CredentialsOffer.refusal(now: now) }
        let endpoints: [String: String]
        switch Self.fetchEndpoints(versionsURL: offer.versionsURL, token: offer.token, send: network.send) {
        case .success(let found): endpoints = found
        case .failure(let error):
            return OCPIHTTP.response(statusCode: 3001, message: "cannot read the CPO's versions: \(error)", now: now)
        }
        let tokenC = network.makeToken()
        cpo = RegisteredParty(
            token: offer.token,
            versionsURL: offer.versionsURL,
            endpoints: endpoints,
            countryCode: offer.countryCode,
            partyID: offer.partyID
        )
        configuration.credentialsToken = tokenC
        configuration.registrationToken = nil
        return OCPIHTTP.response(data: credentials(token: tokenC), now: now)
    }

    private func handleModule(_ module: String, _ rest: [String], request: HTTPRequest, now: Date) -> HTTPResponse {
        var body: JSONValue?
        switch OCPIHTTP.jsonBody(request) {
        case .success(let value): body = value
        case .failure(let error):
            // §4.1.7: a body that is not JSON is an HTTP 400.
            return OCPIHTTP.response(httpStatus: 400, statusCode: 2001, message: "invalid JSON: \(error)", now: now)
        }
        switch module {
        case "locations": return handleLocations(rest, method: request.method, body: body, now: now)
        case "sessions": return handleSessions(rest, method: request.method, body: body, now: now)
        case "cdrs": return handleCDRs(rest, method: request.method, body: body, now: now)
        case "tariffs": return handleTariffs(rest, method: request.method, body: body, now: now)
        case "tokens": return handleTokens(rest, request: request, body: body, now: now)
        case "commands": return handleCommandResult(rest, method: request.method, body: body, now: now)
        default:
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown module \(module)", now: now)
        }
    }

    // MARK: Locations receiver (§8.2.2)

    private func handleLocations(_ path: [String], method: HTTPMethod, body: JSONValue?, now: Date) -> HTTPResponse {
        guard (3...5).contains(path.count) else {
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2001, message: "expected /{cc}/{pid}/{id}", now: now)
        }
        let key = path[0...2].joined(separator: "/")
        switch method {
        case .get:
            guard var value = store.locations[key] else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2003, message: "unknown location", now: now)
            }
            if path.count >= 4 {
                guard let evse = value["evses"]?.arrayValue?.first(where: { $0["uid"]?.stringValue == path[3] }) else {
                    return OCPIHTTP.response(httpStatus: 404, statusCode: 2003, message: "unknown EVSE", now: now)
                }
                value = evse
            }
            return OCPIHTTP.response(data: value, now: now)
        case .put, .patch:
            guard let body, body.objectValue != nil else {
                return OCPIHTTP.response(statusCode: 2001, message: "expected a JSON object", now: now)
            }
            if method == .patch, body["last_updated"] == nil {
                return OCPIHTTP.response(statusCode: 2001, message: "PATCH without last_updated (§4.1.6)", now: now)
            }
            if path.count == 3, method == .put, let id = body["id"]?.stringValue, id != path[2] {
                return OCPIHTTP.response(statusCode: 2001, message: "id in URL and body differ", now: now)
            }
            applyLocationUpdate(key: key, subpath: Array(path.dropFirst(3)), method: method, body: body, now: now)
            return OCPIHTTP.response(now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    private func applyLocationUpdate(key: String, subpath: [String], method: HTTPMethod, body: JSONValue, now: Date) {
        let locationID = String(key.split(separator: "/").last ?? "")
        if subpath.isEmpty {
            let merged = method == .put ? body : Self.merge(store.locations[key] ?? [:], body)
            store.locations[key] = merged
            for evse in body["evses"]?.arrayValue ?? [] {
                if let uid = evse["uid"]?.stringValue, let status = evse["status"]?.stringValue {
                    store.evseStatusChanges.append(
                        EVSEStatusChange(locationID: locationID, evseUID: uid, status: status, time: now)
                    )
                }
            }
            return
        }
        var location = store.locations[key]?.objectValue ?? JSONObject([("id", .string(locationID))])
        var evses = location["evses"]?.arrayValue ?? []
        let evseUID = subpath[0]
        let index = evses.firstIndex { $0["uid"]?.stringValue == evseUID }
        if subpath.count == 1 {
            let updated = method == .put ? body : Self.merge(index.map { evses[$0] } ?? [:], body)
            if let index { evses[index] = updated } else { evses.append(updated) }
            if let status = body["status"]?.stringValue {
                store.evseStatusChanges.append(
                    EVSEStatusChange(locationID: locationID, evseUID: evseUID, status: status, time: now)
                )
            }
        } else if let index, var evse = evses[index].objectValue {
            var connectors = evse["connectors"]?.arrayValue ?? []
            let connectorIndex = connectors.firstIndex { $0["id"]?.stringValue == subpath[1] }
            let updated = method == .put ? body : Self.merge(connectorIndex.map { connectors[$0] } ?? [:], body)
            if let connectorIndex { connectors[connectorIndex] = updated } else { connectors.append(updated) }
            evse["connectors"] = .array(connectors)
            evses[index] = .object(evse)
        }
        location["evses"] = .array(evses)
        // §8.2.2: a change of an EVSE or connector updates the parents' last_updated.
        if let updated = body["last_updated"] { location["last_updated"] = updated }
        store.locations[key] = .object(location)
    }

    // MARK: Sessions receiver (§9.2.2)

    private func handleSessions(_ path: [String], method: HTTPMethod, body: JSONValue?, now: Date) -> HTTPResponse {
        guard path.count == 3 else {
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2001, message: "expected /{cc}/{pid}/{id}", now: now)
        }
        let key = path.joined(separator: "/")
        switch method {
        case .get:
            guard let session = store.sessions[key] else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2001, message: "unknown session", now: now)
            }
            return OCPIHTTP.response(data: session, now: now)
        case .put, .patch:
            guard let body, body.objectValue != nil else {
                return OCPIHTTP.response(statusCode: 2001, message: "expected a JSON object", now: now)
            }
            if method == .patch, body["last_updated"] == nil {
                return OCPIHTTP.response(statusCode: 2001, message: "PATCH without last_updated (§4.1.6)", now: now)
            }
            if method == .put, let id = body["id"]?.stringValue, id != path[2] {
                return OCPIHTTP.response(statusCode: 2001, message: "id in URL and body differ", now: now)
            }
            if method == .patch, store.sessions[key] == nil {
                return OCPIHTTP.response(
                    httpStatus: 404,
                    statusCode: 2001,
                    message: "PATCH of an unknown session",
                    now: now
                )
            }
            store.sessionUpdates.append(SessionUpdate(key: key, method: method.rawValue, body: body, time: now))
            if method == .put {
                store.sessions[key] = body
            } else if var stored = store.sessions[key]?.objectValue {
                // §9.2.2: charging_periods in a PATCH are appended to the stored list.
                let appended =
                    (stored["charging_periods"]?.arrayValue ?? []) + (body["charging_periods"]?.arrayValue ?? [])
                for member in body.objectValue?.members ?? [] where member.key != "charging_periods" {
                    stored[member.key] = member.value
                }
                stored["charging_periods"] = .array(appended)
                store.sessions[key] = .object(stored)
            }
            return OCPIHTTP.response(now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    // MARK: CDRs receiver (§10.2.2)

    private func handleCDRs(_ path: [String], method: HTTPMethod, body: JSONValue?, now: Date) -> HTTPResponse {
        switch (method, path.count) {
        case (.post, 0):
            guard let body, body.objectValue != nil else {
                return OCPIHTTP.response(statusCode: 2001, message: "expected a CDR object", now: now)
            }
            store.cdrs.append(ReceivedCDR(cdr: body, time: now))
            let number = nextCDRNumber
            nextCDRNumber += 1
            // §10.2.2: the response carries the URL of the CDR in the eMSP system.
            var headers = HTTPHeaders()
            headers.add("Location", configuration.versionDetailsURL + "/cdrs/\(number)")
            return OCPIHTTP.response(now: now, headers: headers)
        case (.get, 1):
            guard let number = Int(path[0]), number >= 1, number <= store.cdrs.count else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown CDR", now: now)
            }
            return OCPIHTTP.response(data: store.cdrs[number - 1].cdr, now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    // MARK: Tariffs receiver (§11.2.2)

    private func handleTariffs(_ path: [String], method: HTTPMethod, body: JSONValue?, now: Date) -> HTTPResponse {
        guard path.count == 3 else {
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2001, message: "expected /{cc}/{pid}/{id}", now: now)
        }
        let key = path.joined(separator: "/")
        switch method {
        case .get:
            guard let tariff = store.tariffs[key] else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown tariff", now: now)
            }
            return OCPIHTTP.response(data: tariff, now: now)
        case .put:
            guard let body, body.objectValue != nil else {
                return OCPIHTTP.response(statusCode: 2001, message: "expected a Tariff object", now: now)
            }
            store.tariffs[key] = body
            store.tariffVersions[key, default: []].append(body)
            return OCPIHTTP.response(now: now)
        case .delete:
            store.tariffs[key] = nil
            return OCPIHTTP.response(now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    // MARK: Tokens sender (§12.2.1) and real-time authorization (§12.2.1.2)

    private func handleTokens(_ path: [String], request: HTTPRequest, body: JSONValue?, now: Date) -> HTTPResponse {
        switch (request.method, path.count) {
        case (.get, 0):
            let all = configuration.tokens.map { tokenObject($0, now: now) }
            return OCPIHTTP.page(
                OCPIHTTP.filterByDate(all, request: request),
                request: request,
                baseURL: configuration.versionDetailsURL + "/tokens",
                maxLimit: 100,
                now: now
            )
        case (.post, 2) where path[1] == "authorize":
            let type = request.query("type") ?? "RFID"
            guard let token = configuration.tokens.first(where: { $0.uid == path[0] && $0.type == type }) else {
                // §12.2.1.2: unknown token → 404 with status 2004.
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2004, message: "unknown token", now: now)
            }
            var info: JSONObject = [
                "allowed": .string(token.valid ? token.authorization : "BLOCKED"),
                "token": tokenObject(token, now: now),
                "authorization_reference": .string("AUTH-\(token.uid)"),
            ]
            if let location = body?["location_id"] {
                info["location"] = ["location_id": location, "evse_uids": body?["evse_uids"] ?? []]
            }
            return OCPIHTTP.response(data: .object(info), now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    /// The OCPI Token object for `token` (§12.3.2).
    public func tokenObject(_ token: PartnerToken, now: Date) -> JSONValue {
        var object: JSONObject = [
            "country_code": .string(configuration.countryCode),
            "party_id": .string(configuration.partyID),
            "uid": .string(token.uid),
            "type": .string(token.type),
            "contract_id": .string(token.contractID),
            "issuer": .string(configuration.businessName),
            "valid": .bool(token.valid),
            "whitelist": .string(token.whitelist),
            "last_updated": .string(OCPITimestamp.format(Date(timeIntervalSince1970: 1_735_689_600))),
        ]
        if let group = token.groupID { object["group_id"] = .string(group) }
        return .object(object)
    }

    // MARK: Command results (§13.2.2)

    private func handleCommandResult(_ path: [String], method: HTTPMethod, body: JSONValue?, now: Date) -> HTTPResponse
    {
        guard method == .post, path.count == 2, let body, body["result"]?.stringValue != nil else {
            return OCPIHTTP.response(statusCode: 2001, message: "expected POST of a CommandResult", now: now)
        }
        store.commandResults[path[1], default: []].append(ReceivedCommandResult(result: body, time: now))
        return OCPIHTTP.response(now: now)
    }

    // MARK: - Registration with the CPO

    /// Registers with the CPO as the credentials sender (OCPI 2.2.1 §7.4.1): reads its versions and
    /// version details with token A, POSTs this eMSP's credentials with a fresh token B, and keeps the
    /// token C the CPO returns. `send` delivers a request and returns the answer (nil: unreachable).
    public func register(
        cpoVersionsURL: String,
        tokenA: String,
        tokenB: String,
        send: (HTTPRequest, String) -> HTTPResponse?
    ) -> Result<RegisteredParty, RegistrationError> {
        let body = beginRegistration(tokenB: tokenB)
        let result = Self.exchangeCredentials(cpoVersionsURL: cpoVersionsURL, tokenA: tokenA, body: body, send: send)
        if case .success(let party) = result { cpo = party }
        return result
    }

    /// The first step of `register`: accept token B from now on (the CPO reads this mock's versions
    /// with it) and return the credentials object to send.
    public func beginRegistration(tokenB: String) -> JSONValue {
        configuration.credentialsToken = tokenB
        return credentials(token: tokenB)
    }

    /// The last step of `register`: keep the CPO's credentials.
    public func completeRegistration(_ party: RegisteredParty) {
        cpo = party
    }

    /// The network part of `register`, which touches no state of the mock: the CPO's versions and
    /// details with token A, then the POST of `body`; returns the CPO's credentials (token C).
    public static func exchangeCredentials(
        cpoVersionsURL: String,
        tokenA: String,
        body: JSONValue,
        send: (HTTPRequest, String) -> HTTPResponse?
    ) -> Result<RegisteredParty, RegistrationError> {
        let endpoints: [String: String]
        switch fetchEndpoints(versionsURL: cpoVersionsURL, token: tokenA, send: send) {
        case .success(let found): endpoints = found
        case .failure(let error): return .failure(error)
        }
        guard let credentialsURL = endpoints["credentials"] else { return .failure(.missingEndpoint("credentials")) }
        let post = OCPIHTTP.request(.post, url: credentialsURL, token: tokenA, body: body, requestID: "reg-credentials")
        guard let response = send(post, credentialsURL) else {
            return .failure(.unreachable(step: "credentials", url: credentialsURL))
        }
        guard let envelope = OCPIHTTP.envelope(of: response), envelope["status_code"]?.numberValue?.int == 1000,
            let tokenC = envelope["data"]?["token"]?.stringValue
        else { return .failure(.badAnswer(step: "credentials", status: response.status)) }
        let roles = envelope["data"]?["roles"]?.arrayValue ?? []
        return .success(
            RegisteredParty(
                token: tokenC,
                versionsURL: cpoVersionsURL,
                endpoints: endpoints,
                countryCode: roles.first?["country_code"]?.stringValue ?? "",
                partyID: roles.first?["party_id"]?.stringValue ?? ""
            )
        )
    }

    /// Reads a party's versions and 2.2.1 version details with `token` (OCPI 2.2.1 §6.1–§6.2) and
    /// returns its endpoints by `identifier.ROLE` (`credentials` alone).
    static func fetchEndpoints(
        versionsURL: String,
        token: String,
        send: (HTTPRequest, String) -> HTTPResponse?
    ) -> Result<[String: String], RegistrationError> {
        func get(_ url: String, step: String) -> Result<JSONValue, RegistrationError> {
            let request = OCPIHTTP.request(.get, url: url, token: token, requestID: "reg-\(step)")
            guard let response = send(request, url) else { return .failure(.unreachable(step: step, url: url)) }
            guard response.status == 200, let envelope = OCPIHTTP.envelope(of: response),
                envelope["status_code"]?.numberValue?.int == 1000, let data = envelope["data"]
            else { return .failure(.badAnswer(step: step, status: response.status)) }
            return .success(data)
        }
        let versions: JSONValue
        switch get(versionsURL, step: "versions") {
        case .success(let value): versions = value
        case .failure(let error): return .failure(error)
        }
        guard
            let detailsURL = versions.arrayValue?.first(where: { $0["version"]?.stringValue == "2.2.1" })?["url"]?
                .stringValue
        else { return .failure(.noMutualVersion) }
        let details: JSONValue
        switch get(detailsURL, step: "version-details") {
        case .success(let value): details = value
        case .failure(let error): return .failure(error)
        }
        var endpoints: [String: String] = [:]
        for endpoint in details["endpoints"]?.arrayValue ?? [] {
            guard let id = endpoint["identifier"]?.stringValue, let url = endpoint["url"]?.stringValue else { continue }
            let role = endpoint["role"]?.stringValue ?? "SENDER"
            endpoints[id + (id == "credentials" ? "" : "." + role)] = url
        }
        return .success(endpoints)
    }

    /// Uses credentials agreed offline instead of a handshake (e.g. `--token` against a served CPO).
    public func assumeRegistered(_ party: RegisteredParty) {
        cpo = party
    }

    /// The URL commands' results come back to: unique per command, so results correlate (§13.2.1).
    public func responseURL(command: String, id: String) -> String {
        configuration.versionDetailsURL + "/commands/\(command)/\(id)"
    }

    /// Routing headers for a request from this eMSP to the registered CPO (§4.1.9).
    public var routingToCPO: OCPIHTTP.Routing? {
        guard let cpo else { return nil }
        return OCPIHTTP.Routing(
            fromCountryCode: configuration.countryCode,
            fromPartyID: configuration.partyID,
            toCountryCode: cpo.countryCode,
            toPartyID: cpo.partyID
        )
    }

    /// Merges a PATCH body into an object: members present in the patch replace the stored ones.
    static func merge(_ base: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard var object = base.objectValue, let changes = patch.objectValue else { return patch }
        for member in changes.members { object[member.key] = member.value }
        return .object(object)
    }
}

@available(*, unavailable)
extension PartnerMock: Sendable {}

/// The other party after registration: the token to call it with and its endpoints by
/// `module.ROLE` (e.g. `commands.RECEIVER`), plus its party identity.
public struct RegisteredParty: Sendable, Hashable {
    public var token: String
    public var versionsURL: String
    public var endpoints: [String: String]
    public var countryCode: String
    public var partyID: String

    public init(token: String, versionsURL: String, endpoints: [String: String], countryCode: String, partyID: String) {
        self.token = token
        self.versionsURL = versionsURL
        self.endpoints = endpoints
        self.countryCode = countryCode
        self.partyID = partyID
    }
}

/// Why a credentials handshake failed, naming the step.
public enum RegistrationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreachable(step: String, url: String)
    case badAnswer(step: String, status: Int)
    case noMutualVersion
    case missingEndpoint(String)

    public var description: String {
        switch self {
        case .unreachable(let step, let url): "registration step \(step): \(url) unreachable"
        case .badAnswer(let step, let status): "registration step \(step): unexpected answer (HTTP \(status))"
        case .noMutualVersion: "registration: the CPO offers no OCPI 2.2.1"
        case .missingEndpoint(let module): "registration: the CPO publishes no \(module) endpoint"
        }
    }
}

/// How a served partner mock reaches other parties: sending an OCPI request (nil: no answer) and
/// making a fresh credentials token.
public struct PartnerNetwork {
    public var send: (HTTPRequest, String) -> HTTPResponse?
    public var makeToken: () -> String

    public init(send: @escaping (HTTPRequest, String) -> HTTPResponse?, makeToken: @escaping () -> String) {
        self.send = send
        self.makeToken = makeToken
    }
}
