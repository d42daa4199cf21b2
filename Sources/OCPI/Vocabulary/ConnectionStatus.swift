/// OCPI 2.2.1 §15.4.1 ConnectionStatus: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ConnectionStatus: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let connected = ConnectionStatus(rawValue: "CONNECTED")
    public static let offline = ConnectionStatus(rawValue: "OFFLINE")
    public static let planned = ConnectionStatus(rawValue: "PLANNED")
    public static let suspended = ConnectionStatus(rawValue: "SUSPENDED")

    public static let knownValues: [ConnectionStatus] = [
        .connected,
        .offline,
        .planned,
        .suspended,
    ]
}
