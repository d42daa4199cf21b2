public import Foundation

/// OCPI 2.2.1 §8.3.3 Connector.
public struct Connector: OCPIObject {
    public var id: String
    public var standard: ConnectorType
    public var format: ConnectorFormat
    public var powerType: PowerType
    public var maxVoltage: Int
    public var maxAmperage: Int
    public var maxElectricPower: Int?
    public var tariffIDs: [String]?
    public var termsAndConditions: String?
    public var lastUpdated: Date

    public init(
        id: String,
        standard: ConnectorType,
        format: ConnectorFormat,
        powerType: PowerType,
        maxVoltage: Int,
        maxAmperage: Int,
        maxElectricPower: Int? = nil,
        tariffIDs: [String]? = nil,
        termsAndConditions: String? = nil,
        lastUpdated: Date
    ) {
        self.id = id
        self.standard = standard
        self.format = format
        self.powerType = powerType
        self.maxVoltage = maxVoltage
        self.maxAmperage = maxAmperage
        self.maxElectricPower = maxElectricPower
        self.tariffIDs = tariffIDs
        self.termsAndConditions = termsAndConditions
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "Connector"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "id"
        case standard = "standard"
        case format = "format"
        case powerType = "power_type"
        case maxVoltage = "max_voltage"
        case maxAmperage = "max_amperage"
        case maxElectricPower = "max_electric_power"
        case tariffIDs = "tariff_ids"
        case termsAndConditions = "terms_and_conditions"
        case lastUpdated = "last_updated"
    }
}
