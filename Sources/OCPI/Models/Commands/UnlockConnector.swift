/// OCPI 2.2.1 §13.3.7 UnlockConnector.
public struct UnlockConnector: OCPIObject {
    public var responseURL: String
    public var locationID: String
    public var evseUID: String
    public var connectorID: String

    public init(responseURL: String, locationID: String, evseUID: String, connectorID: String) {
        self.responseURL = responseURL
        self.locationID = locationID
        self.evseUID = evseUID
        self.connectorID = connectorID
    }

    public static let schemaName = "UnlockConnector"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case responseURL = "response_url"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
    }
}
