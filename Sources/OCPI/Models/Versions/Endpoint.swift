/// OCPI 2.2.1 §6.2.2 Endpoint.
public struct Endpoint: OCPIObject {
    public var identifier: ModuleID
    public var role: InterfaceRole
    public var url: String

    public init(identifier: ModuleID, role: InterfaceRole, url: String) {
        self.identifier = identifier
        self.role = role
        self.url = url
    }

    public static let schemaName = "Endpoint"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case identifier = "identifier"
        case role = "role"
        case url = "url"
    }
}
