/// OCPI 2.2.1 §8.4.1 AdditionalGeoLocation.
public struct AdditionalGeoLocation: OCPIObject {
    public var latitude: String
    public var longitude: String
    public var name: DisplayText?

    public init(latitude: String, longitude: String, name: DisplayText? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.name = name
    }

    public static let schemaName = "AdditionalGeoLocation"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case latitude = "latitude"
        case longitude = "longitude"
        case name = "name"
    }
}
