/// OCPI 2.2.1 §13.4.3 CommandType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct CommandType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let cancelReservation = CommandType(rawValue: "CANCEL_RESERVATION")
    public static let reserveNow = CommandType(rawValue: "RESERVE_NOW")
    public static let startSession = CommandType(rawValue: "START_SESSION")
    public static let stopSession = CommandType(rawValue: "STOP_SESSION")
    public static let unlockConnector = CommandType(rawValue: "UNLOCK_CONNECTOR")

    public static let knownValues: [CommandType] = [
        .cancelReservation,
        .reserveNow,
        .startSession,
        .stopSession,
        .unlockConnector,
    ]
}
