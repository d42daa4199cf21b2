public import Foundation
import JSON
import OCPI
public import Wire

extension ReferenceCPO {
    /// Answers one OCPI request to the CPO interfaces (OCPI 2.2.1 "Transport and format").
    public func handle(_ request: HTTPRequest, now: Date) -> HTTPResponse {
        let segments = request.pathSegments
        guard segments.count >= 2, segments[0] == "ocpi" else {
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown path", now: now)
        }
        if let refusal = OCPIHTTP.authenticate(
            request,
            credentialsTokens: Array(issuedTokens) + (configuration.credentialsToken.map { [$0] } ?? []),
            registrationToken: configuration.registrationToken,
            now: now
        ) {
            return refusal
        }
        let path = Array(segments.dropFirst())
        switch (request.method, path) {
        case (.get, ["versions"]):
            return OCPIHTTP.response(
                data: [["version": "2.2.1", "url": .string(configuration.versionDetailsURL)]],
                now: now
            )
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

    var versionDetails: JSONValue {
        func endpoint(_ module: String, _ role: String) -> JSONValue {
            [
                "identifier": .string(module), "role": .string(role),
                "url": .string(configuration.versionDetailsURL + "/" + module),
            ]
        }
        return [
            "version": "2.2.1",
            "endpoints": [
                endpoint("credentials", "SENDER"), endpoint("locations", "SENDER"), endpoint("sessions", "SENDER"),
                endpoint("cdrs", "SENDER"), endpoint("tariffs", "SENDER"), endpoint("tokens", "RECEIVER"),
                endpoint("commands", "RECEIVER"),
            ],
        ]
    }

    func credentialsObject(token: String) -> JSONValue {
        [
            "token": .string(token),
            "url": .string(configuration.versionsURL),
            "roles": [
                [
                    "role": "CPO", "party_id": .string(configuration.partyID),
                    "country_code": .string(configuration.countryCode),
                    "business_details": ["name": .string(configuration.businessName)],
                ]
            ],
        ]
    }

    /// OCPI 2.2.1 §7.2: the partner registers (POST), updates (PUT) or unregisters (DELETE).
    private func handleCredentials(_ request: HTTPRequest, now: Date) -> HTTPResponse {
        switch request.method {
        case .get:
            return OCPIHTTP.response(data: credentialsObject(token: issuedTokens.first ?? ""), now: now)
        case .post, .put:
            if let mismatch = OCPIHTTP.registrationMismatch(request.method, registered: partner != nil, now: now) {
                return mismatch
            }
            guard let offer = CredentialsOffer(request: request) else { return CredentialsOffer.refusal(now: now) }
            // §7.2.2: fetch the partner's versions and details with token B before answering.
            guard let endpoints = fetchEndpoints(versionsURL: offer.versionsURL, token: offer.token) else {
                return OCPIHTTP.response(
                    statusCode: 3001,
                    message: "cannot read the partner's versions with the given token",
                    now: now
                )
            }
            let tokenC = environment.makeToken()
            issuedTokens = [tokenC]
            partner = PartnerLink(
                token: offer.token,
                endpoints: endpoints,
                countryCode: offer.countryCode,
                partyID: offer.partyID
            )
            pushInitialState(now: now)
            return OCPIHTTP.response(data: credentialsObject(token: tokenC), now: now)
        case .delete:
            guard partner != nil else {
                return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "not registered", now: now)
            }
            partner = nil
            issuedTokens = []
            return OCPIHTTP.response(now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }

    private func fetchEndpoints(versionsURL: String, token: String) -> [String: String]? {
        func data(_ url: String) -> JSONValue? {
            let request = OCPIHTTP.request(.get, url: url, token: token, requestID: nextRequestID())
            guard let response = environment.sendOCPI(request, url), response.status == 200 else { return nil }
            return OCPIHTTP.envelope(of: response)?["data"]
        }
        guard let versions = data(versionsURL),
            let detailsURL = versions.arrayValue?.first(where: { $0["version"]?.stringValue == "2.2.1" })?["url"]?
                .stringValue,
            let details = data(detailsURL)
        else { return nil }
        var endpoints: [String: String] = [:]
        for endpoint in details["endpoints"]?.arrayValue ?? [] {
            guard let id = endpoint["identifier"]?.stringValue, let url = endpoint["url"]?.stringValue else { continue }
            endpoints[id + "." + (endpoint["role"]?.stringValue ?? "SENDER")] = url
        }
        return endpoints
    }

    private func handleModule(_ module: String, _ rest: [String], request: HTTPRequest, now: Date) -> HTTPResponse {
        let listBase = configuration.versionDetailsURL + "/" + module
        func list(_ items: [JSONValue]) -> HTTPResponse {
            OCPIHTTP.page(
                OCPIHTTP.filterByDate(items, request: request),
                request: request,
                baseURL: listBase,
                maxLimit: 50,
                now: now
            )
        }
        switch (module, request.method, rest.count) {
        case ("locations", .get, 0):
            return list(chargerOrder.compactMap { chargers[$0]?.booted == true ? locationObject($0, now: now) : nil })
        case ("locations", .get, 1...3):
            guard let chargerID = masterData.values.first(where: { $0.locationID == rest[0] })?.chargerID,
                let location = locationObject(chargerID, now: now)
            else { return OCPIHTTP.response(httpStatus: 404, statusCode: 2003, message: "unknown location", now: now) }
            guard rest.count > 1 else { return OCPIHTTP.response(data: location, now: now) }
            guard let evse = location["evses"]?.arrayValue?.first(where: { $0["uid"]?.stringValue == rest[1] }) else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2003, message: "unknown EVSE", now: now)
            }
            guard rest.count > 2 else { return OCPIHTTP.response(data: evse, now: now) }
            guard let connector = evse["connectors"]?.arrayValue?.first(where: { $0["id"]?.stringValue == rest[2] })
            else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2003, message: "unknown connector", now: now)
            }
            return OCPIHTTP.response(data: connector, now: now)
        case ("sessions", .get, 0):
            return list(sessionObjects)
        case ("cdrs", .get, 0):
            return list(cdrs)
        case ("tariffs", .get, 0):
            return list(currentTariffs)
        case ("tokens", _, 3):
            return handleTokenPush(rest, request: request, now: now)
        case ("commands", .post, 1):
            return handleCommand(rest[0], request: request, now: now)
        default:
            return OCPIHTTP.response(httpStatus: 404, statusCode: 2000, message: "unknown endpoint \(module)", now: now)
        }
    }

    /// Tokens receiver (§12.2.2): the eMSP pushes its whitelist.
    private func handleTokenPush(_ path: [String], request: HTTPRequest, now: Date) -> HTTPResponse {
        let uid = path[2]
        switch request.method {
        case .get:
            guard let token = tokens[uid] else {
                return OCPIHTTP.response(httpStatus: 404, statusCode: 2004, message: "unknown token", now: now)
            }
            return OCPIHTTP.response(data: token, now: now)
        case .put, .patch:
            guard case .success(let body?) = OCPIHTTP.jsonBody(request), body.objectValue != nil else {
                return OCPIHTTP.response(
                    httpStatus: 400,
                    statusCode: 2001,
                    message: "expected a Token object",
                    now: now
                )
            }
            if request.method == .patch {
                guard var stored = tokens[uid]?.objectValue else {
                    return OCPIHTTP.response(httpStatus: 404, statusCode: 2004, message: "unknown token", now: now)
                }
                for member in body.objectValue?.members ?? [] { stored[member.key] = member.value }
                tokens[uid] = .object(stored)
            } else {
                if let bodyUID = body["uid"]?.stringValue, bodyUID != uid {
                    return OCPIHTTP.response(statusCode: 2001, message: "uid in URL and body differ", now: now)
                }
                tokens[uid] = body
            }
            return OCPIHTTP.response(now: now)
        default:
            return OCPIHTTP.response(httpStatus: 405, statusCode: 2000, message: "method not allowed", now: now)
        }
    }
}
