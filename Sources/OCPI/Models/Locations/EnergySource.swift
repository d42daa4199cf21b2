public import Foundation

/// OCPI 2.2.1 §8.4.7 EnergySource.
public struct EnergySource: OCPIObject {
    public var source: EnergySourceCategory
    public var percentage: Decimal

    public init(source: EnergySourceCategory, percentage: Decimal) {
        self.source = source
        self.percentage = percentage
    }

    public static let schemaName = "EnergySource"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case source = "source"
        case percentage = "percentage"
    }
}
