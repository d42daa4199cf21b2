public import Foundation

/// OCPI 2.2.1 §8.4.9 EnvironmentalImpact.
public struct EnvironmentalImpact: OCPIObject {
    public var category: EnvironmentalImpactCategory
    public var amount: Decimal

    public init(category: EnvironmentalImpactCategory, amount: Decimal) {
        self.category = category
        self.amount = amount
    }

    public static let schemaName = "EnvironmentalImpact"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case category = "category"
        case amount = "amount"
    }
}
