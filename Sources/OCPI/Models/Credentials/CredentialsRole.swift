/// OCPI 2.2.1 §7.2.2 CredentialsRole.
public struct CredentialsRole: OCPIObject {
    public var role: Role
    public var businessDetails: BusinessDetails
    public var partyID: String
    public var countryCode: String

    public init(role: Role, businessDetails: BusinessDetails, partyID: String, countryCode: String) {
        self.role = role
        self.businessDetails = businessDetails
        self.partyID = partyID
        self.countryCode = countryCode
    }

    public static let schemaName = "CredentialsRole"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case role = "role"
        case businessDetails = "business_details"
        case partyID = "party_id"
        case countryCode = "country_code"
    }
}
