/// OCPI 2.2.1 §13.3.5 StartSession.
public struct StartSession: OCPIObject {
    public var responseURL: String
    public var token: Token
    public var locationID: String
    public var evseUID: String?
    public var connectorID: String?
    public var authorizationReference: String?

    public init(
        responseURL: String,
        token: Token,
        locationID: String,
        evseUID: String? = nil,
        connectorID: String? = nil,
        authorizationReference: String? = nil
    ) {
        self.responseURL = responseURL
        self.token = token
        self.locationID = locationID
        self.evseUID = evseUID
        self.connectorID = connectorID
        self.authorizationReference = authorizationReference
    }

    public static let schemaName = "StartSession"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case responseURL = "response_url"
        case token = "token"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
        case authorizationReference = "authorization_reference"
    }
}
