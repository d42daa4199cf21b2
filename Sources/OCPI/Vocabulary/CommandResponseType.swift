/// OCPI 2.2.1 §13.4.1 CommandResponseType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct CommandResponseType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let notSupported = CommandResponseType(rawValue: "NOT_SUPPORTED")
    public static let rejected = CommandResponseType(rawValue: "REJECTED")
    public static let accepted = CommandResponseType(rawValue: "ACCEPTED")
    public static let unknownSession = CommandResponseType(rawValue: "UNKNOWN_SESSION")

    public static let knownValues: [CommandResponseType] = [
        .notSupported,
        .rejected,
        .accepted,
        .unknownSession,
    ]
}
