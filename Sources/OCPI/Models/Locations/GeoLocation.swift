/// OCPI 2.2.1 §8.4.13 GeoLocation.
public struct GeoLocation: OCPIObject {
    public var latitude: String
    public var longitude: String

    public init(latitude: String, longitude: String) {
        self.latitude = latitude
        self.longitude = longitude
    }

    public static let schemaName = "GeoLocation"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case latitude = "latitude"
        case longitude = "longitude"
    }
}
