/// OCPI 2.2.1 §9.4.3 SessionStatus: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct SessionStatus: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let active = SessionStatus(rawValue: "ACTIVE")
    public static let completed = SessionStatus(rawValue: "COMPLETED")
    public static let invalid = SessionStatus(rawValue: "INVALID")
    public static let pending = SessionStatus(rawValue: "PENDING")
    public static let reservation = SessionStatus(rawValue: "RESERVATION")

    public static let knownValues: [SessionStatus] = [
        .active,
        .completed,
        .invalid,
        .pending,
        .reservation,
    ]
}
