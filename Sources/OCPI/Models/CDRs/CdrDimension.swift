public import Foundation

/// OCPI 2.2.1 §10.4.2 CdrDimension.
public struct CdrDimension: OCPIObject {
    public var type: CdrDimensionType
    public var volume: Decimal

    public init(type: CdrDimensionType, volume: Decimal) {
        self.type = type
        self.volume = volume
    }

    public static let schemaName = "CdrDimension"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case type = "type"
        case volume = "volume"
    }
}
