/// OCPI 2.2.1 §6.1.2 Version.
public struct Version: OCPIObject {
    public var version: VersionNumber
    public var url: String

    public init(version: VersionNumber, url: String) {
        self.version = version
        self.url = url
    }

    public static let schemaName = "Version"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version = "version"
        case url = "url"
    }
}
