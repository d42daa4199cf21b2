public import Foundation

/// OCPI 2.2.1 §8.4.23 StatusSchedule.
public struct StatusSchedule: OCPIObject {
    public var periodBegin: Date
    public var periodEnd: Date?
    public var status: EVSEStatus

    public init(periodBegin: Date, periodEnd: Date? = nil, status: EVSEStatus) {
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
        self.status = status
    }

    public static let schemaName = "StatusSchedule"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
        case status = "status"
    }
}
