public import Foundation
import JSON
public import Wire

/// What a party offers in a credentials POST or PUT (OCPI 2.2.1 §7.3.1): its token for the other
/// side to use, its versions URL and its first role.
public struct CredentialsOffer: Sendable, Hashable {
    public var token: String
    public var versionsURL: String
    public var countryCode: String
    public var partyID: String

    /// The Credentials object in a registration request's body; nil when the body is not one.
    public init?(request: HTTPRequest) {
        guard case .success(let body?) = OCPIHTTP.jsonBody(request), let token = body["token"]?.stringValue,
            let versionsURL = body["url"]?.stringValue, let role = body["roles"]?[0]
        else { return nil }
        self.token = token
        self.versionsURL = versionsURL
        self.countryCode = role["country_code"]?.stringValue ?? ""
        self.partyID = role["party_id"]?.stringValue ?? ""
    }

    /// The answer to a registration request whose body is not a Credentials object (§4.1.7: 2001).
    public static func refusal(now: Date) -> HTTPResponse {
        OCPIHTTP.response(httpStatus: 400, statusCode: 2001, message: "expected a Credentials object", now: now)
    }
}
