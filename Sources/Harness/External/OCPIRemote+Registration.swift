public import JSON
import OCPI
public import PartnerMock
import Wire

extension OCPIRemote {
    /// Registers with a partner as the credentials sender (OCPI 2.2.1 §7.4.1): reads its versions and
    /// 2.2.1 version details with token A, POSTs `credentials` (this side's Credentials object carrying
    /// token B and its public versions URL), and returns the partner with the token C it issued.
    ///
    /// The partner reads this side's versions with token B before answering the POST (§7.4.1), so this
    /// side's endpoints must already be served at the URL inside `credentials`.
    public func register(
        versionsURL: String,
        tokenA: String,
        credentials: JSONValue
    ) async throws(ExternalRunError) -> RegisteredParty {
        let versions = try await get(versionsURL, token: tokenA, step: "registration: versions")
        let offered = versions.arrayValue ?? []
        guard
            let detailsURL = offered.first(where: { $0["version"]?.stringValue == "2.2.1" })?["url"]?.stringValue
        else {
            throw .noMutualVersion(url: versionsURL, offered: offered.compactMap { $0["version"]?.stringValue })
        }
        let details = try await get(detailsURL, token: tokenA, step: "registration: version details")
        let endpoints = Self.endpoints(of: details)
        guard let credentialsURL = endpoints["credentials"] else { throw .missingEndpoint("credentials") }
        let post = OCPIHTTP.request(
            .post,
            url: credentialsURL,
            token: tokenA,
            body: credentials,
            requestID: "registration-credentials"
        )
        let answer = try await exchange(post, to: credentialsURL, step: "registration: credentials").envelope
        guard let tokenC = answer["data"]?["token"]?.stringValue, !tokenC.isEmpty else {
            throw .badAnswer(
                step: "registration: credentials",
                url: credentialsURL,
                httpStatus: 200,
                statusCode: 1000,
                message: "the answer carries no Credentials token"
            )
        }
        let role = answer["data"]?["roles"]?[0]
        return RegisteredParty(
            token: tokenC,
            versionsURL: versionsURL,
            endpoints: endpoints,
            countryCode: role?["country_code"]?.stringValue ?? "",
            partyID: role?["party_id"]?.stringValue ?? ""
        )
    }

    /// OCPI 2.2.1 §6.2.2: the endpoint list keyed `module.ROLE` (`locations.SENDER`), and `credentials`
    /// alone, as `PartnerMock` and the checks name them.
    static func endpoints(of details: JSONValue) -> [String: String] {
        var endpoints: [String: String] = [:]
        for endpoint in details["endpoints"]?.arrayValue ?? [] {
            guard let id = endpoint["identifier"]?.stringValue, let url = endpoint["url"]?.stringValue else { continue }
            let role = endpoint["role"]?.stringValue ?? "SENDER"
            endpoints[id == "credentials" ? id : id + "." + role] = url
        }
        return endpoints
    }
}
