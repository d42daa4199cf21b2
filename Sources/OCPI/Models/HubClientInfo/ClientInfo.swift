public import Foundation

/// OCPI 2.2.1 §15.3.1 ClientInfo.
public struct ClientInfo: OCPIObject {
    public var partyID: String
    public var countryCode: String
    public var role: Role
    public var status: ConnectionStatus
    public var lastUpdated: Date

    public init(partyID: String, countryCode: String, role: Role, status: ConnectionStatus, lastUpdated: Date) {
        self.partyID = partyID
        self.countryCode = countryCode
        self.role = role
        self.status = status
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "ClientInfo"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case partyID = "party_id"
        case countryCode = "country_code"
        case role = "role"
        case status = "status"
        case lastUpdated = "last_updated"
    }
}
