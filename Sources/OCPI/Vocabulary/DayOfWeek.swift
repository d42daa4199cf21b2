/// OCPI 2.2.1 §11.4.1 DayOfWeek: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct DayOfWeek: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let monday = DayOfWeek(rawValue: "MONDAY")
    public static let tuesday = DayOfWeek(rawValue: "TUESDAY")
    public static let wednesday = DayOfWeek(rawValue: "WEDNESDAY")
    public static let thursday = DayOfWeek(rawValue: "THURSDAY")
    public static let friday = DayOfWeek(rawValue: "FRIDAY")
    public static let saturday = DayOfWeek(rawValue: "SATURDAY")
    public static let sunday = DayOfWeek(rawValue: "SUNDAY")

    public static let knownValues: [DayOfWeek] = [
        .monday,
        .tuesday,
        .wednesday,
        .thursday,
        .friday,
        .saturday,
        .sunday,
    ]
}
