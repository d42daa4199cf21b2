/// OCPI 2.2.1 §6.2.1 VersionDetails.
public struct VersionDetails: OCPIObject {
    public var version: VersionNumber
    public var endpoints: [Endpoint]

    public init(version: VersionNumber, endpoints: [Endpoint]) {
        self.version = version
        self.endpoints = endpoints
    }

    public static let schemaName = "VersionDetails"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version = "version"
        case endpoints = "endpoints"
    }
}
