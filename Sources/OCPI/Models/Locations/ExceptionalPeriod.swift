public import Foundation

/// OCPI 2.2.1 §8.4.11 ExceptionalPeriod.
public struct ExceptionalPeriod: OCPIObject {
    public var periodBegin: Date
    public var periodEnd: Date

    public init(periodBegin: Date, periodEnd: Date) {
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
    }

    public static let schemaName = "ExceptionalPeriod"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
    }
}
