/// OCPI 2.2.1 §10.4.5 CdrToken.
public struct CdrToken: OCPIObject {
    public var countryCode: String
    public var partyID: String
    public var uid: String
    public var type: TokenType
    public var contractID: String

    public init(countryCode: String, partyID: String, uid: String, type: TokenType, contractID: String) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.uid = uid
        self.type = type
        self.contractID = contractID
    }

    public static let schemaName = "CdrToken"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case countryCode = "country_code"
        case partyID = "party_id"
        case uid = "uid"
        case type = "type"
        case contractID = "contract_id"
    }
}
