public import Foundation

/// OCPI 2.2.1 §12.3.1 Token.
public struct Token: OCPIObject {
    public var countryCode: String
    public var partyID: String
    public var uid: String
    public var type: TokenType
    public var contractID: String
    public var visualNumber: String?
    public var issuer: String
    public var groupID: String?
    public var valid: Bool
    public var whitelist: WhitelistType
    public var language: String?
    public var defaultProfileType: ProfileType?
    public var energyContract: EnergyContract?
    public var lastUpdated: Date

    public init(
        countryCode: String,
        partyID: String,
        uid: String,
        type: TokenType,
        contractID: String,
        visualNumber: String? = nil,
        issuer: String,
        groupID: String? = nil,
        valid: Bool,
        whitelist: WhitelistType,
        language: String? = nil,
        defaultProfileType: ProfileType? = nil,
        energyContract: EnergyContract? = nil,
        lastUpdated: Date
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.uid = uid
        self.type = type
        self.contractID = contractID
        self.visualNumber = visualNumber
        self.issuer = issuer
        self.groupID = groupID
        self.valid = valid
        self.whitelist = whitelist
        self.language = language
        self.defaultProfileType = defaultProfileType
        self.energyContract = energyContract
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "Token"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case countryCode = "country_code"
        case partyID = "party_id"
        case uid = "uid"
        case type = "type"
        case contractID = "contract_id"
        case visualNumber = "visual_number"
        case issuer = "issuer"
        case groupID = "group_id"
        case valid = "valid"
        case whitelist = "whitelist"
        case language = "language"
        case defaultProfileType = "default_profile_type"
        case energyContract = "energy_contract"
        case lastUpdated = "last_updated"
    }
}
