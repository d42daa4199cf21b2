/// OCPI 2.2.1 §12.4.2 AuthorizationInfo.
public struct AuthorizationInfo: OCPIObject {
    public var allowed: AllowedType
    public var token: Token
    public var location: LocationReferences?
    public var authorizationReference: String?
    public var info: DisplayText?

    public init(
        allowed: AllowedType,
        token: Token,
        location: LocationReferences? = nil,
        authorizationReference: String? = nil,
        info: DisplayText? = nil
    ) {
        self.allowed = allowed
        self.token = token
        self.location = location
        self.authorizationReference = authorizationReference
        self.info = info
    }

    public static let schemaName = "AuthorizationInfo"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case allowed = "allowed"
        case token = "token"
        case location = "location"
        case authorizationReference = "authorization_reference"
        case info = "info"
    }
}
