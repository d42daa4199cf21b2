/// OCPI 2.2.1 §12.4.4 LocationReferences.
public struct LocationReferences: OCPIObject {
    public var locationID: String
    public var evseUIDs: [String]?

    public init(locationID: String, evseUIDs: [String]? = nil) {
        self.locationID = locationID
        self.evseUIDs = evseUIDs
    }

    public static let schemaName = "LocationReferences"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case locationID = "location_id"
        case evseUIDs = "evse_uids"
    }
}
