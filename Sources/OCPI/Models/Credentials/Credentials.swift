/// OCPI 2.2.1 §7.2.1 Credentials.
public struct Credentials: OCPIObject {
    public var token: String
    public var url: String
    public var roles: [CredentialsRole]

    public init(token: String, url: String, roles: [CredentialsRole]) {
        self.token = token
        self.url = url
        self.roles = roles
    }

    public static let schemaName = "Credentials"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case token = "token"
        case url = "url"
        case roles = "roles"
    }
}
