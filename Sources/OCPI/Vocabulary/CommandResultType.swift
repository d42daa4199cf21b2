/// OCPI 2.2.1 §13.4.2 CommandResultType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct CommandResultType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let accepted = CommandResultType(rawValue: "ACCEPTED")
    public static let canceledReservation = CommandResultType(rawValue: "CANCELED_RESERVATION")
    public static let evseOccupied = CommandResultType(rawValue: "EVSE_OCCUPIED")
    public static let evseInoperative = CommandResultType(rawValue: "EVSE_INOPERATIVE")
    public static let failed = CommandResultType(rawValue: "FAILED")
    public static let notSupported = CommandResultType(rawValue: "NOT_SUPPORTED")
    public static let rejected = CommandResultType(rawValue: "REJECTED")
    public static let timeout = CommandResultType(rawValue: "TIMEOUT")
    public static let unknownReservation = CommandResultType(rawValue: "UNKNOWN_RESERVATION")

    public static let knownValues: [CommandResultType] = [
        .accepted,
        .canceledReservation,
        .evseOccupied,
        .evseInoperative,
        .failed,
        .notSupported,
        .rejected,
        .timeout,
        .unknownReservation,
    ]
}
