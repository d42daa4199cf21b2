/// OCPI 2.2.1 §8.4.21 RegularHours.
public struct RegularHours: OCPIObject {
    public var weekday: Int
    public var periodBegin: String
    public var periodEnd: String

    public init(weekday: Int, periodBegin: String, periodEnd: String) {
        self.weekday = weekday
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
    }

    public static let schemaName = "RegularHours"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case weekday = "weekday"
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
    }
}
