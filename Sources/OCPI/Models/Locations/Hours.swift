/// OCPI 2.2.1 §8.4.14 Hours.
public struct Hours: OCPIObject {
    public var twentyfourseven: Bool
    public var regularHours: [RegularHours]?
    public var exceptionalOpenings: [ExceptionalPeriod]?
    public var exceptionalClosings: [ExceptionalPeriod]?

    public init(
        twentyfourseven: Bool,
        regularHours: [RegularHours]? = nil,
        exceptionalOpenings: [ExceptionalPeriod]? = nil,
        exceptionalClosings: [ExceptionalPeriod]? = nil
    ) {
        self.twentyfourseven = twentyfourseven
        self.regularHours = regularHours
        self.exceptionalOpenings = exceptionalOpenings
        self.exceptionalClosings = exceptionalClosings
    }

    public static let schemaName = "Hours"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case twentyfourseven = "twentyfourseven"
        case regularHours = "regular_hours"
        case exceptionalOpenings = "exceptional_openings"
        case exceptionalClosings = "exceptional_closings"
    }
}
