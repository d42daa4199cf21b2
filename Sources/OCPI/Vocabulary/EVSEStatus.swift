/// OCPI 2.2.1 §8.4.22 EVSEStatus: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct EVSEStatus: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let available = EVSEStatus(rawValue: "AVAILABLE")
    public static let blocked = EVSEStatus(rawValue: "BLOCKED")
    public static let charging = EVSEStatus(rawValue: "CHARGING")
    public static let inoperative = EVSEStatus(rawValue: "INOPERATIVE")
    public static let outoforder = EVSEStatus(rawValue: "OUTOFORDER")
    public static let planned = EVSEStatus(rawValue: "PLANNED")
    public static let removed = EVSEStatus(rawValue: "REMOVED")
    public static let reserved = EVSEStatus(rawValue: "RESERVED")
    public static let unknown = EVSEStatus(rawValue: "UNKNOWN")

    public static let knownValues: [EVSEStatus] = [
        .available,
        .blocked,
        .charging,
        .inoperative,
        .outoforder,
        .planned,
        .removed,
        .reserved,
        .unknown,
    ]
}
