/// OCPI 2.2.1 §8.4.2 BusinessDetails.
public struct BusinessDetails: OCPIObject {
    public var name: String
    public var website: String?
    public var logo: Image?

    public init(name: String, website: String? = nil, logo: Image? = nil) {
        self.name = name
        self.website = website
        self.logo = logo
    }

    public static let schemaName = "BusinessDetails"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name = "name"
        case website = "website"
        case logo = "logo"
    }
}
